import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { startAppServer } from "./appServer";
import { expect, signIn, test } from "./fixtures";

// The whole suite runs under this policy: e2e/serve-dist.mjs sends it as a header on every HTML page, the build
// puts it in a <meta> tag, and the consoleErrors fixture fails any test on a CSP violation. This file checks
// the policy itself, and that a violation really is blocked and seen.

const projectDir = () => dirname(test.info().config.configFile!);
const distDir = () => resolve(projectDir(), process.env.DIST ?? "dist");
const REPORT_URI = "/__csp-report";

// The expected policy, written out here by hand: not produced by deploy/csp.mjs, so a change there that loosens
// or drops a directive fails this file. Every directive is compared, and no other may appear.
const LOGIN = {
  global: "https://login.microsoftonline.com",
  usgov: "https://login.microsoftonline.us",
  china: "https://login.chinacloudapi.cn",
};
const GRAPH = {
  global: "https://graph.microsoft.com",
  usgov: "https://graph.microsoft.us",
  usgovdod: "https://dod-graph.microsoft.us",
  china: "https://microsoftgraph.chinacloudapi.cn",
};
/** The built pages' <meta> policy: every Microsoft cloud's sign-in and Graph hosts, named one by one. */
const META_POLICY: Record<string, string[]> = {
  "default-src": ["'self'"],
  "script-src": ["'self'"],
  "style-src": ["'self'", "'unsafe-inline'"],
  "img-src": ["'self'", "data:"],
  "font-src": ["'self'"],
  "connect-src": [
    "'self'",
    LOGIN.global,
    GRAPH.global,
    LOGIN.usgov,
    GRAPH.usgov,
    GRAPH.usgovdod,
    LOGIN.china,
    GRAPH.china,
  ],
  "frame-src": ["'self'", LOGIN.global, LOGIN.usgov, LOGIN.china],
  "object-src": ["'none'"],
  "base-uri": ["'none'"],
  "form-action": ["'self'", LOGIN.global, LOGIN.usgov, LOGIN.china],
  "worker-src": ["'none'"],
  "manifest-src": ["'self'"],
};
/** The header: the same, plus what only a header can carry. */
const headerPolicy = (frameAncestors: string[], extra: Record<string, string[]> = {}) => ({
  ...META_POLICY,
  "frame-ancestors": frameAncestors,
  ...extra,
});
/** The same policy narrowed to the usgov cloud (`--cloud usgov`). */
const USGOV_ONLY = {
  ...META_POLICY,
  "connect-src": ["'self'", LOGIN.usgov, GRAPH.usgov],
  "frame-src": ["'self'", LOGIN.usgov],
  "form-action": ["'self'", LOGIN.usgov],
};

/** "a b; c d" -> { a: [b], c: [d] }, failing on a directive that appears twice (browsers ignore the second). */
function directives(policy: string): Record<string, string[]> {
  const map: Record<string, string[]> = {};
  for (const directive of policy.split(";")) {
    const [rawName, ...sources] = directive.trim().split(/\s+/);
    const name = rawName?.toLowerCase();
    if (name) {
      expect(Object.hasOwn(map, name), `directive ${name} appears twice`).toBe(false);
      map[name] = sources;
    }
  }
  return map;
}

const cli = (...args: string[]) =>
  execFileSync(process.execPath, ["deploy/csp.mjs", ...args], {
    cwd: projectDir(),
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });

test("the CLI prints the header for every cloud, one cloud, a portal, and the relay", () => {
  expect(directives(cli())).toEqual(headerPolicy(["'self'"]));
  expect(directives(cli("--frame-ancestors", "https://portal.contoso.com"))).toEqual(
    headerPolicy(["'self'", "https://portal.contoso.com"]),
  );
  expect(directives(cli("--cloud", "usgov"))).toEqual({ ...USGOV_ONLY, "frame-ancestors": ["'self'"] });
  expect(directives(cli("--relay"))).toEqual(headerPolicy(["'none'"]));
  expect(directives(cli("--cloud=global", "--relay"))).toEqual(
    headerPolicy(["'none'"], {
      "connect-src": ["'self'", LOGIN.global, GRAPH.global],
      "frame-src": ["'self'", LOGIN.global],
      "form-action": ["'self'", LOGIN.global],
    }),
  );
  expect(() => cli("--cloud", "mars")).toThrow(/unknown cloud "mars"/);
});

