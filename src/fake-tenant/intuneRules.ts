/*
 * What Intune enforces, as the fake tenant knows it: this table is the fake's own, written from Microsoft's
 * documentation and samples, and independent of the console's descriptors (src/features/enrollment-profiles/
 * model/profileKinds.ts), which a unit test holds against it. Each rule names its source, or says it is inferred.
 * Short names: memdocs = MicrosoftDocs/memdocs `memdocs/intune/...` (Microsoft Learn), graph-docs =
 * microsoftgraph/microsoft-graph-docs-contrib (`api-reference/beta/...`), mggraph-samples =
 * microsoft/mggraph-intune-samples.
 */

export const DEVICE_OWNER = "androidDeviceOwnerEnrollmentProfiles";
export const LEGACY = "androidForWorkEnrollmentProfiles";
export type FakeCollection = typeof DEVICE_OWNER | typeof LEGACY;
// graph-docs `resources/intune-androidforwork-*enrollmentprofile.md`: the two collections under /deviceManagement.
export const COLLECTIONS: readonly FakeCollection[] = [DEVICE_OWNER, LEGACY];

const HOUR = 3_600;
const DAY = 86_400;
const YEAR = 365.25 * DAY;

// graph-docs `api/intune-androidforwork-*-createtoken.md`: tokenValidityInSeconds is an Edm.Int32.
export const INT32_MAX = 2_147_483_647;
// Inferred: tokenExpirationDateTime is not nullable (OpenAPI), and a profile without a token carries year 0001.
export const NO_TOKEN = "0001-01-01T00:00:00Z";

/** The kinds of profile the fake seeds: a collection and, in the device-owner collection, the mode and token type. */
export const FAKE_KINDS = {
  dedicated: { collection: DEVICE_OWNER, enrollmentMode: "corporateOwnedDedicatedDevice", tokenType: "default" },
  dedicatedSharedMode: {
    collection: DEVICE_OWNER,
    enrollmentMode: "corporateOwnedDedicatedDevice",
    tokenType: "corporateOwnedDedicatedDeviceWithAzureADSharedMode",
  },
  fullyManaged: { collection: DEVICE_OWNER, enrollmentMode: "corporateOwnedFullyManaged", tokenType: "default" },
  workProfile: { collection: DEVICE_OWNER, enrollmentMode: "corporateOwnedWorkProfile", tokenType: "default" },
  aospUserless: { collection: DEVICE_OWNER, enrollmentMode: "corporateOwnedAOSPUserlessDevice", tokenType: "default" },
  aospUserAssociated: {
    collection: DEVICE_OWNER,
    enrollmentMode: "corporateOwnedAOSPUserAssociatedDevice",
    tokenType: "default",
  },
  legacy: { collection: LEGACY, enrollmentMode: null, tokenType: null },
} as const satisfies Record<
  string,
  { collection: FakeCollection; enrollmentMode: string | null; tokenType: string | null }
>;
export type FakeKind = keyof typeof FAKE_KINDS;

/** What createToken accepts for a profile, and whether the token it makes expires. */
export interface ValidityRule {
  expires: boolean;
  minSeconds: number;
  maxSeconds: number;
}

// Inferred: no minimum is documented; the fake refuses less than an hour.
export const MIN_VALIDITY_SECONDS = HOUR;
const upTo = (maxSeconds: number, expires = true): ValidityRule => ({ expires, minSeconds: HOUR, maxSeconds });

