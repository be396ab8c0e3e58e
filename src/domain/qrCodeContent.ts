/** The Android provisioning extras a QR code carries, as a JSON object. */
export type ProvisioningExtras = Record<string, unknown>;

const isObject = (value: unknown): value is ProvisioningExtras =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function parseObject(text: string): ProvisioningExtras | null {
  try {
    const value: unknown = JSON.parse(text);
    return isObject(value) ? value : null;
  } catch {
    return null;
  }
}

/** Base64 (standard or URL-safe, padding optional) decoded as UTF-8, or null when it is not base64. */
function decodeBase64(text: string): string | null {
  const normalized = text.replace(/\s+/g, "").replace(/-/g, "+").replace(/_/g, "/");
  if (normalized === "" || !/^[A-Za-z0-9+/]+={0,2}$/.test(normalized)) return null;
  try {
    const binary = atob(normalized.padEnd(Math.ceil(normalized.length / 4) * 4, "="));
    return new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
}

/**
 * Graph's qrCodeContent: the provisioning JSON itself (dedicated, fully managed, work profile) or that JSON
 * base64-encoded (AOSP). Null when it is neither. For AOSP it can hold the Wi-Fi password in plain text: it is
 * a secret, for the QR code and the token export only.
 */
export function decodeQrCodeContent(content: string | null | undefined): ProvisioningExtras | null {
  const text = content?.trim();
  if (!text) return null;
  if (text.startsWith("{")) return parseObject(text);
  const decoded = decodeBase64(text);
  return decoded === null ? null : parseObject(decoded);
}
