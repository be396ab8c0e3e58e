import AxeBuilder from "@axe-core/playwright";
import { expect, signIn, test } from "./fixtures";

const axe = (page: import("@playwright/test").Page) =>
  new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]);

// Light and dark: the system's colour scheme, which the console follows until the admin picks one.
for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`accessibility (axe, WCAG 2.1 AA), ${colorScheme}`, () => {
    test.use({ colorScheme });

    test("sign-in screen", async ({ page, useEntraConfig }) => {
      await useEntraConfig();
      await page.goto("./");
      await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
      await expect(page.locator("html")).toHaveCSS("color-scheme", colorScheme);
      expect((await axe(page).analyze()).violations).toEqual([]);
    });

    test("profile list, overview, details, token, QR code, dialog and toast", async ({ page, useEntraConfig }) => {
      await useEntraConfig();
      await page.goto("./");
      await signIn(page);
      await page.getByRole("link", { name: "Warehouse scanners" }).click();
      await page.getByRole("button", { name: "Show token" }).click();
      await page.getByRole("button", { name: "Show QR code" }).click();
      await expect(page.getByRole("img", { name: "QR code that enrolls a device with this token" })).toBeVisible();
      expect((await axe(page).analyze()).violations).toEqual([]);
      await page.getByRole("button", { name: "Replace token" }).click();
      const dialog = page.getByRole("dialog", { name: "Replace the token of “Warehouse scanners”?" });
      await expect(dialog).toBeVisible();
      expect((await axe(page).analyze()).violations).toEqual([]);
      await dialog.getByRole("button", { name: "Replace token" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Token created" })).toBeVisible();
      await expect(dialog).toBeHidden();
      expect((await axe(page).analyze()).violations).toEqual([]);
      await page.screenshot({ path: `test-results/screens/created-1280-${colorScheme}.png` });
    });
  });
}

test.describe("accessibility (axe, WCAG 2.1 AA)", () => {
  test("the whole journey by keyboard alone", async ({ page, useEntraConfig, graph }) => {
    // Sign-in, a profile and a create, every step by key: on a busy 2-core machine more than the default 30 s.
    test.slow();
    await useEntraConfig();
    await page.goto("./");
    await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
    // "Skip to main content" comes first, shown when it has focus; then the header's settings, then Sign in.
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to main content" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press("Tab");
    await expect(page.getByRole("combobox", { name: "Language" })).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(page.getByRole("combobox", { name: "Theme" })).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "Sign in" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    const first = page.getByRole("link", { name: "Digital signage" });
    await expect(first).toBeVisible();
    // After the sign-in redirect the page starts afresh: the skip link takes the keyboard past the header, and
    // the next Tab lands in the main content.
    await page.keyboard.press("Tab");
    await expect(skip).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("main")).toBeFocused();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest("main") !== null)).toBe(true);
    // Tab to the first profile link and open it with Enter.
    // Past the overview's counts, the filters and the first row's checkbox.
    for (let i = 0; i < 40 && !(await first.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press("Tab");
    await expect(first).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { name: "Digital signage", level: 2 })).toBeVisible();
    const slider = page.getByRole("slider", { name: "Token validity" });
    for (let i = 0; i < 40 && !(await slider.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press("Tab");
    await expect(slider).toBeFocused();
    await page.keyboard.press("PageUp");
    // Next come the "Expires on" date field (its day, month and year), then Create token.
    const create = page.getByRole("button", { name: "Create token" });
    for (let i = 0; i < 6 && !(await create.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press("Tab");
    await expect(create).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status").filter({ hasText: "Token created" })).toBeVisible();
    expect(graph.createTokenRequests).toHaveLength(1);
  });
});
