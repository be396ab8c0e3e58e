import { demoQrCode } from "./demoQrCode";
import type { EnrollmentProfile } from "../features/enrollment-profiles/model/profile";

const DAY_MS = 86_400_000;
export const NO_TOKEN = "0001-01-01T00:00:00Z";

interface Seed {
  name: string;
  description: string | null;
  devices: number;
  /** Days from now until the token expires: negative = expired, null = never had a token. */
  expiresInDays: number | null;
}

const SEEDS: Seed[] = [
  {
    name: "Warehouse scanners – Rotterdam",
    description: "Zebra TC52 handhelds on the inbound docks. Kiosk: Scan & Ship.",
    devices: 148,
    expiresInDays: 41,
  },
  {
    name: "Retail POS tablets – EMEA",
    description: "Samsung Galaxy Tab Active for store checkouts, locked to the POS app.",
    devices: 312,
    expiresInDays: 6,
  },
  {
    name: "Field service – US West",
    description: "Technician phones with the work-order app and Maps.",
    devices: 87,
    expiresInDays: -12,
  },
  {
    name: "Hospital carts – St. Mary's",
    description: "Medication cart tablets, shared across shifts.",
    devices: 54,
    expiresInDays: 88,
  },
  { name: "Digital signage – HQ lobby", description: "Single-app signage players.", devices: 9, expiresInDays: null },
  {
    name: "Delivery drivers – Nordics",
    description: "Proof-of-delivery app; camera and GPS only.",
    devices: 203,
    expiresInDays: 1,
  },
  {
    name: "Conference room panels",
    description: "Room booking panels outside every meeting room.",
    devices: 61,
    expiresInDays: -90,
  },
  { name: "Kiosk – Visitor check-in", description: null, devices: 4, expiresInDays: 14 },
  {
    name: "Manufacturing line terminals – Plant 3",
    description: "Ruggedised terminals on lines A–F.",
    devices: 36,
    expiresInDays: null,
  },
  {
    name: "Loaner pool – IT service desk",
    description: "Temporary devices handed out by the service desk.",
    devices: 22,
    expiresInDays: 29,
  },
  {
    name: "Airport ground crew – AMS",
    description: "Turnaround coordination app for ramp agents.",
    devices: 119,
    expiresInDays: -2,
  },
  {
    name: "Pilot – Android 16 dedicated devices",
    description: "Evaluation ring for the next OS release.",
    devices: 3,
    expiresInDays: 60,
  },
];

/** A token like Intune's dedicated-device tokens: uppercase letters, no look-alike characters. */
export function newTokenValue(): string {
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ";
  const bytes = crypto.getRandomValues(new Uint8Array(20));
  return Array.from(bytes, (byte) => alphabet[byte % alphabet.length]).join("");
}

export function seedProfiles(now: number = Date.now()): EnrollmentProfile[] {
  return SEEDS.map((seed, index) => {
    const counter = index + 1;
    const id = crypto.randomUUID();
    const created = new Date(now - (400 - counter * 17) * DAY_MS).toISOString();
    const hasToken = seed.expiresInDays !== null;
    const token = hasToken ? newTokenValue() : null;
    return {
      id,
      accountId: "8f1e3c52-6d7a-4b1e-9c0f-2a4d5e6f7a8b",
      displayName: seed.name,
      description: seed.description,
      createdDateTime: created,
      lastModifiedDateTime: new Date(now - counter * 3 * DAY_MS).toISOString(),
      enrolledDeviceCount: seed.devices,
      tokenValue: token,
      tokenExpirationDateTime: hasToken ? new Date(now + (seed.expiresInDays ?? 0) * DAY_MS).toISOString() : NO_TOKEN,
      qrCodeContent: null,
      qrCodeImage: token ? demoQrCode(token) : null,
    };
  });
}
