import { ESLint } from "eslint";

// The layer table in eslint.config.js, run on small files that exist only in memory: lint must fail on a crossing
// and pass on an import the layers allow.
const eslint = new ESLint();

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter(
      (message) => message.ruleId === "import-x/no-restricted-paths" || message.ruleId === "no-restricted-imports",
    )
    .map((message) => message.message);
}

describe("the layers lint enforces", () => {
  it.each([
    [
      "graph imports ui",
      "src/graph/fixture.ts",
      'import { ErrorAlert } from "../ui/ErrorAlert";',
      "graph sits below ui",
    ],
    ["ui imports the app", "src/ui/fixture.ts", 'import { App } from "../app/App";', "ui sits below app"],
    [
      "i18n imports graph",
      "src/i18n/fixture.ts",
      'import { GraphError } from "../graph/GraphError";',
      "i18n sits below graph",
    ],
    [
      "auth imports features",
      "src/auth/fixture.ts",
      'import { TokenActions } from "../features/token/TokenActions";',
      "auth sits below features",
    ],
    [
      "domain imports a feature",
      "src/domain/fixture.ts",
      'import { ProfileList } from "../features/profile-list/ProfileList";',
      "domain sits below features",
    ],
    ["domain imports React", "src/domain/fixture.ts", 'import { useState } from "react";', "knows nothing of React"],
    [
      "a feature imports another",
      "src/features/fleet/fixture.ts",
      'import { ProfileList } from "../profile-list/ProfileList";',
      "fleet does not import profile-list",
    ],
    ["graph imports i18n", "src/graph/fixture.ts", 'import { t } from "../i18n";', "Graph speaks no language"],
    [
      "a component memoizes without the language",
      "src/features/token/fixture.tsx",
      'import { memo } from "react";',
      "memoInLanguage",
    ],
    ["config imports ui", "src/config/fixture.ts", 'import { toast } from "../ui/toast";', "config sits below ui"],
  ])("fails when %s", async (_crossing, filePath, code, says) => {
    expect(await layerErrors(filePath, code)).toContainEqual(expect.stringContaining(says));
  });

  it.each([
    [
      "the details frame imports the token, as the table allows",
      "src/features/profile-list/fixture.ts",
      'import { CurrentToken } from "../token/CurrentToken";',
    ],
    ["the app imports ui", "src/app/fixture.ts", 'import { toast } from "../ui/toast";\nvoid toast;'],
    ["ui imports auth", "src/ui/fixture.ts", 'import { useAuth } from "../auth/session";\nvoid useAuth;'],
    [
      "auth imports config, its neighbour",
      "src/auth/fixture.ts",
      'import { CLOUDS } from "../config/clouds";\nvoid CLOUDS;',
    ],
  ])("passes when %s", async (_import, filePath, code) => {
    expect(await layerErrors(filePath, code)).toEqual([]);
  });
});
