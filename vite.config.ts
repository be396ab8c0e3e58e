import { defineConfig } from "vitest/config";
import type { Plugin } from "vite";
import react from "@vitejs/plugin-react";
import { contentSecurityPolicy } from "./deploy/csp.mjs";

/**
 * Puts the Content Security Policy (deploy/csp.mjs) into every HTML page of the production build, as the first
 * element of <head>: a <meta> policy only governs what comes after it. It allows every Microsoft cloud's login and
 * Graph hosts, so config.json's "cloud" alone picks one; a header from the web server may narrow it to one cloud. Build only: the dev server's React refresh
 * preamble is an inline script the policy forbids. frame-ancestors and report-uri do not work in a <meta> policy;
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

// base "./" keeps every asset URL relative, so one dist/ serves from "/" or from any subpath.
export default defineConfig({
  base: "./",
  plugins: [react(), cspMetaTag()],
  build: {
    target: "es2022",
    rollupOptions: {
      input: { app: "index.html", redirect: "redirect.html", relay: "relay.html" },
      // MSAL in one chunk, shared by the app, the redirect bridge and the popup relay: split three ways across
      // those pages it costs the app's first load about 5 KB gzip in cross-chunk glue.
      output: {
        codeSplitting: {
          groups: [{ name: (id: string) => (/node_modules\/@azure\/msal-(browser|common)\//.test(id) ? "msal" : null) }],
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
  },
});
