import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { APIResponse } from "@playwright/test";
import { contentSecurityPolicy } from "../deploy/csp.mjs";
import { expect, signIn, test } from "./fixtures";

// The nginx recipe as admins deploy it: e2e/serve-nginx.mjs serves dist/ with deploy/nginx/enrollment-token-console.conf
// under /tools/enrollment/ (Playwright project "nginx", whose baseURL is that path). What goes over HTTP is checked
// here; e2e/token-journey.spec.ts runs the whole sign-in journey through the same server. The other recipes cannot
// run here, so the last tests check that they carry the same policy and headers.

const projectDir = () => dirname(test.info().config.configFile!);
const distDir = () => resolve(projectDir(), process.env.DIST ?? "dist");
const deployDir = () => resolve(projectDir(), "deploy");
const CSP = contentSecurityPolicy();
/** relay.html: the same policy, framed by nobody (`node deploy/csp.mjs --relay`). */
const RELAY_CSP = contentSecurityPolicy({ frameAncestors: ["'none'"] });
const NO_STORE = "no-store";
const IMMUTABLE = "public, max-age=31536000, immutable";

/** Every HTML page of the build: index.html, redirect.html, relay.html, ... */
const htmlPages = () => readdirSync(distDir()).filter((name) => name.endsWith(".html"));

/** The app's entry script, as index.html names it: ./assets/app-<hash>.js -> assets/app-<hash>.js */
function entryScript(): string {
  const html = readFileSync(join(distDir(), "index.html"), "utf8");
  const src = /<script[^>]*type="module"[^>]*src="\.\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
  expect(src, "dist/index.html loads a module script from ./assets/").toBeTruthy();
  return src!;
}

/** The headers every page and config.json get from the recipe. */
function expectPageHeaders(response: APIResponse, what: string, csp = CSP) {
  const headers = response.headers();
  expect(response.status(), what).toBe(200);
  expect(headers["cache-control"], `${what}: Cache-Control`).toBe(NO_STORE);
  expect(headers["content-security-policy"], `${what}: Content-Security-Policy`).toBe(csp);
  expect(headers["x-content-type-options"], `${what}: X-Content-Type-Options`).toBe("nosniff");
  expect(headers["referrer-policy"], `${what}: Referrer-Policy`).toBe("no-referrer");
  expect(headers["cross-origin-opener-policy"], `${what}: no COOP`).toBeUndefined();
  expect(headers["x-frame-options"], `${what}: no X-Frame-Options`).toBeUndefined();
}