test("--write narrows the pages' <meta> policy to one cloud, and without --cloud puts every cloud back", () => {
  const copy = mkdtempSync(join(tmpdir(), "csp-write-"));
  try {
    for (const name of ["index.html", "redirect.html", "relay.html"]) cpSync(join(distDir(), name), join(copy, name));
    const metaOf = (name: string) =>
      /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(readFileSync(join(copy, name), "utf8"))?.[1];
    cli("--cloud", "usgov", "--write", copy);
    for (const name of ["index.html", "redirect.html", "relay.html"])
      expect(directives(metaOf(name)!)).toEqual(USGOV_ONLY);
    cli("--write", copy);
    for (const name of ["index.html", "redirect.html", "relay.html"]) {
      expect(readFileSync(join(copy, name), "utf8"), name).toBe(readFileSync(join(distDir(), name), "utf8"));
    }
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});

test("every HTML page is served with the CSP header; other files are not", async ({ request }) => {
  const extra = (process.env.FRAME_ANCESTORS ?? "").split(/\s+/).filter(Boolean);
  for (const path of ["./", "./index.html", "./?profile=abc", "./redirect.html", "./relay.html"]) {
    // The popup relay is never framed, not even by a portal; every other page may be framed by 'self' and portals.
    const frameAncestors = path.endsWith("relay.html") ? ["'none'"] : ["'self'", ...extra];
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toMatch(/^text\/html/);
    expect(response.headers()["cache-control"], path).toBe("no-store");
    const header = response.headers()["content-security-policy"];
    expect(directives(header!), path).toEqual(headerPolicy(frameAncestors, { "report-uri": [REPORT_URI] }));
  }
  for (const path of ["./config.json", "./favicon.svg"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-security-policy"], path).toBeUndefined();
  }
});

test("the built HTML pages carry the policy as their first <head> element, and no inline script", async ({ page }) => {
  const pages = readdirSync(distDir()).filter((name) => name.endsWith(".html"));
  expect(pages.sort()).toEqual(["index.html", "redirect.html", "relay.html"]);
  for (const name of pages) {
    const html = readFileSync(join(distDir(), name), "utf8");
    // The browser's own parser, on a document that runs nothing (DOMParser).
    const found = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, "text/html");
      const first = doc.head.firstElementChild;
      return {
        first: first && { tag: first.localName, httpEquiv: first.getAttribute("http-equiv") },
        metas: [...doc.querySelectorAll('meta[http-equiv="Content-Security-Policy" i]')].map(
          (meta) => meta.getAttribute("content") ?? "",
        ),
        inlineScripts: [...doc.scripts].filter((script) => !script.src || script.text.trim() !== "").length,
        scriptSources: [...doc.scripts].map((script) => script.getAttribute("src")),
        handlerAttributes: [...doc.querySelectorAll("*")].flatMap((el) =>
          el.getAttributeNames().filter((attr) => attr.startsWith("on")),
        ),
        javascriptUrls: [...doc.querySelectorAll("[href], [src]")].filter((el) =>
          /^\s*javascript:/i.test(el.getAttribute("href") ?? el.getAttribute("src") ?? ""),
        ).length,
      };
    }, html);
    expect(found.first, name).toEqual({ tag: "meta", httpEquiv: "Content-Security-Policy" });
    expect(found.metas, name).toHaveLength(1);
    // frame-ancestors and report-uri do nothing in a <meta> policy: the tag leaves them to the header.
    expect(directives(found.metas[0]!), name).toEqual(META_POLICY);
    expect(found.inlineScripts, name).toBe(0);
    expect(found.scriptSources.length, name).toBeGreaterThan(0);
    for (const src of found.scriptSources) expect(src, name).toMatch(/^\.\/assets\/[\w.-]+\.js$/);
    expect(found.handlerAttributes, name).toEqual([]);
    expect(found.javascriptUrls, name).toBe(0);
    // The CSP <meta> comes first; the charset declaration must still end within the first 1024 bytes.
    const charset = html.indexOf("<meta charset");
    expect(charset, name).toBeGreaterThan(0);
    expect(Buffer.byteLength(html.slice(0, html.indexOf(">", charset) + 1)), name).toBeLessThanOrEqual(1024);
  }
});

