import { AOSP_LIST_EMPTY_FIELDS, FAKE_KINDS, NO_TOKEN, isAospMode, validityRule, type FakeKind } from "./intuneRules";
import { fakeQrPng } from "./qrPng";

const DAY_MS = 86_400_000;

export interface MimeContent {
  "@odata.type"?: "microsoft.graph.mimeContent";
  type: string;
  value: string;
}

/** A profile as the fake tenant holds it: every field Graph has, Wi-Fi password included. `kind` is never sent. */
export interface FakeProfile {
  kind: FakeKind;
  id: string;
  displayName: string | null;
  description: string | null;
  enrolledDeviceCount: number;
  tokenValue: string | null;
  tokenExpirationDateTime: string;
  createdDateTime: string;
  lastModifiedDateTime: string;
  accountId: string | null;
  qrCodeContent: string | null;
  /** Absent: Intune draws it from the token when the profile is read (the demo's large tenant draws none up front). */
  qrCodeImage?: MimeContent | null;
  enrollmentMode?: string;
  enrollmentTokenType?: string;
  tokenCreationDateTime?: string;
  enrollmentTokenUsageCount?: number;
  wifiSsid?: string | null;
  wifiPassword?: string | null;
  wifiSecurityType?: string;
}

/** The Wi-Fi the fake's AOSP profiles join: its password must never reach the page, a log, a report or a file. */
export const WIFI_SSID = "Contoso-Devices";
export const WIFI_PASSWORD = "fake-wifi-secret-Q7p2";

/** A token like Intune's: 20 uppercase letters without look-alikes. */
export function newTokenValue(): string {
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ";
  return Array.from(crypto.getRandomValues(new Uint8Array(20)), (byte) => alphabet[byte % alphabet.length]).join("");
}

/** Intune's QR code for a token, as a mimeContent. */
export const qrImageFor = (token: string): MimeContent => ({
  "@odata.type": "microsoft.graph.mimeContent",
  type: "image/png",
  value: fakeQrPng(token),
});

const isAosp = (kind: FakeKind) => isAospMode(FAKE_KINDS[kind].enrollmentMode);

/**
 * qrCodeContent as Intune writes it: the Android provisioning extras as JSON (memdocs
 * `android-dedicated-devices-fully-managed-enroll.md`), base64-encoded for AOSP and carrying the Wi-Fi password in
 * plain text (mggraph-samples `AOSP_Token_Renew_Export.ps1` decodes it). The AOSP admin component and download
 * location are illustrative, not Intune's.
 */
export function qrContentFor(kind: FakeKind, token: string): string {
  const aosp = isAosp(kind);
  const extras = {
    "android.app.extra.PROVISIONING_DEVICE_ADMIN_COMPONENT_NAME": aosp
      ? "com.microsoft.windowsintune.companyportal/com.microsoft.windowsintune.companyportal.omadm.aosp.AospDeviceAdminReceiver"
      : "com.google.android.apps.work.clouddpc/.receivers.CloudDeviceAdminReceiver",
    "android.app.extra.PROVISIONING_DEVICE_ADMIN_SIGNATURE_CHECKSUM": "I5YvS0O5hXY46mb01BlRjq4oJJGs2kuUcHvVkAPEXlg",
    "android.app.extra.PROVISIONING_DEVICE_ADMIN_PACKAGE_DOWNLOAD_LOCATION": aosp
      ? "https://aka.ms/intune-aosp-demo"
      : "https://play.google.com/managed/downloadManagingApp?identifier=setup",
    ...(aosp
      ? {
          "android.app.extra.PROVISIONING_WIFI_SSID": WIFI_SSID,
          "android.app.extra.PROVISIONING_WIFI_PASSWORD": WIFI_PASSWORD,
          "android.app.extra.PROVISIONING_WIFI_SECURITY_TYPE": "WPA",
        }
      : {}),
    "android.app.extra.PROVISIONING_ADMIN_EXTRAS_BUNDLE": {
      "com.google.android.apps.work.clouddpc.EXTRA_ENROLLMENT_TOKEN": token,
    },
  };
  const json = JSON.stringify(extras);
  return aosp ? btoa(json) : json;
}

/**
 * Gives `profile` the token `token`, valid until `expiresAt`: its QR content and image, its creation date. `drawQr`
 * false leaves the image to be drawn when the profile is read.
 */
export function issueToken(
  profile: FakeProfile,
  token: string,
  expiresAt: Date,
  { now = new Date(), drawQr = true }: { now?: Date; drawQr?: boolean } = {},
) {
  profile.tokenValue = token;
  profile.qrCodeContent = qrContentFor(profile.kind, token);
  if (drawQr) profile.qrCodeImage = qrImageFor(token);
  else delete profile.qrCodeImage;
  profile.tokenExpirationDateTime = expiresAt.toISOString();
  if (profile.tokenCreationDateTime !== undefined) profile.tokenCreationDateTime = now.toISOString();
  profile.lastModifiedDateTime = now.toISOString();
}

