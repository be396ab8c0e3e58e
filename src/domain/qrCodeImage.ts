import type { MimeContent } from "@microsoft/microsoft-graph-types-beta";

const IMAGE_TYPES = new Set(["image/png", "image/jpeg", "image/gif"]);
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const MAX_LENGTH = 2_000_000;

/**
 * The QR code Intune renders for the token (qrCodeImage, a base64 mimeContent) as a data: URL, or null when
 * Graph sent none or anything but a plain raster image: nothing from Graph gets to be markup (no SVG).
 */
export function qrCodeImage(image: MimeContent | null | undefined): { src: string; extension: string } | null {
  const type = image?.type?.toLowerCase();
  const value = image?.value;
  if (!type || !value || !IMAGE_TYPES.has(type) || value.length > MAX_LENGTH || !BASE64.test(value)) return null;
  return { src: `data:${type};base64,${value}`, extension: type.slice("image/".length) };
}
