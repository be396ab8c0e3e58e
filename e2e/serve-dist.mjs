// A plain static file server for the production build, like the static hosting the app is deployed to:
// no SPA fallback, no rewrites. Listens on 127.0.0.1 only.
//
// Every HTML response carries the app's Content-Security-Policy header (deploy/csp.mjs) with frame-ancestors
// 'self' plus the origins in FRAME_ANCESTORS (space-separated), and report-uri /__csp-report. It allows every
// Microsoft cloud, as the recipes do, or only the cloud named in CSP_CLOUD (`node deploy/csp.mjs --cloud`). Reports POSTed
// there are appended, one JSON document per line, to CSP_REPORT_FILE (default test-results/csp-reports.ndjson).
import { appendFileSync, mkdirSync } from "node:fs";
import { createServer } from "node:http";
import { dirname } from "node:path";
import sirv from "sirv";
import { cloudNamed, contentSecurityPolicy } from "../deploy/csp.mjs";

const port = Number(process.env.PORT ?? 4180);
const root = process.env.DIST ?? "dist";
const REPORT_PATH = "/__csp-report";
const reportFile = process.env.CSP_REPORT_FILE || "test-results/csp-reports.ndjson";
const frameAncestors = ["'self'", ...(process.env.FRAME_ANCESTORS ?? "").split(/\s+/).filter(Boolean)];
const clouds = process.env.CSP_CLOUD ? [cloudNamed(process.env.CSP_CLOUD)] : undefined;
const csp = `${contentSecurityPolicy({ clouds, frameAncestors })}; report-uri ${REPORT_PATH}`;
// MSAL's popup relay is only ever a window of its own: nothing may frame it (clickjacking its Continue button).
const relayCsp = `${contentSecurityPolicy({ clouds, frameAncestors: ["'none'"] })}; report-uri ${REPORT_PATH}`;

// setHeaders only runs for a file sirv found; a path without an extension resolves to "<path>.html" or
// "<path>/index.html" (there are no extensionless files in dist/).
const isHtml = (pathname) => pathname.endsWith("/") || /\.html?$/.test(pathname) || !/\.[^/]*$/.test(pathname);

const serve = sirv(root, {
  dev: false,
  etag: true,
  gzip: false,
  setHeaders(res, pathname) {
    const html = isHtml(pathname);
    const noStore = html || pathname.endsWith("/config.json");
    res.setHeader("Cache-Control", noStore ? "no-store" : "public, max-age=31536000, immutable");
    if (html) res.setHeader("Content-Security-Policy", /\/relay(\.html)?$/.test(pathname) ? relayCsp : csp);
  },
});

function reply(res, status, text) {
  res.statusCode = status;
  if (text) res.setHeader("Content-Type", "text/plain");
  res.end(text);
}

/** Browsers POST violation reports (application/csp-report, JSON) here; each one becomes a line of the file. */
function receiveReport(req, res) {
  if (req.method !== "POST") return reply(res, 405, "Method not allowed");
  const chunks = [];
  let size = 0;
  req.on("data", (chunk) => {
    size += chunk.length;
    if (size > 64 * 1024) req.destroy();
    else chunks.push(chunk);
  });
  req.on("end", () => {
    let report;
    try {
      report = JSON.parse(Buffer.concat(chunks).toString("utf8"));
    } catch {
      return reply(res, 400, "Not JSON");
    }
    mkdirSync(dirname(reportFile), { recursive: true });
    appendFileSync(reportFile, `${JSON.stringify(report)}\n`);
    reply(res, 204);
  });
}

const server = createServer((req, res) => {
  if (new URL(req.url ?? "/", "http://localhost").pathname === REPORT_PATH) return receiveReport(req, res);
  serve(req, res, () => reply(res, 404, "Not found"));
});
// PORT=0 picks a free port; the line printed names the real one.
server.listen(port, "127.0.0.1", () => console.log(`serving ${root} on http://127.0.0.1:${server.address().port}/`));
