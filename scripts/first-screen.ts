// The first screen from static HTML (README, "Performance"): at build time, renders the first screen
// (src/app/firstScreen/) into dist/index.html with its styles, so the page paints it before any script has run, and
// builds the first screen's script (firstPaint.ts) as a classic script of its own in assets/, which index.html loads
// in <head>. redirect.html and relay.html are left as they are.
import { createHash } from "node:crypto";
import { basename, join } from "node:path";
import { build, createServer, type Plugin, type PluginOption } from "vite";
import type { RenderedFirstScreen } from "../src/app/firstScreen/contract";

const RENDERER = "src/app/firstScreen/renderFirstScreen.tsx";
const SCRIPT = "src/app/firstScreen/firstPaint.ts";
const ROOT_ELEMENT = '<div id="root"></div>';

/** Eight characters of the content's hash, as Vite names assets. */
const contentHash = (text: string) => createHash("sha256").update(text).digest("base64url").slice(0, 8);

/** The first screen in every language and scheme, rendered by the app's own modules, loaded by Vite in Node. */
async function render(root: string, plugins: PluginOption[]): Promise<RenderedFirstScreen> {
  const server = await createServer({
    root,
    configFile: false,
    logLevel: "warn",
    plugins,
    appType: "custom",
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const renderer = await server.ssrLoadModule(join(root, RENDERER));
    return await (renderer.renderFirstScreen as () => Promise<RenderedFirstScreen>)();
  } finally {
    await server.close();
  }
}

/** The first screen's script, alone in an IIFE: a classic script, with the title of each language written in. */
async function buildScript(root: string, titles: RenderedFirstScreen["titles"]): Promise<string> {
  const result = await build({
    root,
    configFile: false,
    logLevel: "warn",
    define: { __FIRST_SCREEN_TITLES__: JSON.stringify(titles) },
    build: {
      write: false,
      copyPublicDir: false,
      target: "es2022",
      rollupOptions: { input: join(root, SCRIPT), output: { format: "iife" } },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  const chunks = outputs
    .flatMap((output) => ("output" in output ? output.output : []))
    .filter((o) => o.type === "chunk");
  if (chunks.length !== 1) throw new Error(`first-screen: ${SCRIPT} built into ${chunks.length} chunks, not one`);
  return chunks[0]!.code;
}

/**
 * `plugins`: what Vite needs to load the app's modules in Node (React's JSX, the precompiled messages), passed in
 * by vite.config.ts.
 */
export function firstScreen({ plugins }: { plugins: () => PluginOption[] }): Plugin {
  let root = process.cwd();
  let rendered: RenderedFirstScreen;
  let scriptFile: string;
  return {
    name: "first-screen",
    apply: "build",
    configResolved(config) {
      root = config.root;
    },
    async buildStart() {
      rendered = await render(root, plugins());
      const code = await buildScript(root, rendered.titles);
      scriptFile = `assets/first-paint-${contentHash(code)}.js`;
      this.emitFile({ type: "asset", fileName: scriptFile, source: code });
    },
    transformIndexHtml: {
      order: "post",
      handler(html, { filename }) {
        if (basename(filename) !== "index.html") return html;
        if (!html.includes(ROOT_ELEMENT)) throw new Error(`first-screen: ${filename} has no ${ROOT_ELEMENT}`);
        return {
          html: html.replace(ROOT_ELEMENT, `<div id="root">${rendered.html}</div>`),
          tags: [
            // Parser-blocking on purpose, to run before the first paint (it sets the title too, which comes before
            // it). After the app's scripts in <head>: the page asks for those first, so waiting for this one does
            // not hold the app back.
            { tag: "script", attrs: { src: `./${scriptFile}` }, injectTo: "head" },
            { tag: "style", children: rendered.css, injectTo: "head" },
          ],
        };
      },
    },
  };
}
