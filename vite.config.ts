import { readFileSync } from "node:fs";
import { defineConfig } from "vitest/config";
import type { Plugin } from "vite";
import react from "@vitejs/plugin-react";
import { contentSecurityPolicy } from "./deploy/csp.mjs";
import { compileMessages } from "./src/i18n/compileMessages.ts";
import { firstScreen } from "./scripts/first-screen.ts";

/**
 * Puts the Content Security Policy (deploy/csp.mjs) into every HTML page of the production build, as the first
 * element of <head>: a <meta> policy only governs what comes after it. It allows every Microsoft cloud's login and
 * Graph hosts, so config.json's "cloud" alone picks one; a header from the web server may narrow it to one cloud.
 * Build only: the dev server's React refresh preamble is an inline script the policy forbids. frame-ancestors and report-uri do not work in a <meta> policy;
 * the host sends those as a header (README, "Content Security Policy").
 */
function cspMetaTag(): Plugin {
  const policy = contentSecurityPolicy({ forMeta: true });
  if (/["&<>]/.test(policy)) throw new Error("the CSP would need escaping inside an HTML attribute");
  return {
    name: "csp-meta-tag",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(html, { filename }) {
        const head = /<head(?:\s[^>]*)?>/i.exec(html);
        if (!head) throw new Error(`${filename}: no <head> to put the CSP <meta> tag in`);
        const at = head.index + head[0].length;
        const meta = `\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`;
        return html.slice(0, at) + meta + html.slice(at);
      },
    },
  };
}

/**
 * `import messages from "./ja.json?icu"` yields the messages already parsed to ICU MessageFormat ASTs, so the browser
 * formats them with intl-messageformat and never needs its parser (aliased away below). A message that does not
 * parse fails the build, naming its key.
 */
function precompiledMessages(): Plugin {
  return {
    name: "icu-precompiled-messages",
    enforce: "pre",
    load(id) {
      const [file, query] = id.split("?");
      if (query !== "icu" || !file?.endsWith(".json")) return null;
      this.addWatchFile(file);
      const compiled = compileMessages(JSON.parse(readFileSync(file, "utf8")) as Record<string, string>, file);
      return { code: `export default JSON.parse(${JSON.stringify(JSON.stringify(compiled))});`, moduleType: "js" };
    },
  };
}

const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")) as { version: string };

// base "./" keeps every asset URL relative, so one dist/ serves from "/" or from any subpath.
export default defineConfig(({ mode }) => ({
  base: "./",
  plugins: [
    react(),
    cspMetaTag(),
    precompiledMessages(),
    firstScreen({ plugins: () => [react(), precompiledMessages()] }),
  ],
  // Which build this is, for the console's diagnostics (src/config/buildInfo.ts).
  define: { __APP_VERSION__: JSON.stringify(version), __BUILD_DATE__: JSON.stringify(new Date().toISOString()) },
  resolve: {
    // The messages arrive pre-parsed, so intl-messageformat runs without the ICU parser (FormatJS's documented
    // "no-parser" entry): 8 KB gzip less on the first load. Unit tests keep the real parser to check the sources.
    alias:
      mode === "test"
        ? []
        : [
            {
              find: /^@formatjs\/icu-messageformat-parser$/,
              replacement: "@formatjs/icu-messageformat-parser/no-parser.js",
            },
          ],
  },
  build: {
    target: "es2022",
    // Every browser the console supports has <link rel="modulepreload"> (Safari since 17); where one lacks it, the
    // chunks still load, only later. The polyfill would be one more script before the first screen.
    modulePreload: { polyfill: false },
    rollupOptions: {
      input: { app: "index.html", redirect: "redirect.html", relay: "relay.html" },
      // MSAL in one chunk, shared by the app, the redirect bridge and the popup relay: split three ways across
      // those pages it costs the app's first load about 5 KB gzip in cross-chunk glue.
      output: {
        codeSplitting: {
          groups: [
            { name: (id: string) => (/node_modules\/@azure\/msal-(browser|common)\//.test(id) ? "msal" : null) },
          ],
        },
      },
    },
  },
  server: { host: "127.0.0.1", port: 5173 },
  preview: { host: "127.0.0.1", port: 4173 },
  test: {
    environment: "jsdom",
    globals: true,
    setupFiles: ["src/test/setup.ts"],
    include: ["src/**/*.test.{ts,tsx}"],
    restoreMocks: true,
    // Whole pages with MUI render slowly in jsdom on a busy 2-core machine; a hung test still fails.
    testTimeout: 15_000,
  },
}));
