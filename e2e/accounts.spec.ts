import type { Page } from "@playwright/test";
import { ADMIN, loginHintOf, SECOND_ADMIN, type FakeUser } from "./fakes/entra";
import { expect, signIn, signOut, test } from "./fixtures";

/** Session storage entries that name the account (MSAL's cache: account, id, access and refresh tokens). */
const cachedFor = (page: Page, user: FakeUser) =>
  page.evaluate(
    (oid) => Object.entries(sessionStorage).filter(([key, value]) => key.includes(oid) || value.includes(oid)).length,
    user.oid,
  );

/** The console's own session keys. */
const appKeys = (page: Page) =>
  page.evaluate(() =>
    Object.keys(sessionStorage)
      .filter((key) => key.startsWith("etc."))
      .sort(),
  );

test("Switch account drops the first account's choices; Sign out then leaves no account, and a reload calls no Graph", async ({
  page,
  entra,
  graph,
  useEntraConfig,
}) => {
  await useEntraConfig();
  const signedInAs = page.getByRole("group", { name: "Signed in as" });
  const filter = page.getByRole("searchbox", { name: "Filter profiles" });
  const sort = page.getByLabel("Sort by");
  const slider = page.getByRole("slider", { name: "Token validity" });

  await page.goto("./");
  await signIn(page);
  await expect(signedInAs).toContainText(ADMIN.name);

  // The first admin's choices: a profile (in the URL), the filter, the sort and the validity.
  const target = graph.profiles.find((p) => p.displayName === "Field service")!;
  await filter.fill("phones");
  await sort.selectOption("expiry");
  await page.getByRole("link", { name: "Field service" }).click();
  await expect(page).toHaveURL(new RegExp(`\\?kind=aospUserless&profile=${target.id}$`));
  await slider.focus();
  await page.keyboard.press("Home");
  await expect(slider).toHaveAttribute("aria-valuetext", "1 hour");
  expect(await appKeys(page)).toEqual(["etc.filter", "etc.owner", "etc.sort", "etc.validity"]);

  // Switch account: Entra's account picker, where the admin picks the second account (a full-page redirect).
  entra.accountPickerChoice = SECOND_ADMIN;
  await page.getByRole("button", { name: "Switch account" }).click();
  await expect(signedInAs).toContainText(SECOND_ADMIN.name);
  expect(entra.authorizeRequests.at(-1)!.searchParams.get("prompt")).toBe("select_account");
  expect(await cachedFor(page, ADMIN)).toBeGreaterThan(0);
  expect(await cachedFor(page, SECOND_ADMIN)).toBeGreaterThan(0);

  // Nothing the first admin chose is there for the second.
  await expect(page.getByText("5 of 5 profiles")).toBeVisible();
  await expect(filter).toHaveValue("");
  await expect(sort).toHaveValue("name");
  expect(new URL(page.url()).search).toBe("");
  await expect(page.getByText("Select a profile")).toBeVisible();
  await page.getByRole("link", { name: "Field service" }).click();
  await expect(slider).toHaveAttribute("aria-valuetext", "7 days");
  expect(await appKeys(page)).toEqual(["etc.owner"]);

  // Sign out: both accounts leave the cache, and Entra ID is told whom to sign out.
  await signOut(page);
  expect(entra.logoutRequests).toHaveLength(1);
  expect(entra.logoutRequests[0]!.searchParams.get("logout_hint")).toBe(loginHintOf(SECOND_ADMIN));
  expect(await cachedFor(page, ADMIN)).toBe(0);
  expect(await cachedFor(page, SECOND_ADMIN)).toBe(0);
  expect(await appKeys(page)).toEqual([]);
  expect(new URL(page.url()).search).toBe("");

  // A reload stays signed out: no cached account is taken up, and nothing is asked of Graph.
  const graphRequests = graph.requests.length;
  const tokenRequests = entra.tokenRequests.length;
  await page.reload();
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
  await page.waitForLoadState("networkidle");
  await expect(page.getByRole("button", { name: "Sign out" })).toHaveCount(0);
  expect(graph.requests.length).toBe(graphRequests);
  expect(entra.tokenRequests.length).toBe(tokenRequests);
});
