import { useEffect, useState } from "react";
import type { EnrollmentProfile } from "../model/profile";
import { decodeQrCodeContent } from "../model/qrCodeContent";
import { qrCodeImage } from "../model/qrCodeImage";

type QrSource = Pick<EnrollmentProfile, "qrCodeImage" | "qrCodeContent">;

export interface QrImage {
  /** A data: URL. It carries the token: it is made when the admin asks and only lives in the element showing it. */
  src: string;
  extension: string;
  /** Made by the console from qrCodeContent, because Graph sent no image. */
  generated: boolean;
}

/**
 * Whether the profile has a QR code the console would show: Graph's image if it is a plain raster image, or a
 * qrCodeContent one can be made from. Checks only; the data: URL is built when the admin asks.
 */
export const hasQrCode = (profile: QrSource): boolean =>
  qrCodeImage(profile.qrCodeImage) !== null || decodeQrCodeContent(profile.qrCodeContent) !== null;

/**
 * The token's QR code: Intune's own image (qrCodeImage) when Graph sent one, otherwise one made from the
 * provisioning JSON in qrCodeContent (decoded when Intune base64-encoded it) by the `qr` library, which is
 * loaded only now, as a chunk of its own. A GIF with a 4-module quiet zone and medium error correction.
 */
export async function loadQrImage(profile: QrSource): Promise<QrImage | null> {
  const image = qrCodeImage(profile.qrCodeImage);
  if (image) return { ...image, generated: false };
  const extras = decodeQrCodeContent(profile.qrCodeContent);
  if (!extras) return null;
  const { encodeQR } = await import("qr");
  const src = encodeQR(JSON.stringify(extras), "data-url", { ecc: "medium", border: 4, scale: 8 });
  return { src, extension: "gif", generated: true };
}

/**
 * The image as a file's contents, decoded from its data: URL, for a download: a download of the data: URL itself
 * would leave the token in the browser's download history.
 */
export function qrImageFile({ src }: QrImage): Blob {
  const comma = src.indexOf(",");
  const type = /^data:([^;,]+)/.exec(src)?.[1] ?? "application/octet-stream";
  const bytes = Uint8Array.from(atob(src.slice(comma + 1)), (c) => c.charCodeAt(0));
  return new Blob([bytes], { type });
}

export type QrImageState =
  { status: "idle" } | { status: "loading" } | { status: "ready"; image: QrImage } | { status: "unavailable" };

/** The QR code of `profile` while `wanted`: nothing is built before the admin asks for it. */
export function useQrImage(profile: QrSource, wanted: boolean): QrImageState {
  const [loaded, setLoaded] = useState<{ source: QrSource; image: QrImage | null } | null>(null);
  useEffect(() => {
    if (!wanted) return;
    let current = true;
    loadQrImage(profile).then(
      (image) => current && setLoaded({ source: profile, image }),
      () => current && setLoaded({ source: profile, image: null }),
    );
    return () => {
      current = false;
    };
  }, [profile, wanted]);
  if (!wanted) return { status: "idle" };
  if (loaded?.source !== profile) return { status: "loading" };
  return loaded.image ? { status: "ready", image: loaded.image } : { status: "unavailable" };
}
