/** True when the app runs inside a frame (an intranet portal), where only popups can sign in. */
export function isFramed(): boolean {
  try {
    return window.self !== window.top;
  } catch {
    return true;
  }
}

/**
 * True when any ancestor frame is on another origin: then Chromium partitions the popup's storage and
 * BroadcastChannel away from the frame, and sign-in needs MSAL's popup relay. An ancestor whose origin cannot be
 * read is on another origin.
 */
export function hasCrossOriginAncestor(): boolean {
  if (window.origin === "null") return true;
  try {
    for (let frame: Window = window; frame !== frame.parent;) {
      frame = frame.parent;
      void frame.location.href;
    }
    return false;
  } catch {
    return true;
  }
}

/** The fallback when sign-in cannot work inside the portal: the console on its own, in a new tab. */
export function openInNewWindow() {
  window.open(window.location.href, "_blank", "noopener");
}
