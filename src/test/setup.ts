import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterAll, afterEach, beforeAll } from "vitest";
import { activateLanguage, loadLanguage } from "../i18n";
import { server } from "./server";

// Tests read the English strings, as the app does for a browser in English.
beforeAll(async () => {
  activateLanguage("en", await loadLanguage("en"));
  server.listen({ onUnhandledRequest: "error" });
});
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());