test.describe("enforcement: a negative control", () => {
  // Each violation shows up twice, once per policy (header and <meta>). Arrays of patterns go in a
  // [value, options] tuple: Playwright would read a bare array whose second item is an object (a RegExp) as one.
  test.use({
    expectedCspViolations: [
      [/^script-src-elem inline$/, /^connect-src https:\/\/example\.invalid\/$/, /^script-src eval$/],
      { scope: "test" },
    ],
    expectedConsoleErrors: [
      [
        /^Executing inline script violates the following Content Security Policy directive 'script-src 'self''/,
        /^Connecting to 'https:\/\/example\.invalid\/' violates the following Content Security Policy directive/,
        /^Fetch API cannot load https:\/\/example\.invalid\/\. Refused to connect because it violates/,
        /^Evaluating a string as JavaScript violates the following Content Security Policy directive/,
      ],
      { scope: "test" },
    ],
  });

  test("inline script, eval and a fetch to a foreign host are blocked, seen and reported", async ({ page }) => {
    // A marker in the page URL finds this test's reports among everything the server has logged.
    const probe = randomUUID();
    await page.goto(`./?csp-probe=${probe}`);
    await expect(page.getByText("Demo tenant")).toBeVisible();

    const outcome = await page.evaluate(async () => {
      const flags = window as unknown as { __inlineRan?: boolean; __evalRan?: boolean };
      const script = document.createElement("script");
      script.textContent = "window.__inlineRan = true";
      document.head.append(script);
      // Code that page.evaluate itself compiles is exempt from CSP (DevTools), so compile a string later, in a
      // task of the page's own.
      setTimeout("window.__evalRan = true" as unknown as () => void, 0);
      let fetchOutcome: string;
      try {
        await fetch("https://example.invalid/");
        fetchOutcome = "resolved";
      } catch (error) {
        fetchOutcome = `rejected: ${String(error)}`;
      }
      await new Promise((done) => setTimeout(done, 50));
      return { inlineRan: flags.__inlineRan ?? false, evalRan: flags.__evalRan ?? false, fetchOutcome };
    });
    expect(outcome).toEqual({ inlineRan: false, evalRan: false, fetchOutcome: "rejected: TypeError: Failed to fetch" });

    // The fixture's securitypolicyviolation listener saw all three.
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations))
      .toEqual(
        expect.arrayContaining(["script-src-elem inline", "connect-src https://example.invalid/", "script-src eval"]),
      );

    // The header's report-uri delivered them to the server, which appended them to its report file.
    const reportFile = resolve(projectDir(), process.env.CSP_REPORT_FILE || "test-results/csp-reports.ndjson");
    const reported = () =>
      (existsSync(reportFile) ? readFileSync(reportFile, "utf8") : "")
        .split("\n")
        .filter((line) => line.includes(probe))
        .map((line) => {
          const report = (JSON.parse(line) as { "csp-report": Record<string, string> })["csp-report"];
          return `${report["effective-directive"]} ${report["blocked-uri"]} ${report["disposition"]}`;
        })
        .sort();
    await expect
      .poll(reported)
      .toEqual([
        "connect-src https://example.invalid/ enforce",
        "script-src eval enforce",
        "script-src-elem inline enforce",
      ]);
  });
});

