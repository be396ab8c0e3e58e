import { test as base, expect, type FrameLocator, type Page } from "@playwright/test";
import { CLIENT_ID, FakeEntra, TENANT_ID } from "./fakes/entra";
import { FakeGraph } from "./fakes/graph";

export { expect };

interface Fixtures {
  /** Console errors and uncaught exceptions seen in the page; the test fails if any is left unexpected. */
  consoleErrors: string[];
  /** Patterns of console errors a test provokes on purpose (a 404 it asked Graph for, say). */
  expectedConsoleErrors: RegExp[];
  /** Patterns of CSP violations ("<directive> <blocked URI>") a test provokes on purpose. */
  expectedCspViolations: RegExp[];
  entra: FakeEntra;
  graph: FakeGraph;
  /** Deploys a config.json for a real Entra app registration (demo off) in front of the production build. */
  useEntraConfig: (overrides?: Record<string, unknown>) => Promise<void>;
  /** Every request for a JavaScript chunk, by file name. */
  loadedChunks: string[];
}

export const test = base.extend<Fixtures>({
  expectedConsoleErrors: [[], { option: true }],
  expectedCspViolations: [[], { option: true }],
  consoleErrors: [
    async ({ page, expectedConsoleErrors, expectedCspViolations }, use) => {
      const errors: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error") errors.push(message.text());
      });
      page.on("pageerror", (error) => errors.push(`uncaught: ${error.message}`));
      // Every document records the Content Security Policy violations it sees, as "<directive> <blocked URI>".
      // Chromium also logs each one as a console error, which catches those of documents navigated away from.
      await page.addInitScript(() => {
        const violations: string[] = [];
        (window as unknown as { __cspViolations: string[] }).__cspViolations = violations;
        document.addEventListener("securitypolicyviolation", (event) =>
          violations.push(`${event.violatedDirective} ${event.blockedURI}`),
        );
      });
      await use(errors);
      const unexpected = errors.filter((text) => !expectedConsoleErrors.some((pattern) => pattern.test(text)));
      expect(unexpected, "unexpected console errors").toEqual([]);
      if (!page.isClosed()) {
        const violations = await page.evaluate(
          () => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [],
        );
        const unexpectedViolations = violations.filter((v) => !expectedCspViolations.some((p) => p.test(v)));
        expect(unexpectedViolations, "unexpected CSP violations").toEqual([]);
      }
    },
    { auto: true },
  ],
  loadedChunks: async ({ page }, use) => {
    const chunks: string[] = [];
    page.on("request", (request) => {
      const match = /\/assets\/([^/?]+\.js)/.exec(request.url());
      if (match) chunks.push(match[1]!);
    });
    await use(chunks);
  },
  entra: async ({ context, baseURL }, use) => {
    const entra = new FakeEntra([new URL("redirect.html", baseURL).href]);
    await entra.install(context);
    await use(entra);
    expect(entra.errors, "requests the fake Entra ID refused").toEqual([]);
  },
  graph: async ({ context, entra }, use) => {
    const graph = new FakeGraph(entra);
    await graph.install(context);
    await use(graph);
  },
  // Depends on graph (and so entra): a test that deploys the Entra config always has both fakes installed.
  useEntraConfig: async ({ context, graph }, use) => {
    void graph;
    await use(async (overrides = {}) => {
      const config = { clientId: CLIENT_ID, tenantId: TENANT_ID, cloud: "global", demo: false, ...overrides };
      await context.route("**/config.json", (route) =>
        route.fulfill({
          contentType: "application/json",
          headers: { "cache-control": "no-store" },
          body: JSON.stringify(config),
        }),
      );
    });
  },
});

/** Signs in through the real MSAL redirect flow against the fake Entra ID. */
export async function signIn(page: Page) {
  await page.getByRole("button", { name: "Sign in" }).click();
  // Sign out is in the header on a wide screen, in the account menu on a narrow one.
  await expect(page.getByRole("button", { name: /^(Sign out|Account: .+)$/ })).toBeVisible();
}

/**
 * Signs in from a frame on another origin, through MSAL's popup relay: the relay window, its Continue click, the
 * Entra ID window.
 */
export async function signInThroughRelay(page: Page, app: FrameLocator) {
  const relayWindow = page.waitForEvent("popup");
  await app.getByRole("button", { name: "Sign in" }).click();
  const relay = await relayWindow;
  await expect(relay).toHaveURL(/\/relay\.html/);
  const idpWindow = relay.waitForEvent("popup");
  await relay.getByRole("button", { name: "Continue" }).click();
  await (await idpWindow).waitForEvent("close");
  await expect(app.getByRole("button", { name: "Sign out" })).toBeVisible();
}

/**
 * Signs out through MSAL's logout redirect: Entra ID's logout, then back to the app. MSAL empties its cache before
 * it leaves, so the sign-in screen shows for a moment on the old page too: wait for the page that comes back.
 */
export async function signOut(page: Page) {
  const back = page.waitForEvent("load");
  await page.getByRole("button", { name: "Sign out" }).click();
  await back;
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
}

/** Formats a date the way the app does (src/i18n): in the page's language and time zone, or UTC, naming the zone. */
export function formatInPage(page: Page, iso: string, timeZone?: string): Promise<string> {
  return page.evaluate(
    ([value, zone]) =>
      new Intl.DateTimeFormat(navigator.language, {
        year: "numeric",
        month: "short",
        day: "numeric",
        hour: "numeric",
        minute: "2-digit",
        timeZoneName: "short",
        ...(zone ? { timeZone: zone } : {}),
      }).format(new Date(value!)),
    [iso, timeZone] as const,
  );
}

/** The create section's button: "Create token", or "Replace token" while the profile has a usable token. */
export const tokenButton = (page: Page | FrameLocator) =>
  page.getByRole("region", { name: "Create a new token" }).getByRole("button", { name: /^(Create|Replace) token$/ });

/** Creates a token with the chosen validity: one click, or for a replacement the click and its confirmation. */
export async function requestToken(page: Page | FrameLocator) {
  const button = tokenButton(page);
  const replacing = (await button.textContent()) === "Replace token";
  await button.click();
  if (replacing) {
    await page
      .getByRole("dialog", { name: /^Replace the token of/ })
      .getByRole("button", { name: "Replace token" })
      .click();
  }
}
