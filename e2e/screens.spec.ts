import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "@playwright/test";
import { ADMIN } from "./fakes/entra";
import { expect, signIn, test, tokenButton } from "./fixtures";

const axeViolations = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze()).violations;

/** How far the page scrolls sideways: 0 when nothing is wider than the viewport. */
const sidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The boxes of the slider's mark labels inside `scope`, left to right. */
const markLabels = (scope: Locator) =>
  scope.locator(".MuiSlider-markLabel").evaluateAll((labels) =>
    labels.map((label) => {
      const { x, y, width, height } = label.getBoundingClientRect();
      return { text: label.textContent, x, y, width, height };
    }),
  );

/** No two labels of the slider in `scope` touch, and there are at least the two ends. */
async function expectMarksApart(scope: Locator) {
  const labels = await markLabels(scope);
  expect(labels.length).toBeGreaterThanOrEqual(2);
  for (let i = 1; i < labels.length; i++) {
    expect(overlap(labels[i - 1]!, labels[i]!), `${labels[i - 1]!.text} and ${labels[i]!.text} overlap`).toBe(false);
  }
}

/** WCAG's contrast ratio of a CSS colour (`rgb(…)` or `rgba(…)`, blended over `background`) against `background`. */
function contrast(color: string, background: string): number {
  const channels = (css: string) => css.match(/[\d.]+/g)!.map(Number);
  const [br, bg, bb] = channels(background);
  const [r, g, b, a = 1] = channels(color);
  const blend = [r! * a + br! * (1 - a), g! * a + bg! * (1 - a), b! * a + bb! * (1 - a)];
  const luminance = ([red, green, blue]: number[]) => {
    const linear = (value: number) => {
      const c = value / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * linear(red!) + 0.7152 * linear(green!) + 0.0722 * linear(blue!);
  };
  const [lighter, darker] = [luminance(blend), luminance([br!, bg!, bb!])].sort((x, y) => y - x);
  return (lighter! + 0.05) / (darker! + 0.05);
}

const accountButton = (page: Page) => page.getByRole("button", { name: `Account: ${ADMIN.name}` });

for (const { width, height, name } of [
  { width: 390, height: 844, name: "phone" },
  { width: 768, height: 1024, name: "tablet" },
]) {
  test.describe(`a ${name} (${width}×${height})`, () => {
    test.use({ viewport: { width, height } });
    test.beforeEach(async ({ useEntraConfig }) => {
      await useEntraConfig();
    });

    test("no sideways scroll anywhere; the account in a menu; choosing a profile shows its details and focuses them", async ({
      page,
      graph,
    }) => {
      test.setTimeout(60_000);
      await page.goto("./");
      await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
      expect(await sidewaysScroll(page)).toBe(0);
      await page.screenshot({ path: `test-results/screens/signin-${width}.png`, fullPage: true });
      await signIn(page);
      await expect(page.getByText("5 of 5 profiles")).toBeVisible();
      expect(await sidewaysScroll(page)).toBe(0);
      // No table to scroll on a narrow screen: the overview's counts wrap, each kind's behind a disclosure.
      const overview = page.getByRole("region", { name: "Token overview" });
      await expect(overview.getByRole("table")).toHaveCount(0);
      await overview.getByRole("button", { name: "Counts per kind" }).click();
      await expect(overview.getByRole("region", { name: "Dedicated", exact: true })).toBeVisible();
      expect(await sidewaysScroll(page)).toBe(0);
      await overview.getByRole("region", { name: "All kinds" }).getByRole("button", { name: "Expired: 1" }).click();
      await expect(page.getByText("1 of 5 profiles")).toBeVisible();
      await page.getByRole("combobox", { name: "Token state" }).selectOption("all");
      await page.screenshot({ path: `test-results/screens/list-${width}.png`, fullPage: true });

      // The account: who, which tenant, its actions and the settings, in a menu that fits the screen.
      await accountButton(page).click();
      const menu = page.getByRole("dialog", { name: "Signed in as" });
      await expect(menu).toContainText(ADMIN.name);
      await expect(menu).toContainText(ADMIN.upn);
      await expect(menu).toContainText("Tenant ");
      for (const control of [
        menu.getByRole("button", { name: "Switch account" }),
        menu.getByRole("button", { name: "Sign out" }),
        menu.getByRole("combobox", { name: "Language" }),
        menu.getByRole("combobox", { name: "Theme" }),
      ]) {
        await expect(control).toBeInViewport({ ratio: 1 });
      }
      expect(await sidewaysScroll(page)).toBe(0);
      await page.screenshot({ path: `test-results/screens/account-menu-${width}.png` });
      await page.keyboard.press("Escape");
      await expect(menu).toBeHidden();
      await expect(accountButton(page)).toBeFocused();

      // Choosing a profile: its details first, in view, focus on their heading.
      await page.getByRole("link", { name: "Warehouse scanners" }).click();
      const heading = page.getByRole("heading", { name: "Warehouse scanners", level: 2 });
      await expect(heading).toBeFocused();
      await expect(heading).toBeInViewport({ ratio: 1 });
      expect(await sidewaysScroll(page)).toBe(0);
      await expectMarksApart(page.getByRole("region", { name: "Create a new token" }));
      await page.screenshot({ path: `test-results/screens/details-${width}.png` });
      expect(await axeViolations(page)).toEqual([]);

      // Back to the list: to the chosen row, in view.
      await page.getByRole("button", { name: "Back to the profile list" }).click();
      const row = page.getByRole("link", { name: "Warehouse scanners" });
      await expect(row).toBeFocused();
      await expect(row).toBeInViewport();

      // Replace its token: the dialog fits; afterwards focus is on the new token, and the toast is on screen
      // without covering the button.
      await row.click();
      await tokenButton(page).click();
      const dialog = page.getByRole("dialog", { name: /^Replace the token of/ });
      await expect(dialog.getByRole("button", { name: "Replace token" })).toBeInViewport({ ratio: 1 });
      expect(await sidewaysScroll(page)).toBe(0);
      await dialog.getByRole("button", { name: "Replace token" }).click();
      const toast = page.getByRole("status").filter({ hasText: "Token created" });
      await expect(toast).toBeVisible();
      await expect(dialog).toBeHidden();
      await expect(page.getByRole("heading", { name: "Current token" })).toBeFocused();
      await expect(toast).toBeInViewport({ ratio: 1 });
      const toastBox = (await toast.boundingBox())!;
      expect(toastBox.x).toBeGreaterThanOrEqual(0);
      expect(toastBox.x + toastBox.width).toBeLessThanOrEqual(width);
      for (const target of [tokenButton(page), page.getByRole("heading", { name: "Current token" })]) {
        const box = await target.boundingBox();
        if (box) expect(overlap(toastBox, box), "the toast covers an action or the result").toBe(false);
      }
      await page.screenshot({ path: `test-results/screens/created-${width}.png` });
      expect(graph.createTokenRequests).toHaveLength(1);

      // Bulk renewal's dialog: its slider's marks fit too.
      await page.getByRole("checkbox", { name: "Select all 5 shown" }).check();
      await page.getByRole("button", { name: "Renew tokens…" }).click();
      const bulk = page.getByRole("dialog", { name: "Renew the tokens of 5 profiles" });
      await expectMarksApart(bulk);
      expect(await sidewaysScroll(page)).toBe(0);
      await page.screenshot({ path: `test-results/screens/bulk-renew-${width}.png` });
      await bulk.getByRole("button", { name: "Cancel" }).click();
      await expect(page.getByRole("button", { name: "Renew tokens…" })).toBeFocused();

      // Sign out is in the menu.
      await accountButton(page).click();
      await page.getByRole("dialog", { name: "Signed in as" }).getByRole("button", { name: "Sign out" }).click();
      await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
    });

    test("the sign-in card wraps a long permission name instead of widening the page", async ({ page }) => {
      await page.goto("./");
      const body = page.getByText(/DeviceManagementConfiguration\.ReadWrite\.All/);
      await expect(body).toBeVisible();
      const box = (await body.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      expect(await sidewaysScroll(page)).toBe(0);
    });
  });
}

test.describe("keyboard focus", () => {
  test.beforeEach(async ({ useEntraConfig, page }) => {
    await useEntraConfig();
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  test("after Create token focus goes to the new token; the button keeps focus while it works", async ({
    page,
    graph,
  }) => {
    // Graph answers the create a moment later, so the working state can be seen.
    await page.route("**/createToken", async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 800));
      await route.fallback();
    });
    await page.goto("./");
    await signIn(page);
    await page.getByRole("link", { name: "Digital signage" }).click();
    const button = page.getByRole("button", { name: "Create token" });
    await button.focus();
    await page.keyboard.press("Enter");
    await expect(button).toHaveAttribute("aria-disabled", "true");
    await expect(button).toBeFocused();
    // A second press while it works sends nothing.
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { name: "Current token" })).toBeFocused();
    await expect(page.getByRole("status").filter({ hasText: "Token created" })).toBeVisible();
    expect(graph.createTokenRequests).toHaveLength(1);
  });

  test("every dialog keeps focus inside while open and gives it back to the button that opened it", async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await page.goto("./");
    await signIn(page);
    await page.getByRole("link", { name: "Warehouse scanners" }).click();
    await expect(page.getByRole("heading", { name: "Warehouse scanners", level: 2 })).toBeVisible();
    await page.getByRole("checkbox", { name: "Select all 5 shown" }).check();
    for (const { opener, dialog } of [
      { opener: page.getByRole("button", { name: "Print QR code" }), dialog: "Print the QR code" },
      {
        opener: page.getByRole("button", { name: "Export token" }),
        dialog: "Export the token of “Warehouse scanners”",
      },
      {
        opener: page.getByRole("button", { name: "Revoke token" }),
        dialog: "Revoke the token of “Warehouse scanners”?",
      },
      { opener: tokenButton(page), dialog: "Replace the token of “Warehouse scanners”?" },
      { opener: page.getByRole("button", { name: "Renew tokens…" }), dialog: "Renew the tokens of 5 profiles" },
      { opener: page.getByRole("button", { name: "Calendar reminders…" }), dialog: "Calendar reminders" },
    ]) {
      await opener.focus();
      await page.keyboard.press("Enter");
      const open = page.getByRole("dialog", { name: dialog });
      await expect(open).toBeVisible();
      // Tab round the dialog more often than it has controls: focus never leaves it.
      for (let i = 0; i < 8; i++) {
        await page.keyboard.press("Tab");
        expect(await open.evaluate((element) => element.contains(document.activeElement)), dialog).toBe(true);
      }
      await page.keyboard.press("Escape");
      await expect(open).toBeHidden();
      await expect(opener, dialog).toBeFocused();
    }
  });

  test("every control shows a focus ring of 3:1 against the page", async ({ page }) => {
    // Up to eighty Tabs, each measured in the page: on a busy 2-core machine more than the default 30 s.
    test.slow();
    await page.goto("./");
    await signIn(page);
    await page.getByRole("link", { name: "Warehouse scanners" }).click();
    await expect(page.getByRole("heading", { name: "Warehouse scanners", level: 2 })).toBeVisible();
    await page.getByRole("link", { name: "Skip to main content" }).focus();
    // Tab through the whole page: each stop draws an outline (or, for inputs, a border) that stands out.
    const seen = new Set<string>();
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press("Tab");
      const ring = await page.evaluate(() => {
        const focused = document.activeElement as HTMLElement | null;
        if (!focused || focused === document.body) return null;
        // A checkbox's ring is drawn round its box, the slider's round its thumb.
        const element =
          focused.closest(".MuiCheckbox-root, .row-check")?.querySelector("svg") ??
          focused.closest<HTMLElement>(".MuiSlider-thumb") ??
          focused;
        const style = getComputedStyle(element);
        const field = element.closest(".MuiInputBase-root");
        const fieldStyle = field && getComputedStyle(field.querySelector("fieldset") ?? field);
        return {
          name: `${element.tagName} ${element.getAttribute("aria-label") ?? element.textContent?.slice(0, 30)}`,
          outline: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2 ? style.outlineColor : null,
          border: fieldStyle && parseFloat(fieldStyle.borderTopWidth) >= 2 ? fieldStyle.borderTopColor : null,
        };
      });
      if (!ring) continue;
      seen.add(ring.name);
      const color = ring.outline ?? ring.border;
      expect(color, `${ring.name} shows no focus ring`).not.toBeNull();
      // Against the page's background, which is what surrounds a ring drawn outside the control (and the paper's
      // white, which is lighter still).
      expect(contrast(color!, "rgb(244, 246, 249)"), ring.name).toBeGreaterThanOrEqual(3);
    }
    expect(seen.size).toBeGreaterThan(20);
  });
});

