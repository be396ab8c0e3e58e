import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";

// The first screen from static HTML (README, "Performance"): index.html holds the header and main area of the
// console's first screen, which the browser paints before any script of the app has run, in the admin's language
// and colour scheme; the app then replaces it without moving anything.

const distFile = (name: string) =>
  readFileSync(resolve(dirname(test.info().config.configFile!), process.env.DIST ?? "dist", name), "utf8");

const SPEAKS = {
  en: { locale: "en-US", title: "Enrollment Token Console", signIn: "Sign in", profiles: "Enrollment profiles" },
  ja: { locale: "ja-JP", title: "登録トークン コンソール", signIn: "サインイン", profiles: "登録プロファイル" },
} as const;

/** The page's own background behind the header, per scheme: the theme's paper colour. */
const HEADER_BACKGROUND = { light: "rgb(255, 255, 255)", dark: "rgb(24, 28, 33)" };

const SIZES = [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
];

/** Every script of the app stays unanswered; only the first screen's own script (first-paint) is let through. */
const APP_SCRIPTS = /\/assets\/(?!first-paint-)[^/?]+\.js(?:\?|$)/;
const holdAppScripts = (page: Page) => page.route(APP_SCRIPTS, () => {});

/** A box rounded to a tenth of a pixel. */
async function box(locator: Locator) {
  const found = await locator.boundingBox();
  expect(found, `${locator} has a box`).not.toBeNull();
  const { x, y, width, height } = found!;
  return [x, y, width, height].map((value) => Math.round(value * 10) / 10);
}

/** Where the header, the console's name in it and the main area are: what the first screen shares with the app. */
async function layout(page: Page, title: string) {
  const banner = page.getByRole("banner");
  const [mainX, mainY, mainWidth] = await box(page.getByRole("main"));
  return {
    banner: await box(banner),
    title: await box(banner.getByText(title, { exact: true })),
    main: [mainX, mainY, mainWidth],
  };
}

const axe = (page: Page) => new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]);

/**
 * Layout shifts from the page's start, and the moment the app took the first screen's place: installed in every
 * document of the page before its own scripts run.
 */
