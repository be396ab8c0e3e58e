// Serves the production build with nginx and the shipped recipe, deploy/nginx/enrollment-token-console.conf, as an
// intranet admin would: the recipe is used as it is, apart from its two values an admin changes too (the URL path
// /tools/enrollment and the folder /var/www/enrollment-token-console/), put into a minimal nginx.conf of its own in
// a temporary folder. nginx runs in the foreground and stops with this script (SIGTERM or SIGINT).
//
//   PORT=4280 DIST=dist NGINX=/usr/sbin/nginx node e2e/serve-nginx.mjs [/tools/enrollment/]
//
// Listens on 127.0.0.1 only. Needs nginx (Debian: apt-get install nginx).
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";

const RECIPE = fileURLToPath(new URL("../deploy/nginx/enrollment-token-console.conf", import.meta.url));
// The recipe's own values, replaced here as the recipe tells admins to.
const RECIPE_PATH = "/tools/enrollment";
const RECIPE_DIST = "/var/www/enrollment-token-console/";

const port = Number(process.env.PORT ?? 4280);
const base = process.argv[2] ?? process.env.BASE_PATH ?? "/tools/enrollment/";
const dist = resolve(process.env.DIST ?? "dist");
const nginx = process.env.NGINX ?? ["/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/bin/nginx"].find(existsSync);

function fail(message) {
  console.error(`serve-nginx: ${message}`);
  process.exit(1);
}

if (!Number.isInteger(port) || port <= 0 || port > 65535) fail(`not a port: ${process.env.PORT}`);
// One path segment or more, each safe to write into nginx's configuration unquoted.
if (!/^(\/[A-Za-z0-9._~-]+)+\/$/.test(base)) fail(`the path must look like /tools/enrollment/, not ${base}`);
if (/["\\$\s;{}]/.test(dist)) fail(`the dist folder's path cannot go into nginx's configuration: ${dist}`);
if (!existsSync(join(dist, "index.html"))) fail(`no ${join(dist, "index.html")}: run npm run build first`);
if (!nginx) fail("nginx not found (Debian: apt-get install nginx), or set NGINX to its path");

const recipe = readFileSync(RECIPE, "utf8");
for (const value of [`location ^~ ${RECIPE_PATH}/ {`, `alias "${RECIPE_DIST}";`]) {
  if (!recipe.includes(value)) fail(`${RECIPE} no longer contains ${value}: update this script along with it`);
}
const snippet = recipe.replaceAll(RECIPE_DIST, `${dist}/`).replaceAll(RECIPE_PATH, base.slice(0, -1));

const work = mkdtempSync(join(tmpdir(), "serve-nginx-"));
for (const dir of ["body", "proxy", "fastcgi", "uwsgi", "scgi"]) mkdirSync(join(work, dir));
writeFileSync(join(work, "enrollment-token-console.conf"), snippet);
const mimeTypes = ["/etc/nginx/mime.types", "/usr/local/nginx/conf/mime.types"].find(existsSync);
writeFileSync(
  join(work, "nginx.conf"),
  `# Written by e2e/serve-nginx.mjs
${process.getuid?.() === 0 ? "user root;\n" : ""}daemon off;
master_process on;
worker_processes 1;
pid ${work}/nginx.pid;
error_log stderr warn;
events { worker_connections 256; }
http {
    ${mimeTypes ? `include ${mimeTypes};` : ""}
    default_type application/octet-stream;
    access_log off;
    log_not_found off;
    sendfile on;
    client_body_temp_path ${work}/body;
    proxy_temp_path ${work}/proxy;
    fastcgi_temp_path ${work}/fastcgi;
    uwsgi_temp_path ${work}/uwsgi;
    scgi_temp_path ${work}/scgi;
    server {
        listen 127.0.0.1:${port};
        server_name localhost;
        include ${work}/enrollment-token-console.conf;
    }
}
`,
);

const cleanUp = () => rmSync(work, { recursive: true, force: true });
let stopping = false;
// -e stderr: nginx opens its compiled-in error log before it reads the configuration.
const child = spawn(nginx, ["-e", "stderr", "-p", work, "-c", join(work, "nginx.conf")], {
  stdio: ["ignore", "inherit", "inherit"],
});
child.on("error", (error) => {
  cleanUp();
  fail(`cannot start ${nginx}: ${error.message}`);
});
child.on("exit", (code, signal) => {
  if (stopping) {
    cleanUp();
    process.exit(0);
  }
  // Kept for a look: nginx's message names the file and line.
  console.error(`serve-nginx: nginx exited (${signal ?? code}); its configuration is in ${work}`);
  process.exit(code || 1);
});
console.log(`serving ${dist} with nginx (${RECIPE}) on http://127.0.0.1:${port}${base}`);

for (const signal of ["SIGTERM", "SIGINT", "SIGHUP"]) {
  process.on(signal, () => {
    stopping = true;
    // SIGTERM to nginx's master: fast shutdown of the master and its worker.
    child.kill("SIGTERM");
  });
}
