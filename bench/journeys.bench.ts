import type { Page } from "@playwright/test";
import type { FakeEntra } from "../e2e/fakes/entra";
import { profile, type FakeGraph, type FakeProfile } from "../e2e/fakes/graph";
import { expect, signIn, test } from "../e2e/fixtures";
import { PROFILE_KINDS, type ProfileCollection } from "../src/domain/profileKinds";
import { recordChunks, saveFigures } from "./figures";

// Requests per journey, counted at the network boundary by the end-to-end fakes of Entra ID and Graph while the
// production build runs in Chromium with the real MSAL library, and compared with the fewest the journey needs.

const PAGE_SIZE = 100;
const DAY = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();
const numbered = (prefix: string, count: number, init: Partial<FakeProfile>) =>
  Array.from({ length: count }, (_, i) =>
    profile({ ...init, displayName: `${prefix} ${String(i + 1).padStart(3, "0")}`, enrolledDeviceCount: 10 }),
  );

/**
 * 250 profiles read in pages of 100: 200 dedicated (100 whose tokens expire in 3 days, 100 valid for 60 days) in
 * the device-owner collection, 50 legacy profiles without a token.
 */
function tenant(): FakeProfile[] {
  return [
    ...numbered("Store", 100, { kind: "dedicated", tokenValue: "OLDTOKENSTORE", tokenExpirationDateTime: inDays(3) }),
    ...numbered("Depot", 100, { kind: "dedicated", tokenValue: "OLDTOKENDEPOT", tokenExpirationDateTime: inDays(60) }),
    ...numbered("Kiosk", 50, { kind: "legacy" }),
  ];
}

const pagesOf = (graph: FakeGraph, collection: ProfileCollection) =>
  Math.max(
    1,
    Math.ceil(graph.profiles.filter((p) => PROFILE_KINDS[p.kind].collection === collection).length / PAGE_SIZE),
  );

interface Counts {
  /** Entra ID: token endpoint calls (code redemption, refresh), endpoint metadata fetches. */
  tokenCalls: number;
  metadataCalls: number;
  /** Graph: list pages read, per collection; profiles read by id; POSTs. */
  listGets: Record<string, number>;
  profileGets: number;
  createTokenPosts: number;
  revokeTokenPosts: number;
  otherGraph: string[];
}

/** What the fakes saw from now until the returned function is called. */
function startCounting(entra: FakeEntra, graph: FakeGraph): () => Counts {
  const from = { graph: graph.requests.length, token: entra.tokenRequests.length, metadata: entra.metadataRequests };
  return () => {
    const counts: Counts = {
      tokenCalls: entra.tokenRequests.length - from.token,
      metadataCalls: entra.metadataRequests - from.metadata,
      listGets: {},
      profileGets: 0,
      createTokenPosts: 0,
      revokeTokenPosts: 0,
      otherGraph: [],
    };
    for (const request of graph.requests.slice(from.graph)) {
      const path = new URL(request.url).pathname;
      const list = /^\/beta\/deviceManagement\/(\w+)$/.exec(path);
      if (request.method === "GET" && list) counts.listGets[list[1]!] = (counts.listGets[list[1]!] ?? 0) + 1;
      else if (request.method === "GET" && /^\/beta\/deviceManagement\/\w+\/[^/]+$/.test(path)) counts.profileGets += 1;
      else if (request.method === "POST" && path.endsWith("/createToken")) counts.createTokenPosts += 1;
      else if (request.method === "POST" && path.endsWith("/revokeToken")) counts.revokeTokenPosts += 1;
      else counts.otherGraph.push(`${request.method} ${path}`);
    }
    return counts;
  };
}

const requestsIn = (counts: Counts) =>
  counts.tokenCalls +
  counts.metadataCalls +
  Object.values(counts.listGets).reduce((a, b) => a + b, 0) +
  counts.profileGets +
  counts.createTokenPosts +
  counts.revokeTokenPosts +
  counts.otherGraph.length;

/** Waits until neither fake has seen a request for `quietMs`: late or repeated requests are counted too. */
async function settle(page: Page, entra: FakeEntra, graph: FakeGraph, quietMs = 1_500) {
  let last = -1;
  for (;;) {
    const seen = graph.requests.length + entra.tokenRequests.length + entra.metadataRequests;
    if (seen === last) return;
    last = seen;
    await page.waitForTimeout(quietMs);
  }
}

interface Journey {
  name: string;
  counts: Counts;
  requests: number;
  minimum: number;
  /** What the minimum is made of. */
  minimumIs: string;
}

const journey = (name: string, counts: Counts, minimum: number, minimumIs: string): Journey => ({
  name,
  counts,
  requests: requestsIn(counts),
  minimum,
  minimumIs,
});

