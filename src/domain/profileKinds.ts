import type {
  AndroidDeviceOwnerEnrollmentMode,
  AndroidDeviceOwnerEnrollmentTokenType,
} from "@microsoft/microsoft-graph-types-beta";
import type { MessageKey } from "../i18n";
import { DAY, HOUR, YEAR } from "./duration";

/** The two Graph (beta) collections under /deviceManagement that hold Android enrollment profiles. */
export type ProfileCollection = "androidForWorkEnrollmentProfiles" | "androidDeviceOwnerEnrollmentProfiles";

/** How long a token may be valid, or that it does not expire at all. */
export type TokenRule =
  | { expires: true; minSeconds: number; maxSeconds: number }
  | {
      expires: false;
      /** What createToken is sent: the body needs a validity even for such a token. */ sendSeconds: number;
    };

/** What the console may do with a profile's token. */
export type TokenAction = "create" | "revoke" | "export";

/**
 * What a device runs to enroll: Google's Android Device Policy app (every Android Enterprise kind, which
 * Zero-touch and Knox Mobile Enrollment can also provision) or, without Google services, AOSP, whose QR code
 * can carry the Wi-Fi network's password in plain text.
 */
export type Provisioning = "androidEnterprise" | "aosp";

export type ProfileKindId =
  | "dedicated"
  | "dedicatedSharedMode"
  | "fullyManaged"
  | "workProfile"
  | "aospUserless"
  | "aospUserAssociated"
  | "legacy"
  | "otherDeviceOwner";

/**
 * One kind of enrollment profile: everything the feature needs to list, read, label and create tokens for it.
 * A new kind is one more entry in PROFILE_KINDS and its strings.
 */
export interface ProfileKind {
  id: ProfileKindId;
  collection: ProfileCollection;
  /** The device-owner enrollmentMode this kind is (and for shared mode, its enrollmentTokenType). */
  match?: { enrollmentMode: AndroidDeviceOwnerEnrollmentMode; tokenType?: AndroidDeviceOwnerEnrollmentTokenType };
  label: MessageKey;
  /** The rule of the profile's own token; a staging token follows STAGING_TOKEN instead. */
  token: TokenRule;
  /** False where the token's text cannot be used to enroll (AOSP: QR code only). */
  tokenText: boolean;
  provisioning: Provisioning;
  actions: readonly TokenAction[];
}

/*
 * Each kind's token rule names its source: memdocs = MicrosoftDocs/memdocs `memdocs/intune/...` (Microsoft Learn),
 * mggraph-samples = microsoft/mggraph-intune-samples. The fake tenant's own table of Intune's rules
 * (src/fake-tenant/intuneRules.ts) is written from the same sources, and a unit test holds these against it. The
 * minimum of 1 hour in every rule is the console's own: no minimum is documented.
 */

/** 90 days, 7,776,000 s. */
const NINETY_DAYS: TokenRule = { expires: true, minSeconds: HOUR, maxSeconds: 90 * DAY };
/**
 * 65 years (65 × 365.25 days = 2,051,244,000 s), which stays below the Int32 maximum (2,147,483,647 s) that
 * tokenValidityInSeconds allows. Inferred: the exact bound Graph enforces is not documented; the console stays at it.
 */
const SIXTY_FIVE_YEARS: TokenRule = { expires: true, minSeconds: HOUR, maxSeconds: 65 * YEAR };
/**
 * A token that does not expire (memdocs `enrollment/android-fully-managed-enroll.md`: "won't expire";
 * `android-corporate-owned-work-profile-enroll.md`: "will not expire automatically"). createToken still needs a
 * validity: it is sent the longest one Intune allows for these profiles (inferred).
 */
const NEVER_EXPIRES: TokenRule = { expires: false, sendSeconds: 65 * YEAR };
/** memdocs `enrollment/device-staging-overview.md`: a staging token (fully managed, work profile) up to 65 years. */
export const STAGING_TOKEN: TokenRule = SIXTY_FIVE_YEARS;
const ALL_ACTIONS = ["create", "revoke", "export"] as const;

