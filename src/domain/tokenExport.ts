import type { Provisioning } from "./profileKinds";
import { decodeQrCodeContent, type ProvisioningExtras } from "./qrCodeContent";

/**
 * The files and snippets a token can be exported as:
 * - adminCenter: the Intune admin center's "Export token" JSON,
 * - zeroTouch: the "DPC extras" of a Zero-touch configuration (the Android provisioning extras),
 * - knox: the "Custom JSON" of a Knox Mobile Enrollment profile (the admin extras bundle: the token).
 */
export type ExportFormat = "adminCenter" | "zeroTouch" | "knox";

/** Zero-touch and Knox Mobile Enrollment provision Google's Android Device Policy: not AOSP devices. */
const FORMATS: Readonly<Record<Provisioning, readonly ExportFormat[]>> = {
  androidEnterprise: ["adminCenter", "zeroTouch", "knox"],
  aosp: ["adminCenter"],
};

/** What an export is built from: Graph's own fields, never anything the console adds to a profile. */
export interface ExportSource {
  qrCodeContent?: string | null;
  tokenExpirationDateTime?: string | null;
}

const EXTRAS_BUNDLE = "android.app.extra.PROVISIONING_ADMIN_EXTRAS_BUNDLE";
const WIFI_PASSWORD = /^android\.app\.extra\.PROVISIONING_WIFI_PASSWORD$/;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const json = (value: unknown) => JSON.stringify(value, null, 2);

function build(format: ExportFormat, extras: ProvisioningExtras, source: ExportSource): string | null {
  switch (format) {
    case "adminCenter":
      // The admin center's shape; expirationDate is Graph's value as it is, also for a token that does not expire.
      return json({ qrCodeContent: extras, expirationDate: source.tokenExpirationDateTime ?? null });
    case "zeroTouch":
      return json(extras);
    case "knox": {
      const bundle = extras[EXTRAS_BUNDLE];
      return isObject(bundle) ? json(bundle) : null;
    }
  }
}

/**
 * The contents of an export, or null when the profile's qrCodeContent is missing or unreadable (or, for Knox,
 * carries no admin extras bundle). Exactly what Graph's qrCodeContent holds, decoded from base64 where Intune
 * encoded it, and nothing more.
 */
export function buildExport(format: ExportFormat, source: ExportSource): string | null {
  const extras = decodeQrCodeContent(source.qrCodeContent);
  return extras && build(format, extras, source);
}

/** The exports a profile offers: those its kind can use and its qrCodeContent can fill. */
export function availableExports(provisioning: Provisioning, source: ExportSource): ExportFormat[] {
  return FORMATS[provisioning].filter((format) => buildExport(format, source) !== null);
}

/** AOSP QR codes can carry the Wi-Fi password in plain text; so can any qrCodeContent that has the key. */
export function mayHoldWifiPassword(provisioning: Provisioning, source: ExportSource): boolean {
  if (provisioning === "aosp") return true;
  const extras = decodeQrCodeContent(source.qrCodeContent);
  return extras !== null && Object.keys(extras).some((key) => WIFI_PASSWORD.test(key));
}
