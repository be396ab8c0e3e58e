import { AuthFailure } from "../../auth/AuthFailure";
import type { ListedProfile } from "../../domain/profile";
import type { ProfileKindId } from "../../domain/profileKinds";
import { GraphError } from "../../graph/GraphError";
import { countTokens, sortSummaries, summarize, tenantState, type TenantProgress } from "./tenantSummary";

const NOW = new Date("2026-05-01T12:00:00Z");
const NO_TOKEN = "0001-01-01T00:00:00Z";
const hoursFromNow = (hours: number) => new Date(NOW.getTime() + hours * 3_600_000).toISOString();

let next = 0;
const listed = (kind: ProfileKindId, tokenExpirationDateTime: string | undefined): ListedProfile =>
  ({
    id: `p${(next += 1)}`,
    kind,
    collection: kind === "legacy" ? "androidForWorkEnrollmentProfiles" : "androidDeviceOwnerEnrollmentProfiles",
    tokenExpirationDateTime,
  }) as ListedProfile;

const read = (profiles: ListedProfile[], failure: unknown = null): TenantProgress => ({
  step: "read",
  read: { profiles, failure },
});

describe("a tenant's summary", () => {
  it("counts each profile in exactly one token state, by its kind's rule; 7 days left is still 'within 7 days'", () => {
    const profiles = [
      listed("legacy", hoursFromNow(-1)),
      listed("dedicated", hoursFromNow(1)),
      listed("dedicated", hoursFromNow(7 * 24)),
      listed("dedicated", hoursFromNow(7 * 24 + 1)),
      listed("fullyManaged", hoursFromNow(24 * 365 * 60)),
      // A token that does not expire, revoked: its expiry is in the past.
      listed("fullyManaged", hoursFromNow(-24)),
      listed("legacy", NO_TOKEN),
      listed("legacy", undefined),
    ];
    expect(countTokens(profiles, NOW)).toEqual({
      expired: 2,
      expiringSoon: 2,
      valid: 1,
      doesNotExpire: 1,
      none: 1,
      unknown: 1,
      total: 8,
    });
    // Counted once per time: the same list at the same time is the same answer.
    expect(countTokens(profiles, NOW)).toBe(countTokens(profiles, new Date(NOW)));
    expect(countTokens(profiles, new Date(NOW.getTime() + 2 * 3_600_000)).expired).toBe(3);
  });

  it("states why a tenant could not be read: its own sign-in failures by kind, anything else an error", () => {
    const auth = (kind: AuthFailure["kind"]) => read([], new AuthFailure(kind, "x", { id: "t", consentUrl: null }));
    expect(tenantState({ step: "waiting" })).toBe("waiting");
    expect(tenantState({ step: "reading" })).toBe("reading");
    expect(tenantState(read([]))).toBe("ready");
    expect(tenantState(auth("consent-required"))).toBe("notConsented");
    expect(tenantState(auth("no-access"))).toBe("noAccess");
    expect(tenantState(auth("app-unknown"))).toBe("appUnknown");
    expect(tenantState(auth("step-up"))).toBe("signInNeeded");
    expect(tenantState(auth("interaction-required"))).toBe("signInNeeded");
    expect(tenantState(auth("tenant-mismatch"))).toBe("error");
    const forbidden = new GraphError({
      status: 403,
      code: "Forbidden",
      graphMessage: null,
      requestId: "r",
      clientRequestId: "c",
      date: null,
      retryAfterSeconds: null,
    });
    expect(tenantState(read([listed("legacy", NO_TOKEN)], forbidden))).toBe("error");
    // Counts are shown only for a tenant read whole.
    expect(summarize({ id: "t", name: "T" }, read([listed("legacy", NO_TOKEN)], forbidden), NOW).counts).toBeNull();
  });

  it("sorts failures first, then by expired and expiring tokens, tenants not read yet last; or by name", () => {
    const summary = (name: string, progress: TenantProgress) => summarize({ id: name, name }, progress, NOW);
    const summaries = [
      summary("Adatum", { step: "reading" }),
      summary("Bellows", read([listed("legacy", hoursFromNow(2))])),
      summary("Contoso", read([listed("legacy", hoursFromNow(-2))])),
      summary("Dunmore", read([], new AuthFailure("no-access", "x", { id: "d", consentUrl: null }))),
      summary("Elm", read([listed("legacy", hoursFromNow(2)), listed("legacy", hoursFromNow(3))])),
      summary("Fjord", read([])),
    ];
    expect(sortSummaries(summaries, "attention").map((s) => s.tenant.name)).toEqual([
      "Dunmore",
      "Contoso",
      "Elm",
      "Bellows",
      "Fjord",
      "Adatum",
    ]);
    expect(sortSummaries(summaries, "name").map((s) => s.tenant.name)).toEqual([
      "Adatum",
      "Bellows",
      "Contoso",
      "Dunmore",
      "Elm",
      "Fjord",
    ]);
  });
});
