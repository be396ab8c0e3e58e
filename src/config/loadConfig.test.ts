import { http, HttpResponse } from "msw";
import { server } from "../test/server";
import { t, translate } from "../i18n";
import { loadConfig } from "./loadConfig";
import type { ConfigResult } from "./parseConfig";

const CLIENT_ID = "6a1f3c2e-9b4d-4e8f-a2c1-0d5e7f9b3a41";
const BASE = "http://localhost/tools/app/";
const CONFIG_URL = "http://localhost/tools/app/config.json";

/** The problems as the config screen shows them: each message translated. */
function problemsOf(result: ConfigResult) {
  if (result.ok) throw new Error(`expected problems, got config ${JSON.stringify(result.config)}`);
  return result.problems.map((problem) => ({ key: problem.key, message: translate(problem.message) }));
}

describe("loadConfig", () => {
  const serve = (resolver: Parameters<typeof http.get>[1]) => server.use(http.get(CONFIG_URL, resolver));

  it("fetches config.json relative to the base URL and parses it", async () => {
    const requests: Request[] = [];
    serve(({ request }) => {
      requests.push(request);
      return HttpResponse.json({ clientId: CLIENT_ID });
    });
    await expect(loadConfig(BASE)).resolves.toEqual({
      ok: true,
      config: {
        clientId: CLIENT_ID,
        tenantId: "organizations",
        cloud: "global",
        demo: false,
        portalOrigins: [],
        bulkWritesPer20s: 40,
      },
    });
    expect(requests).toHaveLength(1);
    expect(requests[0]?.url).toBe(CONFIG_URL);
  });

  it("resolves against a base URL that names a document", async () => {
    serve(() => HttpResponse.json({ demo: true }));
    const result = await loadConfig("http://localhost/tools/app/index.html?profile=1");
    expect(result.ok).toBe(true);
  });

  it("names the bad keys of a served config", async () => {
    serve(() => HttpResponse.json({ clientID: CLIENT_ID, demo: "yes" }));
    const keys = problemsOf(await loadConfig(BASE)).map((problem) => problem.key);
    expect(keys.sort()).toEqual(["clientID", "clientId", "demo"]);
  });

  it("checks URLs of the app itself against the origin of the page that loads the config", async () => {
    serve(() => HttpResponse.json({ clientId: CLIENT_ID, redirectUri: "http://localhost/tools/app/redirect.html" }));
    expect((await loadConfig(BASE)).ok).toBe(true);
    serve(() => HttpResponse.json({ clientId: CLIENT_ID, redirectUri: "https://elsewhere.example/redirect.html" }));
    expect(problemsOf(await loadConfig(BASE))).toEqual([
      { key: "redirectUri", message: t("config.key.redirectUri.origin", { origin: "http://localhost" }) },
    ]);
  });

  it("reports invalid JSON", async () => {
    serve(() => new HttpResponse('{"clientId": ', { headers: { "Content-Type": "application/json" } }));
    const problems = problemsOf(await loadConfig(BASE));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.key).toBeNull();
    expect(problems[0]?.message).toMatch(/^config\.json is not valid JSON: .+/);
  });

  it("reports a 404 with its status", async () => {
    serve(() => new HttpResponse("Not found", { status: 404 }));
    expect(problemsOf(await loadConfig(BASE))).toEqual([{ key: null, message: t("config.missing", { status: 404 }) }]);
    expect(t("config.missing", { status: 404 })).toContain("HTTP 404");
  });

  it("reports a JSON array as not an object", async () => {
    serve(() => HttpResponse.json([{ clientId: CLIENT_ID }]));
    expect(problemsOf(await loadConfig(BASE))).toEqual([{ key: null, message: t("config.notObject") }]);
  });

  it("reports a request that fails outright", async () => {
    serve(() => HttpResponse.error());
    expect(problemsOf(await loadConfig(BASE))).toEqual([{ key: null, message: t("config.unreachable") }]);
  });
});