/** Per enrollmentMode of the device-owner collection. */
export const DEVICE_OWNER_VALIDITY: Readonly<Record<string, ValidityRule>> = {
  // memdocs `enrollment/android-kiosk-enroll.md`: "Intune enforces a maximum of 65 years" (both token types).
  corporateOwnedDedicatedDevice: upTo(65 * YEAR),
  // memdocs `enrollment/android-fully-managed-enroll.md`: the token "won't expire"; inferred: the body still needs a
  // validity, and up to 65 years is accepted.
  corporateOwnedFullyManaged: upTo(65 * YEAR, false),
  // memdocs `enrollment/android-corporate-owned-work-profile-enroll.md`: "will not expire automatically"; inferred as
  // for fully managed.
  corporateOwnedWorkProfile: upTo(65 * YEAR, false),
  // memdocs `intune-service/enrollment/android-aosp-corporate-owned-userless-enroll.md` (2025-05-15): at most 90 days.
  corporateOwnedAOSPUserlessDevice: upTo(90 * DAY),
  // memdocs `.../android-aosp-corporate-owned-user-associated-enroll.md` (2025-05-15): "up to 65 years in the future".
  corporateOwnedAOSPUserAssociatedDevice: upTo(65 * YEAR),
};
// memdocs `enrollment/device-staging-overview.md`: a staging token (fully managed, work profile) up to 65 years.
export const STAGING_VALIDITY = upTo(65 * YEAR);
// mggraph-samples `AndroidEnterprise/AE_EnrollmentProfile_Bulk_Create.ps1`: 7776000, "Max Token validity in seconds
// (90 days)", for the androidForWork profiles.
export const LEGACY_VALIDITY = upTo(90 * DAY);
// Inferred: an enrollmentMode this table does not know gets the strictest limit Intune applies to any kind.
export const UNKNOWN_MODE_VALIDITY = upTo(90 * DAY);

/** The rule createToken applies to a profile of `collection` with these mode and token type. */
export function validityRule(
  collection: FakeCollection,
  profile: { enrollmentMode?: string | null; enrollmentTokenType?: string | null },
): ValidityRule {
  if (collection === LEGACY) return LEGACY_VALIDITY;
  if (profile.enrollmentTokenType === "deviceStaging") return STAGING_VALIDITY;
  const mode = profile.enrollmentMode ?? "";
  return Object.hasOwn(DEVICE_OWNER_VALIDITY, mode) ? DEVICE_OWNER_VALIDITY[mode]! : UNKNOWN_MODE_VALIDITY;
}

// graph-docs `resources/intune-androidforwork-androiddeviceownerenrollmentprofile.md`: the two AOSP modes.
export const AOSP_MODES: readonly string[] = [
  "corporateOwnedAOSPUserlessDevice",
  "corporateOwnedAOSPUserAssociatedDevice",
];
export const isAospMode = (mode: string | null | undefined) => AOSP_MODES.includes(mode ?? "");

/**
 * mggraph-samples `AOSPEnrollmentProfileManagement/AOSP_Token_Renew_Export.ps1` calls createToken with
 * `'AOSP-' + $id` and reads the profile by the bare id. Inferred: what a tenant does with the other form is not
 * documented; the fake accepts both by default, and a tenant can be set to accept only one. A 404 writes nothing.
 */
export const AOSP_ID_PREFIX = "AOSP-";
export type AospWriteIds = "either" | "prefixedOnly" | "bareOnly";
export const DEFAULT_AOSP_WRITE_IDS: AospWriteIds = "either";

/**
 * CIPP (a code comment): the list leaves the token fields of AOSP profiles empty, so details come from a read by id.
 * Inferred: the expiry is still listed (the report names the token, not its expiry).
 */
export const AOSP_LIST_EMPTY_FIELDS: readonly string[] = ["tokenValue", "qrCodeContent", "qrCodeImage"];

/**
 * graph-docs `includes/throttling-intune-android-for-work.md`: POST, PUT, DELETE and PATCH, 100 per 20 s per app and
 * tenant, 200 per 20 s per tenant for all apps. Admins report the 429 without Retry-After (profile-kinds.md).
 */
export interface WriteLimit {
  perApp: number;
  perTenant: number;
  windowMs: number;
}
export const INTUNE_WRITE_LIMIT: WriteLimit = { perApp: 100, perTenant: 200, windowMs: 20_000 };

/** Whether one more write of an app fits the write limit: its own and the tenant's writes in the sliding window. */
export function underWriteLimit(
  limit: WriteLimit,
  own: readonly number[],
  allApps: Iterable<readonly number[]>,
  now: number,
): boolean {
  const since = now - limit.windowMs;
  const inWindow = (times: readonly number[]) => times.filter((at) => at > since).length;
  let tenantWrites = 0;
  for (const times of allApps) tenantWrites += inWindow(times);
  return inWindow(own) < limit.perApp && tenantWrites < limit.perTenant;
}
