import { readFile } from "node:fs/promises";
import type { Download, Page } from "@playwright/test";
import { profile, type FakeProfile } from "./fakes/graph";
import { expect, signIn, test } from "./fixtures";

const DAY = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();

/** `count` profiles whose tokens expire in 3 days: dedicated ones and, every fourth, AOSP. */
function expiringFleet(count: number): FakeProfile[] {
  return Array.from({ length: count }, (_, i) =>
    profile({
      kind: i % 4 === 3 ? "aospUserless" : "dedicated",
      displayName: `Store ${String(i + 1).padStart(3, "0")}`,
      enrolledDeviceCount: 10,
      tokenValue: `OLDTOKEN${i}`,
      tokenExpirationDateTime: inDays(3),
    }),
  );
}

async function selectAllShown(page: Page, count: number) {
  await page.getByRole("checkbox", { name: `Select all ${count} shown` }).check();
  await expect(page.getByText(`${count} profiles selected`)).toBeVisible();
}

async function startRenewal(page: Page, count: number) {
  await page.getByRole("button", { name: "Renew tokens…" }).click();
  const dialog = page.getByRole("dialog", { name: `Renew the tokens of ${count} profiles` });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: `Renew ${count} tokens` }).click();
  await expect(dialog).toHaveCount(0);
}

const createPosts = (graph: { createTokenRequests: unknown[] }) => graph.createTokenRequests.length;
const text = async (download: Download) => readFile((await download.path())!, "utf8");