function watchFirstScreen() {
  const seen = { shifts: [] as number[], replacedAt: 0 };
  let shown = false;
  (window as unknown as { __firstScreen: typeof seen }).__firstScreen = seen;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
      if (!entry.hadRecentInput) seen.shifts.push(entry.value);
    }
  }).observe({ type: "layout-shift", buffered: true });
  const observer = new MutationObserver(() => {
    if (document.querySelector("[data-first-screen]")) shown = true;
    else if (shown) {
      seen.replacedAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

for (const language of ["en", "ja"] as const) {
  for (const colorScheme of ["light", "dark"] as const) {
    const words = SPEAKS[language];
    test.describe(`${words.locale}, ${colorScheme}`, () => {
      test.use({ locale: words.locale, colorScheme });

      test("the first screen paints before any script of the app, as the app lays it out, and gives way without a shift", async ({
        page,
        useEntraConfig,
      }) => {
        test.setTimeout(60_000);
        await useEntraConfig();
        await page.addInitScript(watchFirstScreen);
        // Signed in, as an admin who comes back to the console is (MSAL keeps the account for the tab).
        await page.goto("./");
        await page.getByRole("button", { name: words.signIn }).click();
        await expect(page.getByRole("heading", { name: words.profiles })).toBeVisible();

        for (const size of SIZES) {
          await page.setViewportSize(size);
          await holdAppScripts(page);
          // The app's scripts never arrive, so the page never finishes loading: wait for what it shows.
          await page.reload({ waitUntil: "commit" });
          const banner = page.getByRole("banner");
          await expect(banner.getByText(words.title, { exact: true })).toBeVisible();
          await expect(page.locator("html")).toHaveAttribute("lang", language);
          await expect(page).toHaveTitle(words.title);
          await expect(banner).toHaveCSS("background-color", HEADER_BACKGROUND[colorScheme]);
          // Screen readers hear that the main area is still loading, and nothing in it to act on.
          await expect(page.getByRole("main")).toHaveAttribute("aria-busy", "true");
          await expect(page.getByRole("button")).toHaveCount(0);
          expect((await axe(page).analyze()).violations).toEqual([]);
          const firstScreen = await layout(page, words.title);
          await page.screenshot({
            path: `test-results/screens/first-screen-${size.width}-${language}-${colorScheme}.png`,
          });

          await page.unroute(APP_SCRIPTS);
          await page.reload();
          await expect(page.getByRole("heading", { name: words.profiles })).toBeVisible();
          await expect(page.locator("[data-first-screen]")).toHaveCount(0);
          expect(await layout(page, words.title), `at ${size.width} px`).toEqual(firstScreen);
          const seen = await page.evaluate(
            () => (window as unknown as { __firstScreen: { shifts: number[]; replacedAt: number } }).__firstScreen,
          );
          expect(seen.replacedAt, "the app replaced the first screen").toBeGreaterThan(0);
          expect(seen.shifts, "layout shifts from the first paint to the list").toEqual([]);
        }
      });
    });
  }
}

test.describe("a remembered choice", () => {
  test.use({ locale: "en-US", colorScheme: "light" });

  test("the language and colour scheme picked in the console win over the browser's from the first paint", async ({
    page,
  }) => {
    await page.addInitScript(() => {
      localStorage.setItem("etc.language", "ja");
      localStorage.setItem("etc.colorScheme", "dark");
    });
    await holdAppScripts(page);
    await page.goto("./", { waitUntil: "commit" });
    const banner = page.getByRole("banner");
    await expect(banner.getByText(SPEAKS.ja.title, { exact: true })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    await expect(banner).toHaveCSS("background-color", HEADER_BACKGROUND.dark);
    await expect(page.getByRole("main")).toHaveCSS("color-scheme", "dark");
  });
});

test("in a portal's frame, where the app's header is a compact one, the first screen is not shown", async ({
  context,
  page,
  baseURL,
}) => {
  const portal = new URL("__portal.html", baseURL).href;
  await context.route(portal, (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><title>Intranet portal</title><iframe title="Enrollment Token Console" src="./"></iframe>`,
    }),
  );
  await holdAppScripts(page);
  await page.goto(portal, { waitUntil: "commit" });
  const frame = page.frameLocator("iframe");
  await expect(frame.locator("html")).toHaveAttribute("data-first-screen-framed", "");
  await expect(frame.locator("[data-first-screen]")).toHaveCount(4);
  for (const copy of await frame.locator("[data-first-screen]").all()) await expect(copy).toBeHidden();
});

test("index.html: no script in <body>, where the first screen is; its own script comes after the app's in <head>; the other pages are as they were", async ({
  page,
}) => {
  const found = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, "text/html");
    return {
      copies: [...doc.querySelectorAll("#root > [data-first-screen]")].map((copy) =>
        copy.getAttribute("data-first-screen"),
      ),
      headScripts: [...doc.head.querySelectorAll("script")].map((script) => ({
        src: script.getAttribute("src"),
        type: script.getAttribute("type"),
        async: script.async,
        defer: script.defer,
      })),
      scriptsInBody: doc.body.querySelectorAll("script").length,
    };
  }, distFile("index.html"));
  expect(found.scriptsInBody).toBe(0);
  expect(found.copies.sort()).toEqual(["en dark", "en light", "ja dark", "ja light"]);
  // The app's script first (its download starts first), then the first screen's, parser-blocking (neither async,
  // deferred nor a module): it runs before the first paint.
  expect(found.headScripts).toEqual([
    { src: expect.stringMatching(/^\.\/assets\/app-[\w-]{8}\.js$/), type: "module", async: false, defer: false },
    { src: expect.stringMatching(/^\.\/assets\/first-paint-[\w-]{8}\.js$/), type: null, async: false, defer: false },
  ]);
  for (const name of ["redirect.html", "relay.html"]) {
    expect(distFile(name), name).not.toMatch(/first-screen|first-paint/);
  }
});
