// Size budget: the gzip -9 size of the JavaScript that dist/index.html loads before anything else
// (its scripts and modulepreloads). Prints the figure per file, and index.html's own size (it holds the first
// screen), and fails above the budget.
import { INITIAL_BUDGET_KB, bundleReport, kb } from "./bundle-size.mjs";

const dist = new URL("../dist/", import.meta.url).pathname;
const { initial, initialTotal, later, page } = bundleReport(dist);
if (initial.length === 0) {
  console.error("size-budget: dist/index.html loads no module script; run the build first");
  process.exit(1);
}

for (const { file, raw, gzip, brotli } of initial) {
  console.log(
    `${file.padEnd(40)} ${kb(raw).padStart(8)} KB raw ${kb(gzip).padStart(7)} KB gzip ${kb(brotli).padStart(7)} KB brotli`,
  );
}
for (const { file, gzip } of later) console.log(`  later: ${file.padEnd(40)} ${kb(gzip).padStart(7)} KB gzip`);
console.log(
  `index.html, with the first screen: ${kb(page.raw)} KB raw, ${kb(page.gzip)} KB gzip -9 (${kb(page.brotli)} KB brotli)`,
);
const gzipKb = initialTotal.gzip / 1000;
console.log(
  `initial JavaScript: ${gzipKb.toFixed(1)} KB gzip -9 (${kb(initialTotal.brotli)} KB brotli); budget ${INITIAL_BUDGET_KB} KB gzip`,
);
if (gzipKb > INITIAL_BUDGET_KB) {
  console.error(`size-budget: over budget by ${(gzipKb - INITIAL_BUDGET_KB).toFixed(1)} KB`);
  process.exit(1);
}