test.beforeEach(async ({ graph }) => {
  graph.profiles = tenant();
  graph.pageSize = PAGE_SIZE;
});

test("sign-in to list, open a profile, create a token, revoke a token", async ({
  page,
  entra,
  graph,
  useEntraConfig,
}) => {
  await useEntraConfig();
  const chunks = recordChunks(page);
  const journeys: Journey[] = [];
  const deviceOwnerPages = pagesOf(graph, "androidDeviceOwnerEnrollmentProfiles");
  const legacyPages = pagesOf(graph, "androidForWorkEnrollmentProfiles");

  let count = startCounting(entra, graph);
  await page.goto("./");
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
  const signInScreenChunks = chunks.take();
  await signIn(page);
  await expect(page.getByText("250 of 250 profiles")).toBeVisible();
  await settle(page, entra, graph);
  journeys.push(
    journey(
      "sign-in to list",
      count(),
      1 + deviceOwnerPages + legacyPages,
      `1 token call (the sign-in code), ${deviceOwnerPages} + ${legacyPages} list pages`,
    ),
  );

  // A signed-in admin who comes back: the page loads with MSAL's cached tokens.
  chunks.take();
  count = startCounting(entra, graph);
  await page.reload();
  await expect(page.getByText("250 of 250 profiles")).toBeVisible();
  const signedInListChunks = chunks.take();
  await settle(page, entra, graph);
  journeys.push(
    journey(
      "reload, signed in",
      count(),
      deviceOwnerPages + legacyPages,
      `no token call (the cached token is valid), ${deviceOwnerPages} + ${legacyPages} list pages`,
    ),
  );

  // The list is virtualized: a profile far down is found with the filter, as an admin would.
  await page.getByRole("searchbox", { name: "Filter profiles" }).fill("Kiosk 001");
  count = startCounting(entra, graph);
  await page.getByRole("link", { name: "Kiosk 001" }).click();
  await expect(page.getByRole("button", { name: "Create token" })).toBeVisible();
  await settle(page, entra, graph);
  journeys.push(journey("open a profile", count(), 1, "1 read of the profile"));

  count = startCounting(entra, graph);
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Token created" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Kiosk 001" })).toContainText("Valid until");
  await settle(page, entra, graph);
  journeys.push(journey("create a token", count(), 2, "1 POST createToken, 1 read of the profile"));

  await page.getByRole("searchbox", { name: "Filter profiles" }).fill("Depot 001");
  await page.getByRole("link", { name: "Depot 001" }).click();
  await expect(page.getByRole("button", { name: "Revoke token" })).toBeEnabled();
  await settle(page, entra, graph);
  count = startCounting(entra, graph);
  await page.getByRole("button", { name: "Revoke token" }).click();
  await page
    .getByRole("dialog", { name: "Revoke the token of “Depot 001”?" })
    .getByRole("button", { name: "Revoke token" })
    .click();
  await expect(page.getByRole("status").filter({ hasText: "Token revoked" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Depot 001" })).toContainText("No token");
  await settle(page, entra, graph);
  journeys.push(journey("revoke a token", count(), 2, "1 POST revokeToken, 1 read of the profile"));

  saveFigures("journeys", { pageSize: PAGE_SIZE, profiles: graph.profiles.length, journeys });
  saveFigures("chunks-entra", { signInScreen: signInScreenChunks, signedInList: signedInListChunks });
});

test("bulk renewal of 100 tokens", async ({ page, entra, graph, useEntraConfig }) => {
  await useEntraConfig({ bulkWritesPer20s: 80 });
  await page.goto("./");
  await signIn(page);
  await expect(page.getByText("250 of 250 profiles")).toBeVisible();
  await settle(page, entra, graph);

  const count = startCounting(entra, graph);
  await page.getByRole("button", { name: "Show the 100 profiles of Dedicated: Expires within 7 days" }).click();
  await page.getByRole("checkbox", { name: "Select all 100 shown" }).check();
  await page.getByRole("button", { name: "Renew tokens…" }).click();
  await page
    .getByRole("dialog", { name: "Renew the tokens of 100 profiles" })
    .getByRole("button", { name: "Renew 100 tokens" })
    .click();
  await expect(page.getByRole("region", { name: "Bulk renewal" })).toContainText(
    "Renewed 100 of 100 tokens. 0 failed.",
    { timeout: 120_000 },
  );
  await settle(page, entra, graph);
  const deviceOwnerPages = pagesOf(graph, "androidDeviceOwnerEnrollmentProfiles");
  saveFigures("journey-bulk", {
    journey: journey(
      "bulk renewal of 100",
      count(),
      100 + deviceOwnerPages,
      `100 POST createToken, ${deviceOwnerPages} list pages of the collection they are in (fewer than 100 reads by id)`,
    ),
  });
});
