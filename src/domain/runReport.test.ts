import { runReportCsv, runReportJson, runReportLines, type ReportedWrite, type RunReportInput } from "./runReport";

const STARTED = new Date("2026-12-01T09:00:00Z");
const write = (overrides: Partial<ReportedWrite>): ReportedWrite => ({
  kind: "dedicated",
  id: "p1",
  name: "Kiosks",
  tokenType: "default",
  action: "createToken",
  before: { tokenExpirationDateTime: "2026-12-03T09:00:00Z" },
  seconds: 86_400,
  status: "done",
  receipt: { requestId: "req-1", at: "2026-12-01T09:00:10.000Z" },
  failure: null,
  ...overrides,
});

const input = (writes: ReportedWrite[]): RunReportInput => ({
  startedAt: STARTED,
  by: "adele.vance@contoso.example",
  tenant: { id: "72f988bf-86f1-41af-91ab-2d7cd011db47", name: "Contoso" },
  writes,
});

describe("the report of a run", () => {
  it("says each profile's kind, old and new expiry, result and request-id", () => {
    const lines = runReportLines(
      input([
        write({}),
        write({
          id: "p2",
          name: null,
          kind: "fullyManaged",
          before: { tokenExpirationDateTime: "0001-01-01T00:00:00Z", tokenCreationDateTime: "0001-01-01T00:00:00Z" },
          status: "failed",
          receipt: null,
          failure: { requestId: "req-fail", message: "Intune said no." },
        }),
        write({ id: "p3", kind: "fullyManaged", before: { tokenCreationDateTime: "2026-11-01T00:00:00Z" } }),
        write({ id: "p4", status: "skipped", receipt: undefined }),
      ]),
    );
    expect(lines[0]).toEqual({
      profile: "Kiosks",
      profileId: "p1",
      kind: "Dedicated",
      action: "Token created",
      oldExpiry: "2026-12-03T09:00:00.000Z",
      newExpiry: "2026-12-02T09:00:10.000Z",
      result: "Done",
      requestId: "req-1",
      message: "",
    });
    expect(lines[1]).toMatchObject({
      profile: "(unnamed profile)",
      oldExpiry: "No token",
      newExpiry: "",
      result: "Failed",
    });
    expect(lines[1]).toMatchObject({ requestId: "req-fail", message: "Intune said no." });
    expect(lines[2]).toMatchObject({ oldExpiry: "Does not expire", newExpiry: "Does not expire" });
    expect(lines[3]).toMatchObject({ newExpiry: "", result: "Renewed meanwhile: not sent", requestId: "" });
  });

  it("a revoke reported on request: no token after it; the expiry read again wins over the one worked out", () => {
    const [revoked, created] = runReportLines(
      input([
        write({ action: "revokeToken", seconds: null }),
        write({ after: { tokenExpirationDateTime: "2026-12-02T12:59:59Z" } }),
      ]),
    );
    expect(revoked).toMatchObject({ action: "Token revoked", newExpiry: "No token" });
    expect(created!.newExpiry).toBe("2026-12-02T12:59:59.000Z");
  });

  it("as CSV: the run on every line, each text cell quoted and escaped against formulas", () => {
    const csv = runReportCsv(input([write({ name: '=cmd|" /C calc"!A0' }), write({ name: "＠SUM(1)", id: "p2" })]));
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const lines = csv.slice(1).split("\r\n");
    expect(lines[0]).toContain('"Started (UTC, ISO 8601)","Started (local time)","By","Tenant","Tenant ID","Profile"');
    expect(lines[1]).toContain(`"2026-12-01T09:00:00.000Z",`);
    expect(lines[1]).toContain(
      `"adele.vance@contoso.example","Contoso","72f988bf-86f1-41af-91ab-2d7cd011db47","'=cmd|"" /C calc""!A0","p1","Dedicated","Token created"`,
    );
    expect(lines[2]).toContain(`"'＠SUM(1)"`);
    expect(lines.at(-1)).toBe("");
  });

  it("as JSON: the run and its lines, nothing else", () => {
    const json = JSON.parse(runReportJson(input([write({ name: '"quoted"</script>' })])));
    expect(Object.keys(json)).toEqual(["startedAt", "by", "tenant", "profiles"]);
    expect(json.startedAt).toBe("2026-12-01T09:00:00.000Z");
    expect(json.tenant).toEqual({ id: "72f988bf-86f1-41af-91ab-2d7cd011db47", name: "Contoso" });
    expect(json.profiles[0].profile).toBe('"quoted"</script>');
    expect(json.profiles[0].requestId).toBe("req-1");
  });
});