export const PROFILE_KINDS: Readonly<Record<ProfileKindId, ProfileKind>> = {
  // memdocs `enrollment/android-kiosk-enroll.md`: "Intune enforces a maximum of 65 years".
  dedicated: {
    id: "dedicated",
    collection: "androidDeviceOwnerEnrollmentProfiles",
    match: { enrollmentMode: "corporateOwnedDedicatedDevice" },
    label: "kind.dedicated",
    token: SIXTY_FIVE_YEARS,
    tokenText: true,
    provisioning: "androidEnterprise",
    actions: ALL_ACTIONS,
  },
  // memdocs `enrollment/android-kiosk-enroll.md`, for both token types of a dedicated profile: 65 years.
  dedicatedSharedMode: {
    id: "dedicatedSharedMode",
    collection: "androidDeviceOwnerEnrollmentProfiles",
    match: {
      enrollmentMode: "corporateOwnedDedicatedDevice",
      tokenType: "corporateOwnedDedicatedDeviceWithAzureADSharedMode",
    },
    label: "kind.dedicatedSharedMode",
    token: SIXTY_FIVE_YEARS,
    tokenText: true,
    provisioning: "androidEnterprise",
    actions: ALL_ACTIONS,
  },
  // memdocs `enrollment/android-fully-managed-enroll.md`: the default token "won't expire".
  fullyManaged: {
    id: "fullyManaged",
    collection: "androidDeviceOwnerEnrollmentProfiles",
    match: { enrollmentMode: "corporateOwnedFullyManaged" },
    label: "kind.fullyManaged",
    token: NEVER_EXPIRES,
    tokenText: true,
    provisioning: "androidEnterprise",
    actions: ALL_ACTIONS,
  },
  // memdocs `enrollment/android-corporate-owned-work-profile-enroll.md`: "will not expire automatically".
  workProfile: {
    id: "workProfile",
    collection: "androidDeviceOwnerEnrollmentProfiles",
    match: { enrollmentMode: "corporateOwnedWorkProfile" },
    label: "kind.workProfile",
    token: NEVER_EXPIRES,
    tokenText: true,
    provisioning: "androidEnterprise",
    actions: ALL_ACTIONS,
  },
  // memdocs `intune-service/enrollment/android-aosp-corporate-owned-userless-enroll.md` (2025-05-15): at most 90 days,
  // "must be replaced at least every 90 days".
  aospUserless: {
    id: "aospUserless",
    collection: "androidDeviceOwnerEnrollmentProfiles",
    match: { enrollmentMode: "corporateOwnedAOSPUserlessDevice" },
    label: "kind.aospUserless",
    token: NINETY_DAYS,
    tokenText: false,
    provisioning: "aosp",
    actions: ALL_ACTIONS,
  },
  // memdocs `intune-service/enrollment/android-aosp-corporate-owned-user-associated-enroll.md` (2025-05-15): "up to 65
  // years in the future" (an older Teams migration guide still says 90 days).
  aospUserAssociated: {
    id: "aospUserAssociated",
    collection: "androidDeviceOwnerEnrollmentProfiles",
    match: { enrollmentMode: "corporateOwnedAOSPUserAssociatedDevice" },
    label: "kind.aospUserAssociated",
    token: SIXTY_FIVE_YEARS,
    tokenText: false,
    provisioning: "aosp",
    actions: ALL_ACTIONS,
  },
  // mggraph-samples `AndroidEnterprise/AE_EnrollmentProfile_Bulk_Create.ps1`: 7776000, "Max Token validity in seconds
  // (90 days)".
  legacy: {
    id: "legacy",
    collection: "androidForWorkEnrollmentProfiles",
    label: "kind.legacy",
    token: NINETY_DAYS,
    tokenText: true,
    provisioning: "androidEnterprise",
    actions: ALL_ACTIONS,
  },
  // A device-owner enrollmentMode this console does not know yet (Graph beta grows): listed, with the strictest
  // validity Intune applies to any kind (inferred).
  otherDeviceOwner: {
    id: "otherDeviceOwner",
    collection: "androidDeviceOwnerEnrollmentProfiles",
    label: "kind.otherDeviceOwner",
    token: NINETY_DAYS,
    tokenText: true,
    provisioning: "androidEnterprise",
    actions: ALL_ACTIONS,
  },
};

