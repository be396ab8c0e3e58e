// Writes <file>.gz (gzip -9) and <file>.br (brotli, quality 11) next to every compressible file under
// dist/assets/, for web servers that serve pre-compressed files as they are (nginx `gzip_static on`, or
// `brotli_static on` with the ngx_brotli module). Run by `npm run build` after `vite build`.
//
// Only assets/: their names carry a content hash, so a .gz can never go stale next to its file. index.html,
// redirect.html, relay.html and config.json are left alone on purpose: admins edit config.json after deploying, and
// a config.json.gz written at build time would go on serving the old settings to every browser that accepts gzip.
// A compressed copy that is not smaller than the file is not written.
//
//   node scripts/precompress.mjs [dist directory]
import { readdir, readFile, stat, writeFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

const dist = resolve(process.argv[2] ?? process.env.DIST ?? "dist");
const assets = join(dist, "assets");
const COMPRESSIBLE = /\.(?:js|mjs|css|svg|json|map|txt|wasm|webmanifest)$/;
const MIN_BYTES = 256;

/** Every file under dir, recursively. */
async function filesUnder(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

async function precompress(file) {
  const bytes = await readFile(file);
  if (bytes.length < MIN_BYTES) return { file, raw: bytes.length };
  const [gz, br] = await Promise.all([
    gzipAsync(bytes, { level: 9 }),
    brotliAsync(bytes, {
      params: {
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
  ]);
  const written = {};
  if (gz.length < bytes.length) await writeFile(`${file}.gz`, gz).then(() => (written.gz = gz.length));
  if (br.length < bytes.length) await writeFile(`${file}.br`, br).then(() => (written.br = br.length));
  return { file, raw: bytes.length, ...written };
}

const started = performance.now();
try {
  if (!(await stat(assets)).isDirectory()) throw new Error("not a directory");
} catch {
  console.error(`precompress: no ${assets}; run vite build first`);
  process.exit(1);
}
const files = (await filesUnder(assets)).filter((file) => COMPRESSIBLE.test(file));
const results = await Promise.all(files.map(precompress));
const kb = (bytes) => (bytes === undefined ? "-" : `${(bytes / 1000).toFixed(1)} KB`).padStart(9);
for (const { file, raw, gz, br } of results) {
  console.log(`${relative(dist, file).padEnd(44)} ${kb(raw)} raw ${kb(gz)} .gz ${kb(br)} .br`);
}
console.log(`precompress: ${results.length} files in ${((performance.now() - started) / 1000).toFixed(2)} s`);
