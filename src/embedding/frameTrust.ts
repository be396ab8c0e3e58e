import { createContext, useContext, useSyncExternalStore } from "react";

/**
 * Whether token actions may run where the console is shown. Top level, or framed only by its own origin and the
 * portals in config.json (portalOrigins), it is trusted. Framed by any other page it is not: such a page could lay
 * the console under its own and trick the admin's clicks (clickjacking). The Content-Security-Policy header's
 * frame-ancestors is what keeps other sites out; this is defence in depth for hosts that send none.
 */
export type FrameTrust =
  | { status: "trusted" }
  /** Waiting for the framing page to answer the handshake (see askParent): token actions are off meanwhile. */
  | { status: "checking" }
  /** `origin`: the framing page's origin, where it is known and not a listed portal; null when it cannot be verified. */
  | { status: "untrusted"; origin: string | null };

export const TRUSTED: FrameTrust = { status: "trusted" };

export interface FrameTrustSource {
  getSnapshot(): FrameTrust;
  subscribe(listener: () => void): () => void;
}

/** Top level: nothing frames the console, nothing needs checking. */
export const ALWAYS_TRUSTED: FrameTrustSource = { getSnapshot: () => TRUSTED, subscribe: () => () => undefined };

export const FrameTrustContext = createContext<FrameTrustSource>(ALWAYS_TRUSTED);

/** Token actions (any that reveals, copies, shows, downloads, exports or prints a token, or writes) need "trusted". */
export function useFrameTrust(): FrameTrust {
  const source = useContext(FrameTrustContext);
  return useSyncExternalStore(source.subscribe, source.getSnapshot);
}

/** The id of the notice that explains why token actions are off: the disabled controls point at it. */
export const FRAME_NOTICE_ID = "frame-trust-notice";
