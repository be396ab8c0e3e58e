import "@testing-library/jest-dom/vitest";
import { cleanup, configure } from "@testing-library/react";
import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import { activateLanguage, loadLanguage } from "../i18n";
import { createMemoryLocks } from "./memoryLocks";
import { server } from "./server";

// findBy and waitFor wait up to 5 s, not 1: a whole page with MUI renders slowly in jsdom on a busy 2-core machine.
// What never appears still fails, only later.
configure({ asyncUtilTimeout: 5_000 });

// jsdom lays nothing out, so it has no ResizeObserver; a layout-free one that never fires is faithful to it.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

// Nor does it answer media queries. This one answers width queries for the window's width (jsdom's 1024 px: a
// wide screen; a test may set window.innerWidth), and says no to the rest (no dark scheme, no forced colours).
window.matchMedia ??= (query: string): MediaQueryList => {
  const width = () => window.innerWidth;
  const holds = () =>
    /\((min|max)-width:\s*[\d.]+px\)/.test(query) &&
    [...query.matchAll(/\((min|max)-width:\s*([\d.]+)px\)/g)].every(([, bound, px]) =>
      bound === "min" ? width() >= Number(px) : width() <= Number(px),
    ) &&
    !/prefers-color-scheme|forced-colors/.test(query);
  return {
    media: query,
    get matches() {
      return holds();
    },
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  };
};

// Nor does it scroll: the virtualized list's scroll adjustments are no-ops here.
window.scrollTo = () => undefined;

// Nor Web Locks: each test gets the locks of a browser of its own (bulk renewal takes one while it sends).
beforeEach(() => {
  Object.defineProperty(navigator, "locks", { value: createMemoryLocks(), configurable: true });
});

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