test.describe("many profiles at once", () => {
  // Throttled and cut-off requests are logged by the browser; anything else still fails the test.
  test.use({
    expectedConsoleErrors: [
      [/^Failed to load resource: the server responded with a status of 429\b/, /^Failed to load resource: net::ERR_/],
      { scope: "test" },
    ],
  });

  test("bulk renewal of 130 profiles under Intune's write limit: one token each, few 429s, the list re-read", async ({
    page,
    graph,
    useEntraConfig,
  }) => {
    test.setTimeout(150_000);
    await useEntraConfig({ bulkWritesPer20s: 80 });
    graph.profiles = expiringFleet(130);
    graph.pageSize = 100;
    await page.goto("./");
    await signIn(page);
    await expect(page.getByText("130 of 130 profiles")).toBeVisible();
    const listReads = () => graph.requests.filter((r) => r.method === "GET" && /Profiles\?/.test(r.url)).length;
    const readsBefore = listReads();

    await selectAllShown(page, 130);
    await page.getByRole("button", { name: "Renew tokens…" }).click();
    const dialog = page.getByRole("dialog", { name: "Renew the tokens of 130 profiles" });
    await expect(dialog).toContainText("130 profiles with 1,300 enrolled devices in all");
    // 30 days for all: the AOSP ones are fine (90 days at most); 2 years would be fitted for them.
    const slider = dialog.getByRole("slider", { name: "Token validity" });
    await slider.focus();
    await page.keyboard.press("End");
    await expect(dialog).toContainText("AOSP userless: 32 profiles, limited to 90 days");
    await page.keyboard.press("Home");
    for (let i = 0; i < 34; i++) await page.keyboard.press("ArrowRight");
    await expect(slider).toHaveAttribute("aria-valuetext", "30 days");
    await expect(dialog).not.toContainText("limited to");
    // Intune: 100 writes per 20 s for the app; another tool has just spent 70 of them.
    graph.writeLimit = { max: 100, windowMs: 20_000 };
    graph.writeTimes.push(...Array.from({ length: 70 }, () => Date.now()));
    await dialog.getByRole("button", { name: "Renew 130 tokens" }).click();
    const started = Date.now();

    const panel = page.getByRole("region", { name: "Bulk renewal" });
    await expect(panel.getByRole("progressbar", { name: "Bulk renewal progress" })).toBeVisible();
    await expect(panel).toContainText("Intune is throttling requests", { timeout: 30_000 });
    await expect(panel).toContainText("Renewed 130 of 130 tokens. 0 failed.", { timeout: 120_000 });

    // Exactly one executed createToken per profile, each with 30 days; a 429 was never executed.
    expect(graph.executedCreateTokens).toBe(130);
    for (const p of graph.profiles) expect(graph.createdFor.get(p.id), p.displayName!).toBe(1);
    for (const post of graph.createTokenRequests) expect(post.body).toBe('{"tokenValidityInSeconds":2592000}');
    // What limits a run is the pace (and Intune's budget), not HTTP round trips: batching would not make it faster.
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `bulk renewal: 130 tokens in ${seconds.toFixed(1)} s (the pace alone: ${((130 * 20) / 80).toFixed(1)} s), ` +
        `${graph.throttledWrites} answered 429 by the fake write limit`,
    );
    expect(graph.throttledWrites).toBeGreaterThan(0);
    expect(graph.throttledWrites).toBeLessThan(40);
    // The list was read again and shows the new expiries: none expires within 7 days any more.
    await expect.poll(listReads).toBeGreaterThan(readsBefore);
    const allKinds = page.getByRole("row", { name: /^All kinds/ });
    await expect(allKinds.getByRole("button", { name: /Expires within 7 days$/ })).toHaveCount(0);
    await expect(
      allKinds.getByRole("button", { name: /Expires in 8–30 days|Valid for more than 30 days/ }),
    ).not.toHaveCount(0);
  });

  test("Cancel stops new requests at once; Resume sends the rest; no profile gets two tokens", async ({
    page,
    graph,
    useEntraConfig,
  }) => {
    test.setTimeout(90_000);
    await useEntraConfig();
    graph.profiles = expiringFleet(24);
    graph.pageSize = 100;
    await page.goto("./");
    await signIn(page);
    await selectAllShown(page, 24);
    await startRenewal(page, 24);
    const panel = page.getByRole("region", { name: "Bulk renewal" });
    await expect.poll(() => createPosts(graph)).toBeGreaterThanOrEqual(4);
    await panel.getByRole("button", { name: "Cancel" }).click();
    const atCancel = createPosts(graph);
    await expect(panel.getByRole("button", { name: /^Resume \(\d+ left\)$/ })).toBeVisible();
    await page.waitForTimeout(2_000);
    expect(createPosts(graph)).toBeLessThanOrEqual(atCancel + 1);
    const sent = createPosts(graph);
    await expect(panel).toContainText(`Cancelled: ${24 - sent} profiles were not sent.`);

    await panel.getByRole("button", { name: `Resume (${24 - sent} left)` }).click();
    await expect(panel).toContainText("Renewed 24 of 24 tokens. 0 failed.", { timeout: 60_000 });
    expect(graph.executedCreateTokens).toBe(24);
    for (const p of graph.profiles) expect(graph.createdFor.get(p.id)).toBe(1);
  });

  test("a reload mid-run shows what was done, never resends, and resumes only on a click", async ({
    page,
    graph,
    useEntraConfig,
  }) => {
    test.setTimeout(90_000);
    await useEntraConfig();
    graph.profiles = expiringFleet(20);
    graph.pageSize = 100;
    await page.goto("./");
    await signIn(page);
    await selectAllShown(page, 20);
    // The sixth request is still out when the page reloads: its token may or may not be created.
    const sixth = graph.profiles[5]!;
    let release!: () => void;
    graph.hold = {
      method: "POST",
      path: new RegExp(`${sixth.id}/createToken$`),
      release: new Promise<void>((resolve) => (release = resolve)),
    };
    await startRenewal(page, 20);
    await expect.poll(() => graph.createTokenRequests.some((r) => r.url.includes(sixth.id))).toBe(true);
    await page.reload();
    release();
    const panel = page.getByRole("region", { name: "Bulk renewal" });
    await expect(panel).toContainText("This run was interrupted when the page was reloaded");
    const sentBeforeReload = createPosts(graph);
    await page.waitForTimeout(2_500);
    expect(createPosts(graph)).toBe(sentBeforeReload);
    await expect(panel).toContainText("Interrupted");
    await expect(panel).toContainText("the token may or may not have been created");

    // Not sent: at most what never reached Graph (a request marked as sending may have been cut off in the browser).
    const left = Number(/Resume \((\d+) left\)/.exec((await panel.textContent())!)![1]);
    expect(left).toBeLessThanOrEqual(20 - sentBeforeReload);
    await panel.getByRole("button", { name: `Resume (${left} left)` }).click();
    await expect(panel).toContainText(/Renewed \d+ of 20 tokens\./, { timeout: 60_000 });
    expect(createPosts(graph)).toBe(sentBeforeReload + left);
    for (const p of graph.profiles) expect(graph.createdFor.get(p.id) ?? 0).toBeLessThanOrEqual(1);
    expect(graph.createTokenRequests.filter((r) => r.url.includes(sixth.id))).toHaveLength(1);
  });

  test("a duplicated tab: only one tab sends, the copy cannot resume meanwhile, and afterwards sends nothing renewed", async ({
    page,
    context,
    graph,
    useEntraConfig,
  }) => {
    test.setTimeout(90_000);
    await useEntraConfig();
    graph.profiles = expiringFleet(12);
    graph.pageSize = 100;
    await page.goto("./");
    await signIn(page);
    await selectAllShown(page, 12);
    // The third request is held: the run is still sending when the admin duplicates the tab.
    const third = graph.profiles[2]!;
    let release!: () => void;
    graph.hold = {
      method: "POST",
      path: new RegExp(`${third.id}/createToken$`),
      release: new Promise<void>((resolve) => (release = resolve)),
    };
    await startRenewal(page, 12);
    await expect.poll(() => graph.createTokenRequests.some((r) => r.url.includes(third.id))).toBe(true);

    // "Duplicate tab" copies session storage, run and sign-in included, into a new tab of the same browser.
    const copied = await page.evaluate(() => Object.entries(sessionStorage));
    const copy = await context.newPage();
    await copy.addInitScript((entries) => {
      if (sessionStorage.length === 0) for (const [key, value] of entries) sessionStorage.setItem(key, value);
    }, copied);
    const postsFromCopy: string[] = [];
    copy.on("request", (request) => {
      if (request.method() === "POST" && request.url().endsWith("/createToken")) postsFromCopy.push(request.url());
    });
    await copy.goto(page.url());
    const copyPanel = copy.getByRole("region", { name: "Bulk renewal" });
    await expect(copyPanel).toContainText("running in another tab or window of this browser");
    const resume = copyPanel.getByRole("button", { name: /^Resume \(\d+ left\)$/ });
    await expect(resume).toHaveAttribute("aria-disabled", "true");
    await expect(resume).toHaveAccessibleDescription(/running in another tab/);
    await resume.click({ force: true });
    const retry = copyPanel.getByRole("button", { name: /^Retry failed/ });
    await expect(retry).toHaveAttribute("aria-disabled", "true");
    await retry.click({ force: true });
    await copy.screenshot({ path: "test-results/screens/fleet-duplicated-tab.png" });

    // The first tab finishes; the copy hears that the run stopped.
    release();
    await expect(page.getByRole("region", { name: "Bulk renewal" })).toContainText(
      "Renewed 12 of 12 tokens. 0 failed.",
      {
        timeout: 60_000,
      },
    );
    await expect(copyPanel).not.toContainText("running in another tab");
    await expect(resume).not.toHaveAttribute("aria-disabled", "true");

    // Its copy of the run still lists profiles as left or interrupted: each is read again, and none is sent.
    await resume.click();
    await expect(copyPanel).toContainText(/already had a token newer than this run/);
    await retry.click();
    await expect(copyPanel).toContainText("Failed 0 · Left 0");
    await expect(copyPanel).toContainText(/Renewed \d+ of 12 tokens\. 0 failed\./);
    expect(postsFromCopy).toEqual([]);
    expect(graph.executedCreateTokens).toBe(12);
    for (const p of graph.profiles) expect(graph.createdFor.get(p.id), p.displayName!).toBe(1);
  });

  test("a Retry-After of a day is not waited out: the run stops and says until when; nothing more is sent", async ({
    page,
    graph,
    useEntraConfig,
  }) => {
    await useEntraConfig({ bulkWritesPer20s: 20 });
    graph.profiles = expiringFleet(10);
    graph.pageSize = 100;
    await page.goto("./");
    await signIn(page);
    await selectAllShown(page, 10);
    graph.failNext("POST", /\/createToken$/, 429, "TooManyRequests", "Too many requests.", {
      headers: { "retry-after": "86400" },
    });
    await startRenewal(page, 10);
    const panel = page.getByRole("region", { name: "Bulk renewal" });
    const day = await page.evaluate(
      (at) =>
        new Intl.DateTimeFormat(navigator.language, { year: "numeric", month: "short", day: "numeric" }).format(at),
      Date.now() + 86_400_000,
    );
    await expect(panel).toContainText(`Intune asked the console to wait until ${day}`);
    await expect(panel).toContainText("longer than the console waits on its own, so the run stopped");
    await expect(panel.getByRole("button", { name: /^Resume \(\d+ left\)$/ })).toBeVisible();
    const sent = createPosts(graph);
    expect(sent).toBeLessThanOrEqual(4);
    // Stopped, not waiting: the run is no longer active (nothing to cancel), so nothing more goes out.
    await expect(panel.getByRole("button", { name: "Cancel" })).toHaveCount(0);
    expect(createPosts(graph)).toBe(sent);
    await page.screenshot({ path: "test-results/screens/fleet-retry-after-day.png" });
  });

  test("the shown profiles as CSV: BOM, quoting, no formula, no token", async ({ page, graph, useEntraConfig }) => {
    await useEntraConfig();
    graph.profiles = [
      profile({
        kind: "dedicated",
        displayName: 'Dock 7, "north"\nsecond line',
        enrolledDeviceCount: 3,
        tokenValue: "SECRETTOKENCSV1",
        tokenExpirationDateTime: "2031-01-02T03:04:05.000Z",
      }),
      profile({ displayName: '=HYPERLINK("http://evil.example","x")', enrolledDeviceCount: 1 }),
      profile({ displayName: "+1+1" }),
      profile({ displayName: "-2" }),
      profile({ displayName: "@SUM(A1)" }),
      profile({ displayName: '＝HYPERLINK("http://evil.example")' }),
      profile({ displayName: "＋1" }),
      profile({ displayName: "－2" }),
      profile({ displayName: "＠SUM(A1)" }),
      profile({ displayName: " =1+1" }),
      profile({ displayName: "\u0007=1+1" }),
      profile({ displayName: "倉庫 – Köln" }),
    ];
    await page.goto("./");
    await signIn(page);
    await expect(page.getByText("12 of 12 profiles")).toBeVisible();
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Export CSV" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^Enrollment profiles \d{4}-\d\d-\d\d\.csv$/);
    const csv = await text(file);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const lines = csv.slice(1).split("\r\n");
    expect(lines[0]).toBe(
      '"Name","Kind","Token state","Token expires (UTC, ISO 8601)","Token expires (local time)","Enrolled devices","Profile ID"',
    );
    expect(csv).toContain(
      '"Dock 7, ""north""\nsecond line","Dedicated","Valid for more than 30 days","2031-01-02T03:04:05.000Z"',
    );
    for (const formula of [
      '=HYPERLINK(""http://evil.example"",""x"")',
      "+1+1",
      "-2",
      "@SUM(A1)",
      // Full-width signs, a leading space and a control character: a spreadsheet may read each as a formula too.
      '＝HYPERLINK(""http://evil.example"")',
      "＋1",
      "－2",
      "＠SUM(A1)",
      " =1+1",
      "\u0007=1+1",
    ]) {
      expect(csv).toContain(`"'${formula}"`);
    }
    expect(csv).toContain('"倉庫 – Köln","Android for Work (legacy)","No token","",""');
    expect(csv).toContain(`,"${graph.profiles[0]!.id}"`);
    expect(csv).not.toContain("SECRETTOKENCSV1");
  });

  test.describe("calendar reminders", () => {
    test.use({ timezoneId: "Europe/Berlin" });

    test("an .ics file with an event N days before each selected token expires, linking to the profile", async ({
      page,
      graph,
      useEntraConfig,
    }) => {
      await useEntraConfig();
      const expiry = new Date(Date.now() + 40 * DAY);
      graph.profiles = [
        profile({
          kind: "dedicated",
          displayName: "Lobby; kiosks, HQ",
          tokenValue: "TOKENLOBBY",
          tokenExpirationDateTime: expiry.toISOString(),
        }),
        profile({
          kind: "aospUserless",
          displayName: "Headsets",
          tokenValue: "TOKENHEADSETS",
          tokenExpirationDateTime: expiry.toISOString(),
        }),
        profile({ displayName: "No token yet" }),
      ];
      await page.goto("./");
      await signIn(page);
      await selectAllShown(page, 3);
      await page.getByRole("button", { name: "Calendar reminders…" }).click();
      const dialog = page.getByRole("dialog", { name: "Calendar reminders" });
      await expect(dialog).toContainText("1 profile get no reminder");
      const days = dialog.getByRole("textbox", { name: "Days before expiry" });
      await days.fill("0");
      await expect(dialog).toContainText("Enter a whole number of days from 1 to 90.");
      await expect(dialog.getByRole("button", { name: "Download .ics" })).toBeDisabled();
      await days.fill("10");
      const download = page.waitForEvent("download");
      await dialog.getByRole("button", { name: "Download .ics" }).click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/\.ics$/);
      const ics = (await text(file)).replace(/\r\n /g, "");
      expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
      const reminder = new Date(expiry.getTime() - 10 * DAY);
      const day = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(reminder).replace(/-/g, "");
      expect(ics).toContain(`DTSTART;VALUE=DATE:${day}\r\n`);
      expect(ics).toContain("SUMMARY:Renew the enrollment token of “Lobby\\; kiosks\\, HQ”");
      const lobby = graph.profiles[0]!;
      expect(ics).toContain(`URL:${new URL(`./?kind=dedicated&profile=${lobby.id}`, page.url()).href}\r\n`);
      expect(ics).not.toContain("No token yet");
      expect(ics).not.toMatch(/TOKENLOBBY|TOKENHEADSETS/);
    });
  });
});