test.describe("MSAL's hidden iframe", () => {
  test.use({ expectedConsoleErrors: [/status of 400/] });

  test("silent renewal in a hidden iframe (frame-src, frame-ancestors 'self') runs under the policy", async ({
    context,
    page,
    entra,
    useEntraConfig,
  }) => {
    await useEntraConfig();
    await page.goto("./");
    await signIn(page);
    await expect(page.getByRole("link", { name: "Hospital carts" })).toBeVisible();
    // Drop the access token and make Entra refuse the refresh token: MSAL falls back to /authorize?prompt=none
    // in a hidden iframe, which lands on redirect.html inside the app (the 400 is that refusal).
    await page.evaluate(() => {
      for (const key of Object.keys(sessionStorage)) if (key.includes("|accesstoken|")) sessionStorage.removeItem(key);
    });
    await context.route(
      (url) => url.origin === LOGIN.global && url.pathname.endsWith("/oauth2/v2.0/token"),
      (route, request) =>
        new URLSearchParams(request.postData() ?? "").get("grant_type") === "refresh_token"
          ? route.fulfill({
              status: 400,
              contentType: "application/json",
              headers: { "access-control-allow-origin": request.headers()["origin"] ?? "*" },
              body: JSON.stringify({ error: "invalid_grant", error_description: "AADSTS700082: expired" }),
            })
          : route.fallback(),
    );
    const frames: string[] = [];
    page.on("framenavigated", (frame) => {
      if (frame !== page.mainFrame()) frames.push(new URL(frame.url()).pathname);
    });
    await page.reload();
    await expect(page.getByRole("link", { name: "Hospital carts" })).toBeVisible();
    expect(entra.authorizeRequests.map((url) => url.searchParams.get("prompt"))).toEqual([null, "none"]);
    expect(frames).toContain("/redirect.html");
  });
});

test.describe("frame-ancestors", () => {
  test.use({
    expectedConsoleErrors: [
      /^Framing 'http:\/\/127\.0\.0\.1:\d+\/' violates the following Content Security Policy directive: "frame-ancestors 'self'"/,
    ],
  });

  test("a portal listed in FRAME_ANCESTORS may frame the app; one that is not listed may not", async ({
    page,
    baseURL,
  }, testInfo) => {
    // A portal on another site (localhost vs 127.0.0.1), on a real loopback server: Chromium blocks a page that
    // Playwright fulfils (no address) from framing loopback (Local Network Access).
    let portalPage = "";
    const portal = createServer((_, res) => res.setHeader("Content-Type", "text/html").end(portalPage));
    await new Promise<void>((listening) => portal.listen(0, "localhost", listening));
    const portalOrigin = `http://localhost:${(portal.address() as AddressInfo).port}`;
    // A second app server that lists the portal, with a report file of its own.
    const reportFile = testInfo.outputPath("csp-reports.ndjson");
    const server = await startAppServer({ FRAME_ANCESTORS: portalOrigin, CSP_REPORT_FILE: reportFile });
    try {
      const allowingApp = server.url;
      portalPage = `<!doctype html><title>Portal</title>
        <iframe title="listed" src="${allowingApp}"></iframe><iframe title="not listed" src="${baseURL}"></iframe>`;
      await page.goto(portalOrigin);
      await expect(page.frameLocator('iframe[title="listed"]').getByText("Demo tenant")).toBeVisible();
      await expect
        .poll(() => page.frames().map((frame) => frame.url()))
        .toEqual([`${portalOrigin}/`, allowingApp, "chrome-error://chromewebdata/"]);
      expect(existsSync(reportFile), "the framed app reported no violation").toBe(false);
    } finally {
      server.stop();
      portal.close();
    }
  });
});
