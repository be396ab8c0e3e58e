/**
 * Makes reading window.sessionStorage throw, as in a cross-site frame whose third-party storage the browser blocks.
 * Returns the function that undoes it.
 */
export function blockSessionStorage(): () => void {
  const original = Object.getOwnPropertyDescriptor(window, "sessionStorage")!;
  Object.defineProperty(window, "sessionStorage", {
    configurable: true,
    get: () => {
      throw new DOMException("Access is denied for this document.", "SecurityError");
    },
  });
  return () => Object.defineProperty(window, "sessionStorage", original);
}
