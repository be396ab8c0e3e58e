import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import { activateLanguage, loadLanguage } from "../i18n";
import { server } from "./server";

// jsdom lays nothing out, so it has no ResizeObserver; a layout-free one that never fires is faithful to it.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

// Nor does it scroll: the virtualized list's scroll adjustments are no-ops here.
window.scrollTo = () => undefined;

// Tests read the English strings, as the app does for a browser in English.
beforeAll(async () => {
  activateLanguage("en", await loadLanguage("en"));
  server.listen({ onUnhandledRequest: "error" });
});
// Every test starts from empty storage and a bare URL: no filter, selection or MSAL entry left by another test.
beforeEach(() => {
  window.sessionStorage.clear();
  window.localStorage.clear();
  window.history.replaceState(null, "", "/");
});
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());
