import { NO_TOKEN, profile } from "./fakes/graph";
import { expect, signIn, test } from "./fixtures";

const SCRIPT_NAME = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>`;
const LONG = "Ж".repeat(10_000);
const RTL = "מכשירי מחסן – תל אביב";
const EMOJI = "📦 Lager 🇩🇪 – Geräte 👩‍💻";
const WEIRD_ID = "a/b?c#d%e f";

test.describe("hostile and odd data from Graph", () => {
  test.beforeEach(async ({ useEntraConfig }) => {
    await useEntraConfig();
  });

  test("markup, huge strings, RTL, emoji, nulls and sentinel dates render as text; odd ids never change the path", async ({
    page,
    graph,
  }) => {
    graph.profiles = [
      profile({
        displayName: SCRIPT_NAME,
        description: `<b>bold?</b> <a href="javascript:alert(1)">click</a>`,
        enrolledDeviceCount: 1,
      }),
      profile({ displayName: `Long ${LONG}`, description: LONG }),
      profile({
        displayName: RTL,
        description: "תיאור בעברית",
        tokenValue: "RTLTOKEN",
        tokenExpirationDateTime: new Date(Date.now() + 86_400_000).toISOString(),
      }),
      profile({ displayName: EMOJI, description: null }),
      {
        ...profile({ displayName: null }),
        description: null,
        tokenValue: null,
        accountId: null,
        qrCodeContent: null,
        lastModifiedDateTime: "not a date",
      } as never,
      profile({ id: WEIRD_ID, displayName: "Odd id", tokenExpirationDateTime: NO_TOKEN }),
      profile({ id: "..", displayName: "Dot-dot id" }),
    ];
    graph.pageSize = 3;
    await page.goto("./");
    await signIn(page);
    await expect(page.getByText("7 of 7 profiles")).toBeVisible();

    // Markup is text: shown literally, never executed.
    await expect(page.getByRole("link", { name: SCRIPT_NAME })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await expect(page.locator("main img, main script, main b, main a[href^='javascript']")).toHaveCount(0);
    await page.getByRole("link", { name: SCRIPT_NAME }).click();
    await expect(page.getByRole("article").getByRole("heading", { level: 2 })).toHaveText(SCRIPT_NAME);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

    // 10,000 characters stay inside the layout.
    await page.getByRole("link", { name: /^Long / }).click();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);

    // Right-to-left text is laid out right to left.
    await page.getByRole("link", { name: RTL }).click();
    await expect(page.getByRole("heading", { name: RTL, level: 2 })).toHaveAttribute("dir", "auto");
    expect(
      await page.getByRole("heading", { name: RTL, level: 2 }).evaluate((el) => getComputedStyle(el).direction),
    ).toBe("rtl");

    await expect(page.getByRole("link", { name: EMOJI })).toBeVisible();

    // Nulls everywhere, and a date that is not one.
    await page.getByRole("link", { name: "(unnamed profile)" }).click();
    await expect(page.getByRole("heading", { name: "(unnamed profile)", level: 2 })).toBeVisible();
    await expect(page.getByText("This profile has no token yet.")).toBeVisible();

    // An id with "/", "?", "#", "%" and a space is one encoded path segment, for the read and for createToken.
    await page.getByRole("link", { name: "Odd id" }).click();
    await expect(page.getByRole("heading", { name: "Odd id", level: 2 })).toBeVisible();
    await page.getByRole("button", { name: "Create token" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Token created" })).toBeVisible();
    const encoded = "a%2Fb%3Fc%23d%25e%20f";
    const paths = graph.requests.map((r) => new URL(r.url).pathname);
    expect(paths).toContain(`/beta/deviceManagement/androidForWorkEnrollmentProfiles/${encoded}`);
    expect(paths).toContain(`/beta/deviceManagement/androidForWorkEnrollmentProfiles/${encoded}/createToken`);
    await expect(page).toHaveURL(/\?kind=legacy&profile=a%2Fb%3Fc%23d%25e(\+|%20)f$/);

    // ".." cannot address a resource at all: refused before anything is sent.
    const before = graph.requests.length;
    await page.getByRole("link", { name: "Dot-dot id" }).click();
    await expect(page.getByRole("alert")).toContainText("This request cannot be sent");
    expect(graph.requests.slice(before).filter((r) => !/Profiles$/.test(new URL(r.url).pathname))).toEqual([]);
  });

  test("an empty tenant tells the admin what to do", async ({ page, graph }) => {
    graph.profiles = [];
    await page.goto("./");
    await signIn(page);
    await expect(page.getByText("No Android enrollment profiles in this tenant")).toBeVisible();
    await expect(page.getByText(/Intune admin center/)).toBeVisible();
  });

  test("1,000 profiles over ten pages: all listed, filtered and opened quickly", async ({ page, graph }) => {
    graph.profiles = Array.from({ length: 1000 }, (_, i) =>
      profile({
        displayName: `Profile ${String(i + 1).padStart(4, "0")}`,
        description: `Site ${i % 37}`,
        enrolledDeviceCount: i,
      }),
    );
    graph.pageSize = 100;
    await page.goto("./");
    await signIn(page);
    await expect(page.getByText("1,000 of 1,000 profiles")).toBeVisible();
    // Ten pages of the legacy collection, one (empty) of the device-owner collection.
    expect(
      graph.requests.filter((r) => /androidForWorkEnrollmentProfiles$/.test(new URL(r.url).pathname)),
    ).toHaveLength(10);
    expect(
      graph.requests.filter((r) => /androidDeviceOwnerEnrollmentProfiles$/.test(new URL(r.url).pathname)),
    ).toHaveLength(1);
    await page.getByRole("searchbox", { name: "Filter profiles" }).fill("Profile 0999");
    await expect(page.getByText("1 of 1,000 profiles")).toBeVisible();
    await page.getByRole("link", { name: "Profile 0999" }).click();
    await expect(page.getByRole("heading", { name: "Profile 0999", level: 2 })).toBeVisible();
  });

  test.describe("hostile QR images and error messages", () => {
    test.use({ expectedConsoleErrors: [[/the server responded with a status of 400/], { scope: "test" }] });

    test("QR images that are not plain raster images never render; markup in Graph's errors is text", async ({
      page,
      graph,
    }) => {
      const valid = new Date(Date.now() + 86_400_000).toISOString();
      const base64 = (text: string) => Buffer.from(text).toString("base64");
      const qr = (type: string, value: string) => ({
        "@odata.type": "microsoft.graph.mimeContent" as const,
        type,
        value,
      });
      const hostile = {
        "SVG image": qr("image/svg+xml", base64(`<svg xmlns="http://www.w3.org/2000/svg" onload="window.__pwned=3"/>`)),
        "SVG, upper case": qr("IMAGE/SVG+XML", base64("<svg onload=window.__pwned=4>")),
        "HTML page": qr("text/html", base64("<script>window.__pwned=5</script>")),
        "javascript: type": qr("javascript:window.__pwned=6//", "iVBORw0KGgo="),
        "javascript: value": qr("image/png", "javascript:window.__pwned=7"),
        "data: URL in the value": qr("image/png", "iVBORw0KGgo=,data:text/html;base64,PHNjcmlwdD4="),
      };
      graph.profiles = [
        profile({ displayName: "Plain PNG", tokenValue: "PNGTOKEN", tokenExpirationDateTime: valid }),
        profile({ displayName: "Refused" }),
        profile({ displayName: "Refused by Intune" }),
        ...Object.entries(hostile).map(([displayName, qrCodeImage]) =>
          // No qrCodeContent: the console would otherwise draw the QR code itself and never need Graph's image.
          profile({
            displayName,
            tokenValue: `T${displayName.length}`,
            tokenExpirationDateTime: valid,
            qrCodeImage,
            qrCodeContent: null,
          }),
        ),
      ];
      await page.goto("./");
      await signIn(page);

      // The control: Intune's PNG is offered.
      await page.getByRole("link", { name: "Plain PNG" }).click();
      await expect(page.getByRole("button", { name: "Show QR code" })).toBeVisible();

      for (const name of Object.keys(hostile)) {
        await page.getByRole("link", { name }).click();
        await expect(page.getByRole("heading", { name, level: 2 })).toBeVisible();
        await expect(page.getByRole("button", { name: "Show token" })).toBeVisible();
        await expect(page.getByRole("button", { name: "Show QR code" }), name).toHaveCount(0);
        await expect(page.getByRole("button", { name: "Download QR code" }), name).toHaveCount(0);
        await expect(page.locator("main img, main svg image, main iframe, main object, main embed")).toHaveCount(0);
      }
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

      // Graph's message, and Intune's nested in it, are shown as the text they are.
      graph.failNext("GET", /Profiles\/[^/]+$/, 400, "BadRequest", SCRIPT_NAME);
      await page.getByRole("link", { name: "Refused", exact: true }).click();
      const alert = page.getByRole("alert");
      await expect(alert).toContainText(SCRIPT_NAME);
      graph.failNext("GET", /Profiles\/[^/]+$/, 400, "BadRequest", `<a href="javascript:alert(1)">Intune</a>`, {
        intune: true,
      });
      await page.getByRole("link", { name: "Refused by Intune" }).click();
      await expect(page.getByRole("alert")).toContainText(`<a href="javascript:alert(1)">Intune</a>`);
      await expect(page.locator("main img, main script, main a[href^='javascript']")).toHaveCount(0);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    });
  });
});