test.describe("keyboard focus after an error", () => {
  test.use({
    expectedConsoleErrors: [
      [/^Failed to load resource: the server responded with a status of 503\b/],
      { scope: "test" },
    ],
  });
  test.beforeEach(async ({ useEntraConfig }) => {
    await useEntraConfig();
  });

  test("after a failed create focus goes to the alert's heading; Try again keeps it on the page", async ({
    page,
    graph,
  }) => {
    graph.failNext("POST", /createToken$/, 503, "ServiceUnavailable", "The service is temporarily unavailable.");
    await page.goto("./");
    await signIn(page);
    await page.getByRole("link", { name: "Digital signage" }).click();
    await page.getByRole("button", { name: "Create token" }).click();
    const alert = page.getByRole("alert");
    await expect(alert.getByRole("heading", { name: "The token was not created", level: 4 })).toBeFocused();
    await alert.getByRole("button", { name: "Try again" }).click();
    await expect(page.getByRole("heading", { name: "Current token" })).toBeFocused();
    expect(graph.createTokenRequests).toHaveLength(2);
  });
});

test.describe("colour scheme", () => {
  test.beforeEach(async ({ useEntraConfig }) => {
    await useEntraConfig();
  });

  test("follows the system's dark scheme; the switch overrides it, is remembered, and System follows again", async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto("./");
    await signIn(page);
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const html = page.locator("html");
    await expect(html).toHaveCSS("color-scheme", "dark");
    expect(await background()).toBe("rgb(15, 18, 22)");
    const theme = page.getByRole("combobox", { name: "Theme" });
    await expect(theme).toHaveValue("system");

    await theme.selectOption("light");
    await expect(html).toHaveCSS("color-scheme", "light");
    expect(await background()).toBe("rgb(244, 246, 249)");
    expect(await page.evaluate(() => localStorage.getItem("etc.colorScheme"))).toBe("light");
    await page.reload();
    await expect(page.getByRole("combobox", { name: "Theme" })).toHaveValue("light");
    await expect(html).toHaveCSS("color-scheme", "light");

    await page.getByRole("combobox", { name: "Theme" }).selectOption("system");
    await expect(html).toHaveCSS("color-scheme", "dark");
    await page.emulateMedia({ colorScheme: "light" });
    await expect(html).toHaveCSS("color-scheme", "light");
  });

  test("forced colours: the selected profile, the toast and the dialogs keep their edges; the QR code its white", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.emulateMedia({ forcedColors: "active" });
    await page.goto("./");
    await signIn(page);
    await page.getByRole("link", { name: "Warehouse scanners" }).click();
    const border = (locator: Locator) =>
      locator.evaluate((element) => {
        const style = getComputedStyle(element);
        return `${style.borderLeftWidth} ${style.borderLeftStyle}`;
      });
    const selected = page.getByRole("link", { name: "Warehouse scanners" });
    await expect(selected).toHaveAttribute("aria-current", "page");
    expect(await border(selected)).toBe("4px solid");
    expect(await border(page.getByRole("link", { name: "Digital signage" }))).toBe("0px none");

    await page.getByRole("button", { name: "Show QR code" }).click();
    const qr = page.getByRole("img", { name: "QR code that enrolls a device with this token" });
    await expect(qr).toHaveCSS("background-color", "rgb(255, 255, 255)");
    expect(parseFloat(await qr.evaluate((image) => getComputedStyle(image).paddingLeft))).toBe(20);

    await tokenButton(page).click();
    const dialog = page.getByRole("dialog", { name: /^Replace the token of/ });
    expect(await border(dialog)).toBe("1px solid");
    await page.screenshot({ path: "test-results/screens/forced-colors-dialog.png" });
    await dialog.getByRole("button", { name: "Replace token" }).click();
    const toast = page.getByRole("status").filter({ hasText: "Token created" });
    await expect(toast).toBeVisible();
    expect(await border(toast)).toBe("1px solid");
    await page.screenshot({ path: "test-results/screens/forced-colors-toast.png" });
  });
});
