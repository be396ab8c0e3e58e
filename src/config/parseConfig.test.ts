import { t, translate } from "../i18n";
import { parseConfig, type ConfigResult } from "./parseConfig";

const CLIENT_ID = "6a1f3c2e-9b4d-4e8f-a2c1-0d5e7f9b3a41";
const TENANT_ID = "72f988bf-86f1-41af-91ab-2d7cd011db47";
/** The origin of the page that loads config.json. */
const ORIGIN = "https://intranet.contoso.com";

/** The problems as the config screen shows them: each message translated. */
function problemsOf(result: ConfigResult) {
  if (result.ok) throw new Error(`expected problems, got config ${JSON.stringify(result.config)}`);
  return result.problems.map((problem) => ({ key: problem.key, message: translate(problem.message) }));
}

describe("parseConfig", () => {
  it("accepts a demo config and applies the defaults", () => {
    expect(parseConfig({ demo: true }, ORIGIN)).toEqual({
      ok: true,
      config: { demo: true, tenantId: "organizations", cloud: "global", portalOrigins: [], bulkWritesPer20s: 40 },
    });
  });

  it("accepts a generated demo tenant of N profiles, without a clientId", () => {
    const result = parseConfig({ demo: { profiles: 5000 } }, ORIGIN);
    expect(result.ok && result.config.demo).toEqual({ profiles: 5000 });
  });

  it.each([
    [{ profiles: 0 }],
    [{ profiles: 20_001 }],
    [{ profiles: 2.5 }],
    [{ profiles: "5000" }],
    [{ size: 5 }],
    ["yes"],
  ])("names demo when it is %j", (demo) => {
    expect(problemsOf(parseConfig({ demo }, ORIGIN))).toContainEqual({ key: "demo", message: t("config.key.demo") });
  });

  it("accepts a real config with a GUID clientId, tenant and redirect URI", () => {
    const raw = {
      clientId: CLIENT_ID,
      tenantId: TENANT_ID,
      redirectUri: "https://intranet.contoso.com/tokens/redirect.html",
    };
    expect(parseConfig(raw, ORIGIN)).toEqual({
      ok: true,
      config: { ...raw, cloud: "global", demo: false, portalOrigins: [], bulkWritesPer20s: 40 },
    });
  });

  it.each(["contoso.onmicrosoft.com", "organizations", TENANT_ID.toUpperCase()])("accepts tenantId %s", (tenantId) => {
    const result = parseConfig({ clientId: CLIENT_ID, tenantId }, ORIGIN);
    expect(result.ok && result.config.tenantId).toBe(tenantId);
  });

  it("requires clientId when demo is not true", () => {
    expect(problemsOf(parseConfig({}, ORIGIN))).toEqual([
      { key: "clientId", message: t("config.key.clientId.required") },
    ]);
    expect(problemsOf(parseConfig({ demo: false, tenantId: TENANT_ID }, ORIGIN))).toEqual([
      { key: "clientId", message: t("config.key.clientId.required") },
    ]);
  });

  it.each(["not-a-guid", `${CLIENT_ID}x`, "", "6a1f3c2e9b4d4e8fa2c10d5e7f9b3a41"])(
    "rejects clientId %j that is not a GUID",
    (clientId) => {
      const problems = problemsOf(parseConfig({ clientId }, ORIGIN));
      expect(problems).toEqual([{ key: "clientId", message: t("config.key.clientId.guid") }]);
      expect(problems[0]?.message).toMatch(/must be a GUID/);
    },
  );

  it.each(["not a tenant", "contoso", "https://login.microsoftonline.com/contoso.com", ""])(
    "rejects tenantId %j",
    (tenantId) => {
      expect(problemsOf(parseConfig({ clientId: CLIENT_ID, tenantId }, ORIGIN))).toEqual([
        { key: "tenantId", message: t("config.key.tenantId") },
      ]);
    },
  );

  it("names an unknown key such as a mis-cased clientID", () => {
    const problems = problemsOf(parseConfig({ clientID: CLIENT_ID, demo: true }, ORIGIN));
    expect(problems).toEqual([{ key: "clientID", message: t("config.key.unknown", { key: "clientID" }) }]);
    expect(problems[0]?.message).toContain('"clientID" is not a known setting');
  });

  it("reports a mis-cased clientID and the missing clientId together", () => {
    const keys = problemsOf(parseConfig({ clientID: CLIENT_ID }, ORIGIN)).map((problem) => problem.key);
    expect(keys).toEqual(expect.arrayContaining(["clientID", "clientId"]));
    expect(keys).toHaveLength(2);
  });

  it("reports wrong types with the key's own message", () => {
    const problems = problemsOf(parseConfig({ clientId: CLIENT_ID, demo: "yes" }, ORIGIN));
    expect(problems).toEqual([{ key: "demo", message: t("config.key.demo") }]);
    expect(problemsOf(parseConfig({ clientId: 42 }, ORIGIN))).toEqual([
      { key: "clientId", message: t("config.key.clientId.guid") },
    ]);
    expect(problemsOf(parseConfig({ clientId: CLIENT_ID, cloud: "mars" }, ORIGIN))).toEqual([
      { key: "cloud", message: t("config.key.cloud") },
    ]);
  });

  it("knows the national clouds", () => {
    for (const cloud of ["global", "usgov", "usgovdod", "china"]) {
      expect(parseConfig({ clientId: CLIENT_ID, cloud }, ORIGIN).ok).toBe(true);
    }
  });

  it("accepts portal origins and names a bad one", () => {
    const ok = parseConfig(
      {
        clientId: CLIENT_ID,
        portalOrigins: ["https://portal.contoso.com", "http://localhost:8080"],
      },
      ORIGIN,
    );
    expect(ok).toEqual(expect.objectContaining({ ok: true }));
    for (const bad of [
      ["https://portal.contoso.com/path"],
      ["http://portal.contoso.com"],
      ["*"],
      "https://portal.contoso.com",
    ]) {
      expect(problemsOf(parseConfig({ clientId: CLIENT_ID, portalOrigins: bad }, ORIGIN))).toEqual([
        { key: "portalOrigins", message: t("config.key.portalOrigins") },
      ]);
    }
  });

  it("rejects a redirectUri that is not https (http only for localhost)", () => {
    expect(
      problemsOf(parseConfig({ clientId: CLIENT_ID, redirectUri: "http://intranet.contoso.com/r" }, ORIGIN)),
    ).toEqual([{ key: "redirectUri", message: t("config.key.redirectUri") }]);
    const local = "http://localhost:5173";
    expect(parseConfig({ clientId: CLIENT_ID, redirectUri: `${local}/redirect.html` }, local).ok).toBe(true);
  });

  it("accepts a redirectUri on the page's own origin, under any path", () => {
    for (const redirectUri of [`${ORIGIN}/tokens/redirect.html`, `${ORIGIN}/redirect.html?x=1`, `${ORIGIN}:443/r`]) {
      expect(parseConfig({ clientId: CLIENT_ID, redirectUri }, ORIGIN).ok, redirectUri).toBe(true);
    }
  });

  it.each([
    "https://tokens.contoso.com/redirect.html",
    "https://intranet.contoso.com.evil.example/redirect.html",
    "https://intranet.contoso.com:8443/redirect.html",
    "http://localhost:5173/redirect.html",
  ])("rejects redirectUri %s on another origin, naming the key and the page's origin", (redirectUri) => {
    const problems = problemsOf(parseConfig({ clientId: CLIENT_ID, redirectUri }, ORIGIN));
    expect(problems).toEqual([{ key: "redirectUri", message: t("config.key.redirectUri.origin", { origin: ORIGIN }) }]);
    expect(problems[0]?.message).toContain(`"redirectUri" must be a page of this app's own origin, ${ORIGIN}:`);
  });

  it("lists every bad key at once", () => {
    const problems = problemsOf(
      parseConfig({ clientId: "nope", tenantId: "?", cloud: 1, demo: "yes", redirectUri: "ftp://x", extra: 1 }, ORIGIN),
    );
    expect(problems.map((problem) => problem.key).sort()).toEqual(
      ["clientId", "cloud", "demo", "extra", "redirectUri", "tenantId"].sort(),
    );
    for (const problem of problems) expect(problem.message).not.toBe("");
  });

  it.each([[[]], [null], ["config"], [42]])("rejects %j, which is not a JSON object", (raw) => {
    expect(problemsOf(parseConfig(raw, ORIGIN))).toEqual([{ key: null, message: t("config.notObject") }]);
  });
  describe("tenants", () => {
    const FABRIKAM = { id: "fabrikam.onmicrosoft.com", name: "Fabrikam" };
    const NORTHWIND = { id: "0b9d4c1e-6f2a-4d3b-8c5e-7a1f2b3c4d5e", name: "Northwind" };

    it("leaves a config without tenants exactly as it was", () => {
      const result = parseConfig({ clientId: CLIENT_ID, tenantId: TENANT_ID }, ORIGIN);
      expect(result.ok && Object.keys(result.config)).not.toContain("tenants");
    });

    it("accepts a list of tenants by GUID or domain", () => {
      const raw = { clientId: CLIENT_ID, tenants: [FABRIKAM, NORTHWIND] };
      const result = parseConfig(raw, ORIGIN);
      expect(result.ok && result.config).toMatchObject({ ...raw, tenantId: "organizations" });
    });

    it("makes one listed tenant the tenant signed in to, as tenantId would", () => {
      const result = parseConfig({ clientId: CLIENT_ID, tenants: [FABRIKAM] }, ORIGIN);
      expect(result.ok && result.config.tenantId).toBe(FABRIKAM.id);
      const same = parseConfig(
        { clientId: CLIENT_ID, tenantId: "FABRIKAM.onmicrosoft.com", tenants: [FABRIKAM] },
        ORIGIN,
      );
      expect(same.ok && same.config.tenantId).toBe("FABRIKAM.onmicrosoft.com");
    });

    it("says so when one listed tenant contradicts tenantId", () => {
      expect(
        problemsOf(parseConfig({ clientId: CLIENT_ID, tenantId: TENANT_ID, tenants: [FABRIKAM] }, ORIGIN)),
      ).toEqual([{ key: "tenants", message: t("config.key.tenants.single") }]);
    });

    it.each([
      [[]],
      [[{ id: "not a tenant", name: "X" }]],
      [[{ id: TENANT_ID, name: "" }]],
      [[{ id: TENANT_ID, name: "x".repeat(121) }]],
      [[{ id: TENANT_ID }]],
      [[{ id: TENANT_ID, name: "X", extra: 1 }]],
      ["fabrikam.onmicrosoft.com"],
    ])("names tenants when it is %j", (tenants) => {
      expect(problemsOf(parseConfig({ clientId: CLIENT_ID, tenants }, ORIGIN))).toContainEqual({
        key: "tenants",
        message: t("config.key.tenants"),
      });
    });

    it("takes GDAP discovery, and keeps one listed tenant listed beside the partner's own", () => {
      const result = parseConfig({ clientId: CLIENT_ID, tenantDiscovery: "gdap", tenants: [FABRIKAM] }, ORIGIN);
      expect(result.ok && result.config).toMatchObject({
        tenantDiscovery: "gdap",
        tenantId: "organizations",
        tenants: [FABRIKAM],
      });
    });

    it.each([["GDAP"], ["partnerCenter"], [true]])("names tenantDiscovery when it is %j", (tenantDiscovery) => {
      expect(problemsOf(parseConfig({ clientId: CLIENT_ID, tenantDiscovery }, ORIGIN))).toEqual([
        { key: "tenantDiscovery", message: t("config.key.tenantDiscovery") },
      ]);
    });

    it("names tenantDiscovery with the demo, whose partner lists its customers itself", () => {
      expect(problemsOf(parseConfig({ demo: { tenants: 12 }, tenantDiscovery: "gdap" }, ORIGIN))).toEqual([
        { key: "tenantDiscovery", message: t("config.key.tenantDiscovery.demo") },
      ]);
    });

    it("accepts a demo partner", () => {
      const result = parseConfig({ demo: { tenants: 12 } }, ORIGIN);
      expect(result.ok && result.config.demo).toEqual({ tenants: 12 });
    });

    it("accepts a demo partner whose customers have P profiles each", () => {
      const result = parseConfig({ demo: { tenants: 100, profiles: 200 } }, ORIGIN);
      expect(result.ok && result.config.demo).toEqual({ tenants: 100, profiles: 200 });
    });

    it.each([
      [{ tenants: 1 }],
      [{ tenants: 201 }],
      [{ tenants: 3.5 }],
      [{ tenants: 12, profiles: 0 }],
      [{ tenants: 12, profiles: 1_001 }],
      [{ tenants: 12, size: 300 }],
    ])("names demo when it is %j", (demo) => {
      expect(problemsOf(parseConfig({ demo }, ORIGIN))).toContainEqual({
        key: "demo",
        message: t("config.key.demo"),
      });
    });

    it("names a tenant listed twice, whatever its case", () => {
      const twice = [FABRIKAM, { id: "Fabrikam.OnMicrosoft.com", name: "Again" }];
      expect(problemsOf(parseConfig({ clientId: CLIENT_ID, tenants: twice }, ORIGIN))).toEqual([
        { key: "tenants", message: t("config.key.tenants.duplicate") },
      ]);
    });
  });
});
