import { useEffect, useState } from "react";
import type { MimeContent } from "@microsoft/microsoft-graph-types-beta";
import type { EnrollmentProfile } from "../../domain/profile";
import { decodeQrCodeContent } from "../../domain/qrCodeContent";

type QrSource = Pick<EnrollmentProfile, "qrCodeImage" | "qrCodeContent">;

const IMAGE_TYPES = new Set(["image/png", "image/jpeg", "image/gif"]);
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const MAX_LENGTH = 2_000_000;

/**
 * The QR code Intune renders for the token (qrCodeImage, a base64 mimeContent) as a data: URL, or null when
 * Graph sent none or anything but a plain raster image: nothing from Graph gets to be markup (no SVG).
 */
export function graphQrImage(image: MimeContent | null | undefined): { src: string; extension: string } | null {
  const type = image?.type?.toLowerCase();
  const value = image?.value;
  if (!type || !value || !IMAGE_TYPES.has(type) || value.length > MAX_LENGTH || !BASE64.test(value)) return null;
  return { src: `data:${type};base64,${value}`, extension: type.slice("image/".length) };
}

export interface QrCode {
  /** A data: URL. It carries the token: it is made when the admin asks and only lives in the element showing it. */
  src: string;
  extension: string;
  /** Made by the console from qrCodeContent, because Graph sent no image it could read. */
  generated: boolean;
}

/** A QR code, or none; and whether Graph sent an image that does not decode (said, never passed over in silence). */
export interface QrCodeLoad {
  image: QrCode | null;
  graphImageUnreadable: boolean;
}

/**
 * Whether the browser can decode an image. Where it cannot tell (no HTMLImageElement.decode, as in jsdom), the
 * image is taken as it is, as before this check.
 */
async function decodes(src: string): Promise<boolean> {
  const image = new Image();
  if (typeof image.decode !== "function") return true;
  image.src = src;
  return image.decode().then(
    () => true,
    () => false,
  );
}

/**
 * Whether the profile has a QR code the console would show: Graph's image if it is a plain raster image, or a
 * qrCodeContent one can be made from. Checks only; the data: URL is built when the admin asks.
 */
export const hasQrCode = (profile: QrSource): boolean =>
  graphQrImage(profile.qrCodeImage) !== null || decodeQrCodeContent(profile.qrCodeContent) !== null;

/**
 * The token's QR code: Intune's own image (qrCodeImage) when Graph sent one the browser decodes, otherwise one made
 * from the provisioning JSON in qrCodeContent (decoded when Intune base64-encoded it) by the `qr` library, which is
 * loaded only now, as a chunk of its own. A GIF with a 4-module quiet zone and medium error correction.
 */
export async function loadQrCode(profile: QrSource): Promise<QrCodeLoad> {
  const image = graphQrImage(profile.qrCodeImage);
  if (image && (await decodes(image.src)))
    return { image: { ...image, generated: false }, graphImageUnreadable: false };
  const graphImageUnreadable = image !== null;
  const extras = decodeQrCodeContent(profile.qrCodeContent);
  if (!extras) return { image: null, graphImageUnreadable };
  const { encodeQR } = await import("qr");
  const src = encodeQR(JSON.stringify(extras), "data-url", { ecc: "medium", border: 4, scale: 8 });
  return { image: { src, extension: "gif", generated: true }, graphImageUnreadable };
}

/**
 * The image as a file's contents, decoded from its data: URL, for a download: a download of the data: URL itself
 * would leave the token in the browser's download history.
 */
export function qrCodeFile({ src }: QrCode): Blob {
  const comma = src.indexOf(",");
  const type = /^data:([^;,]+)/.exec(src)?.[1] ?? "application/octet-stream";
  const bytes = Uint8Array.from(atob(src.slice(comma + 1)), (c) => c.charCodeAt(0));
  return new Blob([bytes], { type });
}

export type QrCodeState =
  | { status: "idle" }
  | { status: "loading" }
  | { status: "ready"; image: QrCode; graphImageUnreadable: boolean }
  | { status: "unavailable"; graphImageUnreadable: boolean };

/** The QR code of `profile` while `wanted`: nothing is built before the admin asks for it. */
export function useQrCode(profile: QrSource, wanted: boolean): QrCodeState {
  const [loaded, setLoaded] = useState<{ source: QrSource; load: QrCodeLoad } | null>(null);
  useEffect(() => {
    if (!wanted) return;
    let current = true;
    loadQrCode(profile).then(
      (load) => current && setLoaded({ source: profile, load }),
      () => current && setLoaded({ source: profile, load: { image: null, graphImageUnreadable: false } }),
    );
    return () => {
      current = false;
    };
  }, [profile, wanted]);
  if (!wanted) return { status: "idle" };
  if (loaded?.source !== profile) return { status: "loading" };
  const { image, graphImageUnreadable } = loaded.load;
  return image ? { status: "ready", image, graphImageUnreadable } : { status: "unavailable", graphImageUnreadable };
}
