import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import jsxA11y from "eslint-plugin-jsx-a11y";
import importX from "eslint-plugin-import-x";
import globals from "globals";

export default tseslint.config(
  { ignores: ["dist", "node_modules", "test-results", "playwright-report", "e2e/.artifacts"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { "react-hooks": reactHooks, "jsx-a11y": jsxA11y, "import-x": importX },
    settings: { "import-x/resolver-next": [importX.createNodeResolver({ extensions: [".ts", ".tsx", ".js", ".json"] })] },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      "import-x/no-cycle": "error",
      "no-console": "error",
      // Import direction (architecture.md): app -> features -> graph | auth | config | i18n | ui; nothing imports app;
      // the demo tenant is reached only through main.tsx's dynamic import.
      "import-x/no-restricted-paths": [
        "error",
        {
          zones: [
            { target: "./src/!(app|test)/**", from: "./src/app", message: "Nothing but test helpers imports the app shell." },
            { target: "./src/!(demo)/**", from: "./src/demo", message: "Only main.tsx may load the demo tenant, lazily." },
            { target: "./src/app/**", from: "./src/demo", message: "The real path never imports the demo tenant." },
            { target: ["./src/graph", "./src/auth", "./src/config", "./src/i18n", "./src/ui"], from: "./src/features" },
          ],
        },
      ],
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@azure/msal-*"], message: "Only src/auth owns MSAL." },
          ],
        },
      ],
    },
  },
  {
    files: ["src/auth/**"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    files: ["e2e/**", "bench/**", "scripts/**", "*.config.ts", "*.config.js"],
    languageOptions: { globals: { ...globals.node } },
    rules: { "no-console": "off", "no-restricted-imports": "off", "react-hooks/rules-of-hooks": "off" },
  },
);
