// Size budget: the gzip -9 size of the JavaScript that dist/index.html loads before anything else
// (its module scripts and modulepreloads). Prints the figure per file and fails above the budget.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync, brotliCompressSync } from "node:zlib";

const BUDGET_KB = 145;
const dist = new URL("../dist/", import.meta.url).pathname;
const html = readFileSync(join(dist, "index.html"), "utf8");

const urls = [
  ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
  ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
].map((match) => match[1]);
if (urls.length === 0) {
  console.error("size-budget: dist/index.html loads no module script; run the build first");
  process.exit(1);
}

let gzipTotal = 0;
let brotliTotal = 0;
for (const url of new Set(urls)) {
  const bytes = readFileSync(join(dist, url.replace(/^\.?\//, "")));
  const gzip = gzipSync(bytes, { level: 9 }).length;
  const brotli = brotliCompressSync(bytes).length;
  gzipTotal += gzip;
  brotliTotal += brotli;
  console.log(`${url.padEnd(40)} ${(bytes.length / 1000).toFixed(1).padStart(8)} KB raw ${(gzip / 1000).toFixed(1).padStart(7)} KB gzip ${(brotli / 1000).toFixed(1).padStart(7)} KB brotli`);
}
const gzipKb = gzipTotal / 1000;
const initial = new Set([...urls].map((url) => url.replace(/^\.?\//, "")));
for (const file of readdirSync(join(dist, "assets")).filter((name) => name.endsWith(".js"))) {
  if (initial.has(`assets/${file}`)) continue;
  const bytes = readFileSync(join(dist, "assets", file));
  console.log(`  later: assets/${file.padEnd(32)} ${(gzipSync(bytes, { level: 9 }).length / 1000).toFixed(1).padStart(7)} KB gzip`);
}
console.log(`initial JavaScript: ${gzipKb.toFixed(1)} KB gzip -9 (${(brotliTotal / 1000).toFixed(1)} KB brotli); budget ${BUDGET_KB} KB gzip`);
if (gzipKb > BUDGET_KB) {
  console.error(`size-budget: over budget by ${(gzipKb - BUDGET_KB).toFixed(1)} KB`);
  process.exit(1);
}
