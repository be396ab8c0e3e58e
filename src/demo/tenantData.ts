import type { AndroidDeviceOwnerEnrollmentProfile } from "@microsoft/microsoft-graph-types-beta";
import { PROFILE_KINDS, type ProfileKindId } from "../features/enrollment-profiles/model/profileKinds";

const DAY_MS = 86_400_000;
export const NO_TOKEN = "0001-01-01T00:00:00Z";
const ACCOUNT_ID = "8f1e3c52-6d7a-4b1e-9c0f-2a4d5e6f7a8b";

/**
 * A profile as the demo's Graph holds it: every field, the Wi-Fi password of AOSP profiles included. Its QR image
 * is drawn when a profile is read by id (drawing thousands up front would slow the large demo tenant's start).
 */
export type DemoProfile = AndroidDeviceOwnerEnrollmentProfile & { id: string; kind: ProfileKindId };

interface Seed {
  name: string;
  description: string | null;
  kind: ProfileKindId;
  devices: number;
  /** Days from now until the token expires: negative = expired, null = no token, "never" = does not expire. */
  expiresInDays: number | null | "never";
  staging?: boolean;
}

const SEEDS: Seed[] = [
  {
    name: "Warehouse scanners – Rotterdam",
    description: "Zebra TC52 handhelds on the inbound docks. Kiosk: Scan & Ship.",
    kind: "dedicated",
    devices: 148,
    expiresInDays: 410,
  },
  {
    name: "Retail POS tablets – EMEA",
    description: "Samsung Galaxy Tab Active for store checkouts, locked to the POS app.",
    kind: "dedicated",
    devices: 312,
    expiresInDays: 6,
  },
  {
    name: "Hospital carts – St. Mary's",
    description: "Medication cart tablets, shared across shifts with Entra shared device mode.",
    kind: "dedicatedSharedMode",
    devices: 54,
    expiresInDays: 88,
  },
  {
    name: "Field service – US West",
    description: "Technician phones with the work-order app and Maps.",
    kind: "fullyManaged",
    devices: 87,
    expiresInDays: "never",
  },
  {
    name: "Executive phones – staging",
    description: "Pre-provisioned by IT before they are handed out.",
    kind: "fullyManaged",
    devices: 12,
    expiresInDays: 29,
    staging: true,
  },
  {
    name: "Sales team – work profile",
    description: "Corporate-owned phones with a work profile for personal use.",
    kind: "workProfile",
    devices: 203,
    expiresInDays: "never",
  },
  {
    name: "Meeting room headsets – AOSP",
    description: "Teams-certified AR/VR headsets without Google services.",
    kind: "aospUserless",
    devices: 19,
    expiresInDays: 1,
  },
  {
    name: "Lab research devices – AOSP",
    description: "Userless AOSP devices in the research lab.",
    kind: "aospUserless",
    devices: 7,
    expiresInDays: -12,
  },
  {
    name: "Clinician handhelds – AOSP",
    description: "User-associated AOSP devices for ward staff.",
    kind: "aospUserAssociated",
    devices: 41,
    expiresInDays: 60,
  },
  { name: "Digital signage – HQ lobby", description: "Single-app signage players.", kind: "legacy", devices: 9, expiresInDays: null },
  {
    name: "Conference room panels",
    description: "Room booking panels outside every meeting room.",
    kind: "legacy",
    devices: 61,
    expiresInDays: -90,
  },
  { name: "Kiosk – Visitor check-in", description: null, kind: "legacy", devices: 4, expiresInDays: 14 },
];

/** A small deterministic generator (mulberry32): the same tenant, with the same ids, on every load. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value ^= value + Math.imul(value ^ (value >>> 7), 61 | value);
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A version-4-shaped GUID from the generator: stable ids, so a reload keeps the selected profile. */
function stableId(next: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(next() * 16).toString(16)).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A token like Intune's: uppercase letters, no look-alike characters. */
export function newTokenValue(): string {
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ";
  const bytes = crypto.getRandomValues(new Uint8Array(20));
  return Array.from(bytes, (byte) => alphabet[byte % alphabet.length]).join("");
}

const DEMO_WIFI = { ssid: "Contoso-Devices", password: "demo-wifi-secret-7H2k" };

/**
 * qrCodeContent as Intune writes it: the Android provisioning extras as JSON, base64-encoded for AOSP (whose
 * extras can carry the Wi-Fi password).
 */
