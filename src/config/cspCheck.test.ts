import { http, HttpResponse } from "msw";
import { server } from "../test/server";
import { CLOUDS } from "./clouds";
import { cspBlocksCloud, readPagePolicies } from "./cspCheck";

// Written out here, not produced by deploy/csp.mjs: what the build ships, and a header narrowed to one cloud.
const ALL_CLOUDS =
  "default-src 'self'; connect-src 'self' https://login.microsoftonline.com https://graph.microsoft.com " +
  "https://login.microsoftonline.us https://graph.microsoft.us https://dod-graph.microsoft.us " +
  "https://login.chinacloudapi.cn https://microsoftgraph.chinacloudapi.cn; frame-src 'self' " +
  "https://login.microsoftonline.com https://login.microsoftonline.us https://login.chinacloudapi.cn";
const GLOBAL_ONLY =
  "default-src 'self'; connect-src 'self' https://login.microsoftonline.com https://graph.microsoft.com; " +
  "frame-src 'self' https://login.microsoftonline.com; frame-ancestors 'self'";
const USGOV_ONLY =
  "default-src 'self'; connect-src 'self' https://login.microsoftonline.us https://graph.microsoft.us; " +
  "frame-src 'self' https://login.microsoftonline.us";

const blocks = (cloud: keyof typeof CLOUDS, ...policies: string[]) => cspBlocksCloud(CLOUDS[cloud], policies, "https:");

describe("cspBlocksCloud", () => {
  it("passes every cloud under the shipped policy, and with no policy at all", () => {
    for (const cloud of ["global", "usgov", "usgovdod", "china"] as const) {
      expect(blocks(cloud, ALL_CLOUDS), cloud).toBe(false);
      expect(blocks(cloud), cloud).toBe(false);
    }
  });

  it("catches a header narrowed to another cloud, even when the <meta> policy allows every cloud", () => {
    expect(blocks("global", ALL_CLOUDS, GLOBAL_ONLY)).toBe(false);
    expect(blocks("usgov", ALL_CLOUDS, GLOBAL_ONLY)).toBe(true);
    expect(blocks("usgovdod", ALL_CLOUDS, GLOBAL_ONLY)).toBe(true);
    expect(blocks("china", ALL_CLOUDS, GLOBAL_ONLY)).toBe(true);
    expect(blocks("usgov", ALL_CLOUDS, USGOV_ONLY)).toBe(false);
    // usgovdod signs in at the same host as usgov, but its Graph host is another.
    expect(blocks("usgovdod", ALL_CLOUDS, USGOV_ONLY)).toBe(true);
    expect(blocks("global", USGOV_ONLY)).toBe(true);
  });

  it("falls back to default-src when connect-src or frame-src is missing", () => {
    expect(blocks("global", "default-src 'self'")).toBe(true);
    expect(blocks("global", "default-src 'self' https://login.microsoftonline.com https://graph.microsoft.com")).toBe(
      false,
    );
    expect(
      blocks("global", "default-src 'none'; connect-src https://login.microsoftonline.com https://graph.microsoft.com"),
    ).toBe(true);
    expect(blocks("global", "img-src 'self'")).toBe(false);
  });

  it("catches a frame-src that leaves out the sign-in host (MSAL's hidden iframe)", () => {
    expect(
      blocks(
        "global",
        "connect-src 'self' https://login.microsoftonline.com https://graph.microsoft.com; frame-src 'self'",
      ),
    ).toBe(true);
  });

  it("matches source expressions as browsers do", () => {
    const connect = (sources: string) => `connect-src ${sources}; frame-src *`;
    expect(blocks("global", connect("*"))).toBe(false);
    expect(blocks("global", connect("https:"))).toBe(false);
    expect(blocks("global", connect("login.microsoftonline.com graph.microsoft.com"))).toBe(false);
    expect(blocks("global", connect("HTTPS://LOGIN.microsoftonline.com https://graph.microsoft.com:443/beta/"))).toBe(
      false,
    );
    expect(blocks("global", connect("https://*.microsoftonline.com https://*.microsoft.com"))).toBe(false);
    expect(blocks("global", connect("http://login.microsoftonline.com http://graph.microsoft.com"))).toBe(false);
    expect(blocks("global", connect("https://login.microsoftonline.com https://*.graph.microsoft.com"))).toBe(true);
    expect(blocks("global", connect("https://login.microsoftonline.com https://graph.microsoft.com:8443"))).toBe(true);
    expect(
      blocks("global", connect("https://login.microsoftonline.com https://graph.microsoft.com.evil.example")),
    ).toBe(true);
    expect(blocks("global", connect("https://login.microsoftonline.com wss://graph.microsoft.com"))).toBe(true);
    expect(blocks("global", connect("'self' 'none'"))).toBe(true);
    // A source without a scheme takes the page's: on an http page it still allows the https hosts.
    expect(cspBlocksCloud(CLOUDS.global, [connect("login.microsoftonline.com graph.microsoft.com")], "http:")).toBe(
      false,
    );
  });

  it("reads each directive once: a repeated directive is ignored, as browsers ignore it", () => {
    expect(
      blocks("usgov", `${GLOBAL_ONLY}; connect-src https://login.microsoftonline.us https://graph.microsoft.us`),
    ).toBe(true);
  });
});

describe("readPagePolicies", () => {
  const PAGE = "http://localhost:3000/";
  let meta: HTMLMetaElement;
  beforeEach(() => {
    window.history.replaceState(null, "", "/?profile=p1#section");
    meta = document.createElement("meta");
    meta.httpEquiv = "Content-Security-Policy";
    meta.content = ALL_CLOUDS;
    document.head.append(meta);
  });
  afterEach(() => meta.remove());

  it("reads the <meta> policy and every policy of the header the page is served with", async () => {
    const requests: Request[] = [];
    server.use(
      http.get(PAGE, ({ request }) => {
        requests.push(request);
        return new HttpResponse("<!doctype html>", {
          headers: { "Content-Type": "text/html", "Content-Security-Policy": `${GLOBAL_ONLY}, ${USGOV_ONLY}` },
        });
      }),
    );
    expect(await readPagePolicies()).toEqual([ALL_CLOUDS, GLOBAL_ONLY, USGOV_ONLY]);
    // The page itself, as it was loaded, without its fragment.
    expect(requests.map((request) => request.url)).toEqual([`${PAGE}?profile=p1`]);
    expect(requests[0]?.cache).toBe("no-store");
  });

  it("falls back to the <meta> policy when the page cannot be read again", async () => {
    server.use(http.get(PAGE, () => HttpResponse.error()));
    expect(await readPagePolicies()).toEqual([ALL_CLOUDS]);
    server.use(
      http.get(PAGE, () => new HttpResponse("gone", { status: 404, headers: { "Content-Security-Policy": "x" } })),
    );
    expect(await readPagePolicies()).toEqual([ALL_CLOUDS]);
  });

  it("has nothing to report for a page without any policy", async () => {
    meta.remove();
    server.use(http.get(PAGE, () => new HttpResponse("<!doctype html>")));
    expect(await readPagePolicies()).toEqual([]);
  });
});
