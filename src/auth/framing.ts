/** True when the app runs inside a frame (an intranet portal), where only popups can sign in. */
export function isFramed(): boolean {
  try {
    return window.self !== window.top;
  } catch {
    return true;
  }
}
