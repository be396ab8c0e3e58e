import { createContext, useContext } from "react";
import { isFramed } from "./framing";

export interface TokenCreatedMessage {
  type: "enrollment-token-created";
  profileId: string;
  /** The profile's kind, as in the console's links (e.g. "dedicated", "aospUserless", "legacy"). */
  profileKind: string;
  displayName: string | null;
  /** ISO 8601 expiry of the new token, or null for a token that does not expire. The token itself is never sent. */
  expiresAt: string | null;
  /** The tenant the profile is in, when the console works in several. */
  tenantId?: string;
}

export type PortalNotifier = (message: TokenCreatedMessage) => void;

/**
 * Tells the portal that frames the app what happened, and only a portal on one of the configured origins:
 * postMessage with a target origin is dropped by the browser when the parent is anywhere else.
 */
export function createPortalNotifier(portalOrigins: readonly string[]): PortalNotifier {
  return (message) => {
    if (!isFramed()) return;
    for (const origin of portalOrigins) window.parent.postMessage(message, origin);
  };
}

export const PortalContext = createContext<PortalNotifier>(() => undefined);

export const usePortalNotifier = () => useContext(PortalContext);
