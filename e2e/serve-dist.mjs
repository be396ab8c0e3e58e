// A plain static file server for the production build, like the static hosting the app is deployed to:
// no SPA fallback, no rewrites. Listens on 127.0.0.1 only.
import { createServer } from "node:http";
import sirv from "sirv";

const port = Number(process.env.PORT ?? 4180);
const root = process.env.DIST ?? "dist";
const serve = sirv(root, {
  dev: false,
  etag: true,
  gzip: false,
  setHeaders(res, pathname) {
    const noStore = pathname === "/" || pathname.endsWith(".html") || pathname.endsWith("/config.json");
    res.setHeader("Cache-Control", noStore ? "no-store" : "public, max-age=31536000, immutable");
  },
});

createServer((req, res) =>
  serve(req, res, () => {
    res.statusCode = 404;
    res.setHeader("Content-Type", "text/plain");
    res.end("Not found");
  }),
).listen(port, "127.0.0.1", () => console.log(`serving ${root} on http://127.0.0.1:${port}/`));