/** Takes the token away: no token, no QR code, the year-0001 sentinel. */
export function clearToken(profile: FakeProfile, now = new Date()) {
  profile.tokenValue = null;
  profile.qrCodeContent = null;
  profile.qrCodeImage = null;
  profile.tokenExpirationDateTime = NO_TOKEN;
  if (profile.tokenCreationDateTime !== undefined) profile.tokenCreationDateTime = NO_TOKEN;
  profile.lastModifiedDateTime = now.toISOString();
}

export type ProfileInit = Partial<FakeProfile> & { displayName: string | null };

/**
 * A profile of `kind` (legacy by default), with the collection's fields, the mode and token type of its kind, and
 * for AOSP the Wi-Fi settings; what `overrides` names wins. A token given as `tokenValue` gets its QR content and
 * image.
 */
export function profile({ kind = "legacy", ...overrides }: ProfileInit): FakeProfile {
  const now = new Date().toISOString();
  const { collection, enrollmentMode, tokenType } = FAKE_KINDS[kind];
  const token = overrides.tokenValue ?? null;
  return {
    kind,
    id: crypto.randomUUID(),
    description: null,
    enrolledDeviceCount: 0,
    tokenValue: null,
    tokenExpirationDateTime: NO_TOKEN,
    createdDateTime: now,
    lastModifiedDateTime: now,
    accountId: crypto.randomUUID(),
    qrCodeContent: token ? qrContentFor(kind, token) : null,
    ...(collection === "androidDeviceOwnerEnrollmentProfiles"
      ? {
          enrollmentMode: enrollmentMode!,
          enrollmentTokenType: tokenType!,
          tokenCreationDateTime: token ? now : NO_TOKEN,
          enrollmentTokenUsageCount: 0,
        }
      : {}),
    ...(isAosp(kind) ? { wifiSsid: WIFI_SSID, wifiPassword: WIFI_PASSWORD, wifiSecurityType: "wpa" } : {}),
    ...overrides,
    qrCodeImage: overrides.qrCodeImage !== undefined ? overrides.qrCodeImage : token ? qrImageFor(token) : null,
  };
}

const inDays = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString();

/** A small tenant in mixed token states and kinds, in both collections. */
export function sampleProfiles(): FakeProfile[] {
  return [
    profile({
      kind: "dedicated",
      displayName: "Warehouse scanners",
      description: "Zebra handhelds",
      enrolledDeviceCount: 148,
      tokenValue: "OLDTOKENWAREHOUSE",
      tokenExpirationDateTime: inDays(20),
    }),
    profile({
      displayName: "Retail POS tablets",
      description: "Checkout tablets",
      enrolledDeviceCount: 312,
      tokenValue: "OLDTOKENRETAIL",
      tokenExpirationDateTime: inDays(-3),
    }),
    profile({ displayName: "Digital signage", description: null, enrolledDeviceCount: 9 }),
    profile({
      kind: "aospUserless",
      displayName: "Field service",
      description: "Technician phones",
      enrolledDeviceCount: 87,
      tokenValue: "OLDTOKENFIELD",
      tokenExpirationDateTime: inDays(60),
    }),
    profile({
      kind: "dedicatedSharedMode",
      displayName: "Hospital carts",
      description: "Medication carts",
      enrolledDeviceCount: 54,
    }),
  ];
}

/** One profile of every kind, each with a token valid for 30 days (60 years where tokens do not expire). */
export function everyKind(): FakeProfile[] {
  const expiring = (kind: FakeKind) => {
    const { collection, enrollmentMode, tokenType } = FAKE_KINDS[kind];
    return validityRule(collection, { enrollmentMode, enrollmentTokenType: tokenType }).expires;
  };
  return (Object.keys(FAKE_KINDS) as FakeKind[]).map((kind) =>
    profile({
      kind,
      displayName: `Every kind: ${kind}`,
      tokenValue: `TOKEN${kind.toUpperCase()}`,
      tokenExpirationDateTime: expiring(kind) ? inDays(30) : inDays(365 * 60),
    }),
  );
}

/** A profile as Graph sends it: without the fake's bookkeeping, with $select applied and the tenant's omissions. */
export function graphView(
  profile: FakeProfile,
  fields: string[] | null,
  listed: boolean,
  omitFields: ReadonlySet<string>,
): Record<string, unknown> {
  const { kind, ...graph } = profile;
  void kind;
  const body: Record<string, unknown> = { ...graph };
  if (fields === null || fields.includes("qrCodeImage")) {
    body.qrCodeImage =
      profile.qrCodeImage !== undefined
        ? profile.qrCodeImage
        : profile.tokenValue
          ? qrImageFor(profile.tokenValue)
          : null;
  }
  if (listed && isAospMode(profile.enrollmentMode)) for (const field of AOSP_LIST_EMPTY_FIELDS) body[field] = null;
  for (const key of Object.keys(body)) {
    if ((fields !== null && !fields.includes(key)) || omitFields.has(key)) delete body[key];
  }
  return body;
}
