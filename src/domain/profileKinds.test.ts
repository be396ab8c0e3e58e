import en from "../i18n/en.json";
import {
  LEGACY_VALIDITY,
  MIN_VALIDITY_SECONDS,
  STAGING_VALIDITY,
  UNKNOWN_MODE_VALIDITY,
  isAospMode,
  validityRule,
  type ValidityRule,
} from "../fake-tenant/intuneRules";
import {
  COLLECTIONS,
  COLLECTION_ORDER,
  KIND_ORDER,
  PROFILE_KINDS,
  STAGING_TOKEN,
  isProfileKindId,
  kindOf,
  tokenRuleOf,
  type ProfileKindId,
  type TokenRule,
} from "./profileKinds";

const DEVICE_OWNER = "androidDeviceOwnerEnrollmentProfiles";
const LEGACY = "androidForWorkEnrollmentProfiles";

describe("profile kinds", () => {
  it("classify device-owner profiles by enrollmentMode and token type", () => {
    const cases: [string, string | undefined, ProfileKindId][] = [
      ["corporateOwnedDedicatedDevice", "default", "dedicated"],
      ["corporateOwnedDedicatedDevice", "corporateOwnedDedicatedDeviceWithAzureADSharedMode", "dedicatedSharedMode"],
      ["corporateOwnedFullyManaged", "default", "fullyManaged"],
      ["corporateOwnedFullyManaged", "deviceStaging", "fullyManaged"],
      ["corporateOwnedWorkProfile", "deviceStaging", "workProfile"],
      ["corporateOwnedAOSPUserlessDevice", "default", "aospUserless"],
      ["corporateOwnedAOSPUserAssociatedDevice", undefined, "aospUserAssociated"],
      ["somethingGraphAddsLater", "default", "otherDeviceOwner"],
    ];
    for (const [enrollmentMode, enrollmentTokenType, kind] of cases) {
      expect(kindOf(DEVICE_OWNER, { enrollmentMode, enrollmentTokenType }).id).toBe(kind);
    }
  });

  it("make every legacy profile the legacy kind", () => {
    expect(kindOf(LEGACY, {}).id).toBe("legacy");
    expect(kindOf(LEGACY, { enrollmentMode: "corporateOwnedAOSPUserlessDevice" }).id).toBe("legacy");
  });

  it("give each kind the validity Intune allows", () => {
    const max = (kind: ProfileKindId) => {
      const rule = PROFILE_KINDS[kind].token;
      return rule.expires ? rule.maxSeconds : "never";
    };
    expect(max("aospUserless")).toBe(7_776_000);
    expect(max("aospUserAssociated")).toBe(2_051_244_000);
    expect(max("legacy")).toBe(7_776_000);
    expect(max("dedicated")).toBe(2_051_244_000);
    expect(max("dedicatedSharedMode")).toBe(2_051_244_000);
    expect(max("fullyManaged")).toBe("never");
    expect(max("workProfile")).toBe("never");
    for (const kind of KIND_ORDER) {
      const rule = PROFILE_KINDS[kind].token;
      if (rule.expires) expect(rule.minSeconds).toBe(3600);
    }
  });

  it("let a staging token expire like a dedicated one, whatever the kind", () => {
    expect(tokenRuleOf(PROFILE_KINDS.fullyManaged, { enrollmentTokenType: "deviceStaging" })).toBe(STAGING_TOKEN);
    expect(tokenRuleOf(PROFILE_KINDS.workProfile, { enrollmentTokenType: "default" })).toEqual({
      expires: false,
      sendSeconds: 2_051_244_000,
    });
    expect(STAGING_TOKEN).toEqual({ expires: true, minSeconds: 3600, maxSeconds: 2_051_244_000 });
  });

  it("are complete: every kind listed once, with a label, a collection and a text-token flag", () => {
    expect([...KIND_ORDER].sort()).toEqual(Object.keys(PROFILE_KINDS).sort());
    for (const kind of KIND_ORDER) {
      const descriptor = PROFILE_KINDS[kind];
      expect(descriptor.id).toBe(kind);
      expect(en).toHaveProperty([descriptor.label]);
      expect(COLLECTION_ORDER).toContain(descriptor.collection);
      expect(descriptor.actions).toContain("create");
    }
    expect(PROFILE_KINDS.aospUserless.tokenText).toBe(false);
    expect(PROFILE_KINDS.dedicated.tokenText).toBe(true);
    expect(isProfileKindId("dedicated")).toBe(true);
    expect(isProfileKindId("toString")).toBe(false);
  });

  it("never read a token or a Wi-Fi password in a list, and never a Wi-Fi password at all", () => {
    for (const collection of COLLECTION_ORDER) {
      const { listFields, detailFields } = COLLECTIONS[collection];
      for (const secret of ["tokenValue", "qrCodeContent", "qrCodeImage", "wifiPassword"]) {
        expect(listFields).not.toContain(secret);
      }
      expect(detailFields).not.toContain("wifiPassword");
      expect(detailFields).toEqual(expect.arrayContaining(["tokenValue", "qrCodeContent", "qrCodeImage"]));
      expect(en).toHaveProperty([COLLECTIONS[collection].label]);
    }
    expect(COLLECTIONS[DEVICE_OWNER].listFields).toEqual(
      expect.arrayContaining(["enrollmentMode", "enrollmentTokenType"]),
    );
    expect(COLLECTIONS[LEGACY].listFields).not.toContain("enrollmentMode");
  });
});

/** A descriptor's rule must be what Intune enforces, by the fake tenant's own table of documented rules. */
function expectRuleWithin(rule: TokenRule, intune: ValidityRule, name: string) {
  expect(rule.expires, `${name}: whether its token expires`).toBe(intune.expires);
  if (rule.expires) {
    expect(rule.maxSeconds, `${name}: the longest validity`).toBe(intune.maxSeconds);
    expect(rule.minSeconds, `${name}: the shortest validity`).toBeGreaterThanOrEqual(MIN_VALIDITY_SECONDS);
  } else {
    expect(rule.sendSeconds, `${name}: what createToken is sent`).toBeLessThanOrEqual(intune.maxSeconds);
    expect(rule.sendSeconds).toBeGreaterThanOrEqual(intune.minSeconds);
  }
}

describe("each descriptor against Intune's rules (the fake tenant's table, each rule with its source)", () => {
  it.each(KIND_ORDER.filter((kind) => kind !== "otherDeviceOwner"))("%s", (kind) => {
    const { collection, match } = PROFILE_KINDS[kind];
    const intune = validityRule(collection, {
      enrollmentMode: match?.enrollmentMode,
      enrollmentTokenType: match?.tokenType,
    });
    expectRuleWithin(PROFILE_KINDS[kind].token, intune, kind);
    expect(PROFILE_KINDS[kind].provisioning === "aosp", `${kind}: AOSP`).toBe(isAospMode(match?.enrollmentMode));
  });

  it("the legacy collection, a staging token and an enrollment mode the console does not know", () => {
    expect(validityRule(LEGACY, {})).toBe(LEGACY_VALIDITY);
    expectRuleWithin(PROFILE_KINDS.legacy.token, LEGACY_VALIDITY, "legacy");
    expectRuleWithin(STAGING_TOKEN, STAGING_VALIDITY, "staging token");
    expectRuleWithin(PROFILE_KINDS.otherDeviceOwner.token, UNKNOWN_MODE_VALIDITY, "otherDeviceOwner");
  });
});
