import { FAKE_KINDS, NO_TOKEN, isAospMode, validityRule, type FakeKind } from "../fake-tenant/intuneRules";
import { WIFI_PASSWORD, WIFI_SSID, issueToken, newTokenValue, type FakeProfile } from "../fake-tenant/profiles";

const DAY_MS = 86_400_000;
const ACCOUNT_ID = "8f1e3c52-6d7a-4b1e-9c0f-2a4d5e6f7a8b";

interface Seed {
  name: string;
  description: string | null;
  kind: FakeKind;
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
  {
    name: "Digital signage – HQ lobby",
    description: "Single-app signage players.",
    kind: "legacy",
    devices: 9,
    expiresInDays: null,
  },
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
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value ^= value + Math.imul(value ^ (value >>> 7), 61 | value);
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A version-4-shaped GUID from the generator: stable ids, so a reload keeps the selected profile. */
export function stableId(next: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(next() * 16).toString(16)).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The longest validity Intune gives a token of this kind, by the fake tenant's rules. */
const longestOf = (kind: FakeKind) => {
  const { collection, enrollmentMode, tokenType } = FAKE_KINDS[kind];
  return validityRule(collection, { enrollmentMode, enrollmentTokenType: tokenType });
};

function buildProfile(seed: Seed, id: string, counter: number, now: number): FakeProfile {
  const { collection, enrollmentMode, tokenType } = FAKE_KINDS[seed.kind];
  const profile: FakeProfile = {
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
    ...(collection === "androidDeviceOwnerEnrollmentProfiles"
      ? {
          enrollmentMode: enrollmentMode!,
          enrollmentTokenType: seed.staging ? "deviceStaging" : tokenType!,
          tokenCreationDateTime: NO_TOKEN,
          enrollmentTokenUsageCount: 0,
        }
      : {}),
    ...(isAospMode(enrollmentMode)
      ? { wifiSsid: WIFI_SSID, wifiPassword: WIFI_PASSWORD, wifiSecurityType: "wpa" }
      : {}),
  };
  if (seed.expiresInDays !== null) {
    const issued = now - 30 * DAY_MS;
    const expires =
      seed.expiresInDays === "never"
        ? issued + longestOf(seed.kind).maxSeconds * 1000
        : now + seed.expiresInDays * DAY_MS;
    // QR images are drawn when a profile is read: drawing thousands up front would slow the large tenant's start.
    issueToken(profile, newTokenValue(), new Date(expires), { now: new Date(issued), drawQr: false });
  }
  return profile;
}

const LARGE_NAMES = ["Store", "Warehouse", "Clinic", "Depot", "Branch", "Plant", "Campus", "Hub"];
const LARGE_USES = ["scanners", "kiosks", "tablets", "handhelds", "signage", "POS", "headsets", "phones"];
const LARGE_EXPIRY: Seed["expiresInDays"][] = [400, 120, 45, 20, 9, 5, 2, -3, -40, null, "never"];

/** The demo tenant's seed; the demo partner's customers each have their own. */
export const DEMO_SEED = 20_241_130;

/**
 * The demo tenant: a dozen realistic profiles of every kind, or `count` generated ones for trying the console at
 * scale. The same ids on every load for the same `seed`.
 */
export function seedProfiles(count: number | null = null, now: number = Date.now(), seed = DEMO_SEED): FakeProfile[] {
  const next = random(seed);
  if (count === null) return SEEDS.map((seed, index) => buildProfile(seed, stableId(next), index + 1, now));
  const kinds = Object.keys(FAKE_KINDS) as FakeKind[];
  return Array.from({ length: count }, (_, index) => {
    const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
    const kind = pick(kinds);
    const rule = longestOf(kind);
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