/** The kinds in the order the console lists them (the kind filter, the overview). */
export const KIND_ORDER: readonly ProfileKindId[] = [
  "dedicated",
  "dedicatedSharedMode",
  "fullyManaged",
  "workProfile",
  "aospUserless",
  "aospUserAssociated",
  "legacy",
  "otherDeviceOwner",
];

export const isProfileKindId = (value: unknown): value is ProfileKindId =>
  typeof value === "string" && Object.hasOwn(PROFILE_KINDS, value);

/** What a collection is read with: the list never asks for a token, the QR code or any Wi-Fi setting. */
export interface CollectionInfo {
  label: MessageKey;
  listFields: readonly string[];
  /** A profile read by id: with its token and QR code, never `wifiPassword`. */
  detailFields: readonly string[];
}

const COMMON_LIST = [
  "id",
  "displayName",
  "description",
  "enrolledDeviceCount",
  "tokenExpirationDateTime",
  "lastModifiedDateTime",
];
const COMMON_DETAIL = [...COMMON_LIST, "createdDateTime", "tokenValue", "qrCodeContent", "qrCodeImage"];
const DEVICE_OWNER_EXTRA = ["enrollmentMode", "enrollmentTokenType", "tokenCreationDateTime"];

export const COLLECTIONS: Readonly<Record<ProfileCollection, CollectionInfo>> = {
  androidDeviceOwnerEnrollmentProfiles: {
    label: "collection.androidDeviceOwnerEnrollmentProfiles",
    listFields: [...COMMON_LIST, ...DEVICE_OWNER_EXTRA],
    detailFields: [...COMMON_DETAIL, ...DEVICE_OWNER_EXTRA, "enrollmentTokenUsageCount"],
  },
  androidForWorkEnrollmentProfiles: {
    label: "collection.androidForWorkEnrollmentProfiles",
    listFields: COMMON_LIST,
    detailFields: COMMON_DETAIL,
  },
};

/** Both collections, read in parallel into one list. */
export const COLLECTION_ORDER: readonly ProfileCollection[] = [
  "androidDeviceOwnerEnrollmentProfiles",
  "androidForWorkEnrollmentProfiles",
];

/** The kind of a profile read from `collection`, from its enrollmentMode and enrollmentTokenType. */
export function kindOf(
  collection: ProfileCollection,
  profile: { enrollmentMode?: string | null; enrollmentTokenType?: string | null },
): ProfileKind {
  if (collection === "androidForWorkEnrollmentProfiles") return PROFILE_KINDS.legacy;
  const candidates = KIND_ORDER.map((id) => PROFILE_KINDS[id]).filter(
    (kind) => kind.collection === collection && kind.match?.enrollmentMode === profile.enrollmentMode,
  );
  return (
    candidates.find((kind) => kind.match?.tokenType === profile.enrollmentTokenType) ??
    candidates.find((kind) => kind.match?.tokenType === undefined) ??
    PROFILE_KINDS.otherDeviceOwner
  );
}

export const isStagingToken = (profile: { enrollmentTokenType?: string | null }) =>
  profile.enrollmentTokenType === "deviceStaging";

/** The rule the profile's token follows: its kind's, or the staging token's. */
export function tokenRuleOf(kind: ProfileKind, profile: { enrollmentTokenType?: string | null }): TokenRule {
  return isStagingToken(profile) ? STAGING_TOKEN : kind.token;
}
