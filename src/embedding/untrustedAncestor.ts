import { createContext, useContext } from "react";

/** What of window.location the check reads; ancestorOrigins is missing where the browser does not expose it. */
interface FramedLocation {
  origin: string;
  ancestorOrigins?: ArrayLike<string>;
}

/**
 * The nearest frame around the app whose origin is neither the app's own nor one of `portalOrigins`, as the browser
 * reports them (location.ancestorOrigins, in Chromium and Safari; an opaque origin reads "null"). Null when there is
 * none, or when the browser does not say. Defence in depth for hosts that send no frame-ancestors: a page that is
 * not a configured portal could lay the app under its own and trick the admin's clicks (clickjacking).
 */
export function findUntrustedAncestor(
  portalOrigins: readonly string[],
  location: FramedLocation = window.location,
): string | null {
  if (!location.ancestorOrigins) return null;
  const trusted = new Set([location.origin, ...portalOrigins.map((origin) => new URL(origin).origin)]);
  return Array.from(location.ancestorOrigins).find((origin) => !trusted.has(origin)) ?? null;
}

/** The untrusted ancestor's origin, found once at start-up; null where token actions may run. */
export const UntrustedAncestorContext = createContext<string | null>(null);

/** Token actions (create, and any other that changes or reveals a token) are off while this is not null. */
export const useUntrustedAncestor = () => useContext(UntrustedAncestorContext);