test.describe("nginx recipe over HTTP", () => {
  test("every HTML page: no-store, the app's CSP, nosniff, no-referrer, no COOP", async ({ request }) => {
    const pages = htmlPages();
    expect(pages).toEqual(expect.arrayContaining(["index.html", "redirect.html"]));
    for (const name of pages) {
      const response = await request.get(name);
      expectPageHeaders(response, name, name === "relay.html" ? RELAY_CSP : CSP);
      expect(response.headers()["content-type"]).toBe("text/html; charset=utf-8");
      expect(await response.text()).toBe(readFileSync(join(distDir(), name), "utf8"));
    }
  });

  test("relay.html (MSAL's popup relay) is served like redirect.html, but framed by nobody", async ({ request }) => {
    expectPageHeaders(await request.get("relay.html"), "relay.html", RELAY_CSP);
  });

  test("the directory URL serves index.html with the page headers; without its slash it redirects", async ({
    request,
    baseURL,
  }) => {
    const directory = await request.get("./");
    expect(directory.url()).toBe(baseURL);
    expectPageHeaders(directory, "the directory");
    expect(await directory.text()).toBe(readFileSync(join(distDir(), "index.html"), "utf8"));

    // /tools/enrollment?profile=x -> /tools/enrollment/?profile=x (relative URLs need the slash), query kept.
    const path = new URL(baseURL!).pathname;
    const bare = await request.get(`${path.slice(0, -1)}?profile=x`, { maxRedirects: 0 });
    expect(bare.status()).toBe(301);
    expect(bare.headers()["location"]).toBe(`${path}?profile=x`);
  });

  test("config.json: JSON, never cached", async ({ request }) => {
    const response = await request.get("config.json");
    expectPageHeaders(response, "config.json");
    expect(response.headers()["content-type"]).toBe("application/json");
    expect(await response.json()).toEqual(JSON.parse(readFileSync(join(distDir(), "config.json"), "utf8")));
  });

  test("favicon.svg: image/svg+xml", async ({ request }) => {
    const response = await request.get("favicon.svg");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toMatch(/^image\/svg\+xml(;|$)/);
  });

  test("assets: JavaScript, immutable for a year, nosniff", async ({ request }) => {
    for (const name of readdirSync(join(distDir(), "assets")).filter((file) => file.endsWith(".js"))) {
      const response = await request.get(`assets/${name}`, { headers: { "accept-encoding": "identity" } });
      const headers = response.headers();
      expect(response.status(), name).toBe(200);
      expect(headers["content-type"], name).toMatch(/^text\/javascript(;|$)/);
      expect(headers["cache-control"], name).toBe(IMMUTABLE);
      expect(headers["x-content-type-options"], name).toBe("nosniff");
      expect(headers["cross-origin-opener-policy"], name).toBeUndefined();
      expect(headers["content-encoding"], name).toBeUndefined();
    }
  });

  test("the entry script comes pre-compressed (gzip) when the client accepts it, plain otherwise", async ({
    request,
  }) => {
    const script = entryScript();
    const raw = readFileSync(join(distDir(), script));
    let gzSize: number;
    try {
      gzSize = statSync(join(distDir(), `${script}.gz`)).size;
    } catch {
      throw new Error(`no dist/${script}.gz: build with npm run build (vite build, then scripts/precompress.mjs)`);
    }

    const gzip = await request.get(script, { headers: { "accept-encoding": "gzip" } });
    expect(gzip.status()).toBe(200);
    expect(gzip.headers()["content-encoding"]).toBe("gzip");
    expect(gzip.headers()["vary"]).toMatch(/accept-encoding/i);
    expect(gzip.headers()["cache-control"]).toBe(IMMUTABLE);
    // The .gz file the build wrote, served as it is (gzip_static), not compressed again on the fly.
    expect(Number(gzip.headers()["content-length"])).toBe(gzSize);
    expect((await gzip.body()).equals(raw), "decompressed body is the script").toBe(true);

    const plain = await request.get(script, { headers: { "accept-encoding": "identity" } });
    expect(plain.headers()["content-encoding"]).toBeUndefined();
    expect(Number(plain.headers()["content-length"])).toBe(raw.length);
  });

  test("no SPA fallback: a missing file is a 404, and a missing asset is not cached", async ({ request }) => {
    const page = await request.get("no-such-page/");
    expect(page.status()).toBe(404);
    expect(page.headers()["cache-control"]).toBe(NO_STORE);
    const asset = await request.get("assets/no-such-chunk-0000.js");
    expect(asset.status()).toBe(404);
    expect(asset.headers()["cache-control"]).toBeUndefined();
  });
});

test.describe("nginx recipe in the browser", () => {
  test.beforeEach(async ({ useEntraConfig }) => {
    await useEntraConfig();
  });

  test("a deep link (?kind=<kind>&profile=<id>) loads from the directory URL and survives a reload", async ({
    page,
    graph,
  }) => {
    const assets: { url: string; status: number; cacheControl: string | undefined }[] = [];
    page.on("response", (response) => {
      if (/\/assets\//.test(new URL(response.url()).pathname)) {
        assets.push({
          url: response.url(),
          status: response.status(),
          cacheControl: response.headers()["cache-control"],
        });
      }
    });
    const target = graph.profiles.find((p) => p.displayName === "Hospital carts")!;
    const first = await page.goto(`./?kind=dedicatedSharedMode&profile=${target.id}`);
    expect(first!.status()).toBe(200);
    expect(first!.headers()["content-security-policy"]).toBe(CSP);
    expect(first!.headers()["cache-control"]).toBe(NO_STORE);
    await signIn(page);
    await expect(page).toHaveURL(new RegExp(`/tools/enrollment/\\?kind=dedicatedSharedMode&profile=${target.id}$`));
    await expect(page.getByRole("heading", { name: "Hospital carts", level: 2 })).toBeVisible();

    const reload = await page.reload();
    expect(reload!.status()).toBe(200);
    expect(reload!.headers()["cache-control"]).toBe(NO_STORE);
    await expect(page.getByRole("heading", { name: "Hospital carts", level: 2 })).toBeVisible();

    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) {
      expect(asset.status, asset.url).toBe(200);
      expect(asset.cacheControl, asset.url).toBe(IMMUTABLE);
    }
  });
});

