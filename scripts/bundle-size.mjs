// The JavaScript of the production build, measured: what dist/index.html loads before anything else (its scripts,
// the first screen's classic one included, and modulepreloads) and every other chunk, each raw, gzip -9 and brotli
// (quality 11); and index.html itself, which holds the first screen. The size budget (scripts/size-budget.mjs, part
// of npm test) and the benchmark (bench/run.mjs) both measure with this module.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";

/**
 * The budget of `npm test` for the initial JavaScript, in KB (1,000 bytes) of gzip -9. 147 since many tenants
 * (issue 19): config.json's tenants, the per-tenant failures in the error table, the tenant context and per-tenant
 * workspace (1.0 KB), and React in a chunk of its own once the tenant picker is a lazy chunk sharing MUI with the
 * workspace (0.6 KB: the bundler no longer leaves it in the app's chunk). The picker, the tenant scope and the
 * tenant tokens are in later chunks. 148 since the list's rows are plain elements (issue 21): their one style rule is
 * the theme's, which the first screen's chunk holds, where MUI's row components were the workspace chunk's. 149 since
 * kept state is read through one persisted(key, schema) (issue 18): the account's scope, which the first screen's
 * chunk holds, now checks what it reads with zod schemas (0.8 KB). 149.1 since renewal across tenants (issue 19): its
 * lazy chunk shares the bulk run and MUI's slider, snackbar and progress with the workspace's, so the bundler puts them
 * in a chunk of their own, which the app's chunk lists among the workspace's imports (45 bytes; none of the code).
 */
export const INITIAL_BUDGET_KB = 149.1;

/** Paths relative to dist/ ("assets/app-….js") of the scripts index.html loads first: its scripts and modulepreloads. */
export function initialScripts(dist) {
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const urls = [
    ...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((match) => match[1].replace(/^\.?\//, ""));
  return [...new Set(urls)];
}

/** Every script of the build, as paths relative to dist/. */
export function allScripts(dist) {
  return readdirSync(join(dist, "assets"))
    .filter((name) => name.endsWith(".js"))
    .sort()
    .map((name) => `assets/${name}`);
}

/** One file's size in bytes: raw, gzip -9 and brotli. */
export function measure(dist, file) {
  const bytes = readFileSync(join(dist, file));
  return {
    file,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes).length,
  };
}

/** The sum of several measured files. */
export function total(measured) {
  return measured.reduce(
    (sum, { raw, gzip, brotli }) => ({ raw: sum.raw + raw, gzip: sum.gzip + gzip, brotli: sum.brotli + brotli }),
    { raw: 0, gzip: 0, brotli: 0 },
  );
}

/** The initial scripts, every later (lazily loaded) chunk, and index.html (with the first screen), measured. */
export function bundleReport(dist) {
  const initialFiles = initialScripts(dist);
  const initial = initialFiles.map((file) => measure(dist, file));
  const later = allScripts(dist)
    .filter((file) => !initialFiles.includes(file))
    .map((file) => measure(dist, file));
  return { initial, initialTotal: total(initial), later, page: measure(dist, "index.html") };
}

/** A chunk's name without its content hash: "assets/msal-D5-bJemw.js" is "msal". */
export const chunkName = (file) => file.replace(/^assets\//, "").replace(/-[\w-]{8}\.js$/, "");

export const kb = (bytes) => (bytes / 1000).toFixed(1);
