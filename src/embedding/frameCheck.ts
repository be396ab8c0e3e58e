import { hasCrossOriginAncestor } from "./framing";
import { TRUSTED, type FrameTrust, type FrameTrustSource } from "./frameTrust";

/** What the browser itself says about the frames around the console, which is shown in a frame. */
export interface FrameFacts {
  origin: string;
  /**
   * The origins of the frames around the console, nearest first (location.ancestorOrigins: Chromium and Safari;
   * an opaque origin reads "null"). Missing where the browser does not have it (Firefox).
   */
  ancestorOrigins?: ArrayLike<string>;
  /** Some ancestor is on another origin: its location cannot be read. */
  crossOriginAncestor: boolean;
  /** The direct parent is the top window: there is one level of framing, which a referrer or an answer speaks for. */
  parentIsTop: boolean;
  /** document.referrer: the page that loaded the console's document, for a frame normally its parent. */
  referrer: string;
}

const UNVERIFIED: FrameTrust = { status: "untrusted", origin: null };

const originOf = (url: string) => {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
};

/**
 * What can be decided, for a console in a frame, from the browser's own facts, in this order: location.ancestorOrigins (every frame's
 * origin); else, with every ancestor on the console's own origin (their location can be read), trusted; else, with
 * exactly one level of framing, the referrer's origin; else "ask": only the parent itself can say (askParent).
 * Framed more than one level deep by another origin, without ancestorOrigins, nothing above the parent can be
 * verified: untrusted. A referrer on the console's own origin says nothing about the parent (the frame may have
 * navigated itself), so the parent is asked.
 */
export function judgeFrame(portalOrigins: readonly string[], facts: FrameFacts): FrameTrust | "ask" {
  const trusted = new Set([facts.origin, ...portalOrigins.map((origin) => new URL(origin).origin)]);
  if (facts.ancestorOrigins) {
    const stranger = Array.from(facts.ancestorOrigins).find((origin) => !trusted.has(origin));
    return stranger === undefined ? TRUSTED : { status: "untrusted", origin: stranger };
  }
  if (!facts.crossOriginAncestor) return TRUSTED;
  if (!facts.parentIsTop) return UNVERIFIED;
  const referrer = originOf(facts.referrer);
  if (referrer === null || referrer === facts.origin) return "ask";
  return trusted.has(referrer) ? TRUSTED : { status: "untrusted", origin: referrer };
}

/** The console asks its parent which page it is (the handshake portal authors implement: see README). */
export const FRAME_CHECK = "enrollment-token-console:frame-check";
/** A listed portal's answer, with the question's nonce. */
export const FRAME_CHECK_ANSWER = "enrollment-token-console:frame-check:ok";

export interface Handshake {
  parent: Pick<Window, "postMessage">;
  events: Pick<Window, "addEventListener" | "removeEventListener">;
  portalOrigins: readonly string[];
  /** How long the parent has to answer; the question is asked again every `intervalMs` meanwhile. */
  timeoutMs: number;
  intervalMs: number;
}

/**
 * Asks the parent window whether it is a listed portal: the question goes to each listed origin (the browser
 * delivers it only if the parent is on that origin), and an answer counts only from the parent itself, from a
 * listed origin, with the question's nonce. Resolves with that origin, or null when none came in time.
 */
export function askParent({ parent, events, portalOrigins, timeoutMs, intervalMs }: Handshake): Promise<string | null> {
  const origins = portalOrigins.map((origin) => new URL(origin).origin);
  if (origins.length === 0) return Promise.resolve(null);
  const nonce = crypto.randomUUID();
  return new Promise((resolve) => {
    const ask = () => {
      for (const origin of origins) parent.postMessage({ type: FRAME_CHECK, nonce }, origin);
    };
    const finish = (origin: string | null) => {
      clearInterval(again);
      clearTimeout(giveUp);
      events.removeEventListener("message", onMessage);
      resolve(origin);
    };
    const onMessage = (event: MessageEvent) => {
      const data = event.data as { type?: unknown; nonce?: unknown } | null;
      if (event.source !== parent || !origins.includes(event.origin)) return;
      if (data?.type === FRAME_CHECK_ANSWER && data.nonce === nonce) finish(event.origin);
    };
    events.addEventListener("message", onMessage);
    const again = setInterval(ask, intervalMs);
    const giveUp = setTimeout(() => finish(null), timeoutMs);
    ask();
  });
}

/**
 * The trust of a console shown in a frame, decided at start-up; where the parent must be asked, "checking" until
 * it answers or the time is up. Loaded only in a frame: at top level the console is trusted (ALWAYS_TRUSTED).
 */
export function checkFrameTrust(portalOrigins: readonly string[]): FrameTrustSource {
  const judged = judgeFrame(portalOrigins, {
    origin: window.location.origin,
    ancestorOrigins: window.location.ancestorOrigins,
    crossOriginAncestor: hasCrossOriginAncestor(),
    parentIsTop: window.parent === window.top,
    referrer: document.referrer,
  });
  let trust: FrameTrust = judged === "ask" ? { status: "checking" } : judged;
  const listeners = new Set<() => void>();
  if (judged === "ask") {
    void askParent({ parent: window.parent, events: window, portalOrigins, timeoutMs: 5_000, intervalMs: 500 }).then(
      (origin) => {
        trust = origin === null ? UNVERIFIED : TRUSTED;
        for (const listener of listeners) listener();
      },
    );
  }
  return {
    getSnapshot: () => trust,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