test.describe("the other recipes carry the same headers", () => {
  const recipe = (path: string) => readFileSync(join(deployDir(), path), "utf8");

  test("every recipe has the CSPs of deploy/csp.mjs (the relay's too) and no Cross-Origin-Opener-Policy", () => {
    for (const path of [
      "nginx/enrollment-token-console.conf",
      "iis/web.config",
      "azure-static-web-apps/staticwebapp.config.json",
      "s3-cloudfront.md",
    ]) {
      const text = recipe(path);
      expect(text.includes(CSP), `${path} has the CSP of node deploy/csp.mjs`).toBe(true);
      expect(text.includes(RELAY_CSP), `${path} has the CSP of node deploy/csp.mjs --relay`).toBe(true);
      expect(text, `${path} never sets COOP`).not.toMatch(
        /add_header\s+Cross-Origin-Opener-Policy|name="Cross-Origin-Opener-Policy"|"Cross-Origin-Opener-Policy"\s*:/i,
      );
    }
  });

  test("Azure Static Web Apps: global headers, assets immutable, pages and config.json no-store", () => {
    const config = JSON.parse(recipe("azure-static-web-apps/staticwebapp.config.json")) as {
      routes: { route: string; headers?: Record<string, string> }[];
      globalHeaders: Record<string, string>;
      mimeTypes: Record<string, string>;
      navigationFallback?: unknown;
    };
    expect(config.globalHeaders).toEqual({
      "Content-Security-Policy": CSP,
      "Cache-Control": NO_STORE,
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "no-referrer",
    });
    const headersOf = (route: string) => config.routes.find((r) => r.route === route)?.headers;
    expect(headersOf("/assets/*")).toEqual({ "Cache-Control": IMMUTABLE });
    for (const route of ["/index.html", "/redirect.html", "/config.json"]) {
      expect(headersOf(route), route).toEqual({ "Cache-Control": NO_STORE });
    }
    expect(headersOf("/relay.html")).toEqual({ "Cache-Control": NO_STORE, "Content-Security-Policy": RELAY_CSP });
    expect(config.mimeTypes[".json"]).toBe("application/json");
    expect(config.mimeTypes[".mjs"]).toBe("text/javascript");
    expect(config.navigationFallback, "no SPA fallback").toBeUndefined();
  });

  test("IIS: well-formed web.config with the headers, no-store by default, assets immutable", async ({ page }) => {
    // The browser's XML parser: IIS refuses a web.config that is not well-formed XML (a "--" inside a comment, say).
    const config = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, "application/xml");
      const error = doc.querySelector("parsererror")?.textContent ?? null;
      const headers = (scope: Element | null | undefined) =>
        Object.fromEntries(
          [...(scope?.querySelectorAll(":scope > system\\.webServer > httpProtocol > customHeaders > add") ?? [])].map(
            (add) => [add.getAttribute("name"), add.getAttribute("value")],
          ),
        );
      const root = doc.documentElement;
      const assets = root.querySelector(':scope > location[path="assets"]');
      const clientCache = assets?.querySelector("staticContent > clientCache");
      return {
        error,
        headers: headers(root),
        relayHeaders: headers(root.querySelector(':scope > location[path="relay.html"]')),
        assetsRemoves: [...(assets?.querySelectorAll("customHeaders > remove") ?? [])].map((r) =>
          r.getAttribute("name"),
        ),
        clientCache: clientCache
          ? Object.fromEntries([...clientCache.attributes].map((attribute) => [attribute.name, attribute.value]))
          : null,
        mimeTypes: Object.fromEntries(
          [...root.querySelectorAll(":scope > system\\.webServer > staticContent > mimeMap")].map((map) => [
            map.getAttribute("fileExtension"),
            map.getAttribute("mimeType"),
          ]),
        ),
      };
    }, recipe("iis/web.config"));
    expect(config.error).toBeNull();
    expect(config.headers).toEqual({
      "Cache-Control": NO_STORE,
      "Content-Security-Policy": CSP,
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "no-referrer",
    });
    expect(config.relayHeaders).toEqual({ "Content-Security-Policy": RELAY_CSP });
    expect(config.assetsRemoves).toEqual(["Cache-Control"]);
    expect(config.clientCache).toEqual({
      cacheControlMode: "UseMaxAge",
      cacheControlMaxAge: "365.00:00:00",
      cacheControlCustom: "public, immutable",
    });
    expect(config.mimeTypes).toMatchObject({
      ".js": "text/javascript",
      ".mjs": "text/javascript",
      ".json": "application/json",
    });
  });
});