export function provisioningContent(kind: ProfileKindId, token: string): string {
  const aosp = kind === "aospUserless" || kind === "aospUserAssociated";
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
          "android.app.extra.PROVISIONING_WIFI_SSID": DEMO_WIFI.ssid,
          "android.app.extra.PROVISIONING_WIFI_PASSWORD": DEMO_WIFI.password,
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

/** Gives `profile` a new token valid until `expiresAt` (null: a token that does not expire). */
export function issueToken(profile: DemoProfile, expiresAt: Date | null, now: Date = new Date()) {
  const token = newTokenValue();
  profile.tokenValue = token;
  profile.qrCodeContent = provisioningContent(profile.kind, token);
  profile.tokenCreationDateTime = now.toISOString();
  profile.tokenExpirationDateTime = expiresAt ? expiresAt.toISOString() : new Date(now.getTime() + 65 * 365.25 * DAY_MS).toISOString();
  profile.lastModifiedDateTime = now.toISOString();
}

function buildProfile(seed: Seed, id: string, counter: number, now: number): DemoProfile {
  const kind = PROFILE_KINDS[seed.kind];
  const device = kind.collection === "androidDeviceOwnerEnrollmentProfiles";
  const aosp = seed.kind === "aospUserless" || seed.kind === "aospUserAssociated";
  const profile: DemoProfile = {
    id,
    kind: seed.kind,
    accountId: ACCOUNT_ID,
    displayName: seed.name,
    description: seed.description,
    createdDateTime: new Date(now - (400 - (counter % 300)) * DAY_MS).toISOString(),
    lastModifiedDateTime: new Date(now - (counter % 60) * 3 * DAY_MS).toISOString(),
    enrolledDeviceCount: seed.devices,
    tokenValue: null,
    tokenExpirationDateTime: NO_TOKEN,
    qrCodeContent: null,
    qrCodeImage: null,
    ...(device
      ? {
          enrollmentMode: kind.match?.enrollmentMode ?? "corporateOwnedDedicatedDevice",
          enrollmentTokenType: seed.staging ? "deviceStaging" : (kind.match?.tokenType ?? "default"),
          tokenCreationDateTime: NO_TOKEN,
          enrollmentTokenUsageCount: 0,
        }
      : {}),
    ...(aosp ? { wifiSsid: DEMO_WIFI.ssid, wifiPassword: DEMO_WIFI.password, wifiSecurityType: "wpa" as const } : {}),
  };
  if (seed.expiresInDays !== null) {
    const expires = seed.expiresInDays === "never" ? null : new Date(now + seed.expiresInDays * DAY_MS);
    issueToken(profile, expires, new Date(now - 30 * DAY_MS));
  }
  return profile;
}

const LARGE_NAMES = ["Store", "Warehouse", "Clinic", "Depot", "Branch", "Plant", "Campus", "Hub"];
const LARGE_USES = ["scanners", "kiosks", "tablets", "handhelds", "signage", "POS", "headsets", "phones"];
const LARGE_EXPIRY: Seed["expiresInDays"][] = [400, 120, 45, 20, 9, 5, 2, -3, -40, null, "never"];

/**
 * The demo tenant: a dozen realistic profiles of every kind, or `count` generated ones for trying the console at
 * scale. The same ids on every load.
 */
export function seedProfiles(count: number | null = null, now: number = Date.now()): DemoProfile[] {
  const next = random(20_241_130);
  if (count === null) return SEEDS.map((seed, index) => buildProfile(seed, stableId(next), index + 1, now));
  const kinds = Object.keys(PROFILE_KINDS).filter((kind) => kind !== "otherDeviceOwner") as ProfileKindId[];
  return Array.from({ length: count }, (_, index) => {
    const pick = <T,>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
    const kind = pick(kinds);
    const rule = PROFILE_KINDS[kind].token;
    let expiresInDays = pick(LARGE_EXPIRY);
    if (rule.expires && expiresInDays === "never") expiresInDays = 30;
    if (!rule.expires && typeof expiresInDays === "number") expiresInDays = "never";
    if (rule.expires && typeof expiresInDays === "number") {
      expiresInDays = Math.min(expiresInDays, rule.maxSeconds / 86_400);
    }
    const seed: Seed = {
      name: `${pick(LARGE_NAMES)} ${String(index + 1).padStart(4, "0")} ${pick(LARGE_USES)}`,
      description: index % 3 === 0 ? null : `Generated profile ${index + 1} of ${count}.`,
      kind,
      devices: Math.floor(next() * 400),
      expiresInDays,
    };
    return buildProfile(seed, stableId(next), index + 1, now);
  });
}
