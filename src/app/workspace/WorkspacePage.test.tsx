import { screen, waitFor, within } from "@testing-library/react";
import type { FakeTenant, FakeTenantOptions } from "../../fake-tenant/fakeTenant";
import { NO_TOKEN } from "../../fake-tenant/intuneRules";
import { profile } from "../../fake-tenant/profiles";
import { serveFakeTenant } from "../../test/fakeTenant";
import { renderWithProviders } from "../../test/render";
import { profileKeys } from "../../domain/profiles/profileKeys";
import { PROFILE_KINDS } from "../../domain/profileKinds";
import { WorkspacePage } from "./WorkspacePage";

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

/** Two legacy profiles and three device-owner ones, fresh for each test (the tenant changes them). */
const profiles = () => [
  profile({
    id: "p-kiosk",
    displayName: "Kiosk devices",
    description: "Lobby tablets for visitors",
    enrolledDeviceCount: 12,
    tokenExpirationDateTime: inDays(20),
  }),
  profile({
    id: "p-warehouse",
    displayName: "Warehouse scanners",
    description: "Zebra handhelds in Building 7",
    enrolledDeviceCount: 1,
    tokenExpirationDateTime: inDays(-3),
  }),
  profile({
    kind: "dedicated",
    id: "p-field",
    displayName: "Field service",
    description: "Rugged phones",
    enrolledDeviceCount: 0,
    tokenExpirationDateTime: NO_TOKEN,
  }),
  profile({
    kind: "aospUserless",
    id: "p-headsets",
    displayName: "Headsets",
    description: "Meeting rooms",
    enrolledDeviceCount: 4,
    tokenExpirationDateTime: inDays(40),
  }),
  profile({
    kind: "fullyManaged",
    id: "p-exec",
    displayName: "Executive phones",
    description: null,
    enrolledDeviceCount: 2,
    tokenExpirationDateTime: inDays(200),
    enrollmentTokenType: "deviceStaging",
  }),
];

/** The fake tenant with those profiles, answering this test's Graph requests. */
const serveTenant = (options: FakeTenantOptions = {}) => serveFakeTenant({ profiles: profiles(), ...options });

/** The list pages read so far, of both collections. */
const listReads = (tenant: FakeTenant) =>
  tenant.requests
    .filter((r) => r.method === "GET" && /Profiles$/.test(new URL(r.url).pathname))
    .map((r) => new URL(r.url));

const NAMES = /^(Kiosk devices|Warehouse scanners|Field service|Headsets|Executive phones)/;
const linkNames = () =>
  within(screen.getByRole("list", { name: "Enrollment profiles" }))
    .getAllByRole("link")
    .map((link) => link.textContent?.match(NAMES)?.[1]);

beforeEach(() => {
  window.history.replaceState(null, "", "/");
});

describe("WorkspacePage on one column (a phone, a narrow frame)", () => {
  const wideWidth = window.innerWidth;
  beforeEach(() => {
    window.innerWidth = 390;
  });
  afterEach(() => {
    window.innerWidth = wideWidth;
  });

  it("puts the chosen profile's details first and focuses their heading; Back goes to its row", async () => {
    serveTenant();
    const { user } = renderWithProviders(<WorkspacePage />, { toast: false });
    await user.click(await screen.findByRole("link", { name: "Kiosk devices" }));
    const heading = await screen.findByRole("heading", { name: "Kiosk devices", level: 2 });
    await waitFor(() => expect(heading).toHaveFocus());
    // In the page as on screen: the details, then the list, so the Tab order follows what is shown.
    const list = screen.getByRole("list", { name: "Enrollment profiles" });
    expect(heading.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    await user.click(screen.getByRole("button", { name: "Back to the profile list" }));
    await waitFor(() => expect(screen.getByRole("link", { name: "Kiosk devices" })).toHaveFocus());
  });

  it("shows the token overview as wrapping counts, each kind's behind a disclosure, and no table", async () => {
    serveTenant();
    const { user } = renderWithProviders(<WorkspacePage />, { toast: false });
    const overview = await screen.findByRole("region", { name: "Token overview" });
    expect(within(overview).queryByRole("table")).not.toBeInTheDocument();
    const allKinds = within(overview).getByRole("region", { name: "All kinds" });
    expect(
      within(allKinds)
        .getAllByRole("button")
        .map((button) => button.textContent),
    ).toEqual(["Expired: 1", "Expires in 8–30 days: 1", "Valid for more than 30 days: 2", "No token: 1"]);
    const perKind = within(overview).getByRole("button", { name: "Counts per kind" });
    expect(perKind).toHaveAttribute("aria-expanded", "false");
    await user.click(perKind);
    expect(perKind).toHaveAttribute("aria-expanded", "true");
    const legacy = within(overview).getByRole("region", { name: "Android for Work (legacy)" });
    await user.click(within(legacy).getByRole("button", { name: "Expired: 1" }));
    expect(within(legacy).getByRole("button", { name: "Expired: 1" })).toHaveAttribute("aria-pressed", "true");
    expect(screen.getByText("1 of 5 profiles")).toBeInTheDocument();
  });
});

describe("WorkspacePage", () => {
  it("shows a skeleton while the lists load, then the profiles of both collections, by name, with their kind", async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    serveTenant().hold = { method: "GET", path: /Profiles$/, release: held };
    renderWithProviders(<WorkspacePage />, { toast: false });

    expect(screen.getByRole("status", { name: "Loading enrollment profiles" })).toHaveAttribute("aria-busy", "true");
    release();

    expect(await screen.findByRole("link", { name: "Kiosk devices" })).toBeInTheDocument();
    expect(linkNames()).toEqual([
      "Executive phones",
      "Field service",
      "Headsets",
      "Kiosk devices",
      "Warehouse scanners",
    ]);
    expect(screen.getByText("5 of 5 profiles")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Field service" })).toHaveAccessibleDescription(/^Dedicated/);
    expect(screen.getByRole("link", { name: "Headsets" })).toHaveAccessibleDescription(/^AOSP userless/);
    expect(screen.getByRole("link", { name: "Executive phones" })).toHaveAccessibleDescription(
      /^Fully managed · staging token/,
    );
    expect(screen.getByRole("link", { name: "Kiosk devices" })).toHaveAccessibleDescription(
      /^Android for Work \(legacy\)/,
    );
    expect(screen.getByText("Select a profile to see its token and create a new one.")).toBeInTheDocument();
  });

  it("lays out the overview and the list once both collections have answered, not one at a time", async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    serveTenant().hold = { method: "GET", path: /androidDeviceOwnerEnrollmentProfiles$/, release: held };
    window.history.replaceState(null, "", "/?kind=legacy&profile=p-kiosk");
    const { queryClient } = renderWithProviders(<WorkspacePage />, { toast: false });

    // The legacy list has answered and the linked profile was read meanwhile, yet nothing is laid out that would move.
    await waitFor(() => {
      expect(queryClient.getQueryData(profileKeys.list("androidForWorkEnrollmentProfiles"))).toHaveLength(2);
      expect(queryClient.getQueryData(profileKeys.detail(PROFILE_KINDS.legacy, "p-kiosk"))).toBeDefined();
    });
    expect(screen.getByRole("status", { name: "Loading enrollment profiles" })).toBeInTheDocument();
    expect(screen.queryByRole("link")).not.toBeInTheDocument();
    expect(screen.queryByRole("region", { name: "Token overview" })).not.toBeInTheDocument();
    release();

    expect(await screen.findByRole("heading", { name: "Kiosk devices", level: 2 })).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "Token overview" })).toBeInTheDocument();
    expect(screen.getByText("5 of 5 profiles")).toBeInTheDocument();
  });

  it("reads both collections without token values or Wi-Fi settings, and follows nextLink in each", async () => {
    // Pages of two: the device-owner collection's three profiles come in two pages, the legacy two in one.
    const tenant = serveTenant({ pageSize: 2 });
    renderWithProviders(<WorkspacePage />, { toast: false });

    expect(await screen.findByText("5 of 5 profiles")).toBeInTheDocument();
    const reads = listReads(tenant);
    expect(reads.map((url) => url.pathname.split("/").pop())).toEqual(
      expect.arrayContaining([
        "androidDeviceOwnerEnrollmentProfiles",
        "androidDeviceOwnerEnrollmentProfiles",
        "androidForWorkEnrollmentProfiles",
      ]),
    );
    expect(reads).toHaveLength(3);
    for (const url of reads.filter((read) => !read.searchParams.has("$skiptoken"))) {
      const select = url.searchParams.get("$select")?.split(",");
      expect(select).toEqual(expect.arrayContaining(["id", "displayName", "description", "tokenExpirationDateTime"]));
      for (const secret of ["tokenValue", "qrCodeImage", "qrCodeContent", "wifiPassword"]) {
        expect(select).not.toContain(secret);
      }
    }
  });

  it("shows the empty state for a tenant without profiles in either collection", async () => {
    serveFakeTenant({ profiles: [] });
    renderWithProviders(<WorkspacePage />, { toast: false });

    expect(
      await screen.findByRole("heading", { name: "No Android enrollment profiles in this tenant" }),
    ).toBeInTheDocument();
    expect(screen.getByText("0 of 0 profiles")).toBeInTheDocument();
    expect(screen.queryByRole("list", { name: "Enrollment profiles" })).not.toBeInTheDocument();
  });

  it("names a collection that failed, with its request-id, and lists the other; Try again reads only that one", async () => {
    const tenant = serveTenant();
    tenant.failNext(
      "GET",
      /androidForWorkEnrollmentProfiles$/,
      400,
      "BadRequest",
      "Resource not found for the segment 'androidForWorkEnrollmentProfiles'.",
      { requestId: "rid-400" },
    );
    const { user } = renderWithProviders(<WorkspacePage />, { toast: false });

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(
      "Some profiles could not be loaded: legacy Android for Work profiles (androidForWorkEnrollmentProfiles)",
    );
    expect(alert).toHaveTextContent("Resource not found for the segment 'androidForWorkEnrollmentProfiles'.");
    expect(alert).toHaveTextContent("Request ID: rid-400");
    expect(linkNames()).toEqual(["Executive phones", "Field service", "Headsets"]);
    expect(screen.getByText("3 of 3 profiles")).toBeInTheDocument();
    expect(screen.queryByText("No Android enrollment profiles in this tenant")).not.toBeInTheDocument();

    await user.click(within(alert).getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("link", { name: "Kiosk devices" })).toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    const reads = listReads(tenant);
    expect(reads.filter((url) => url.pathname.endsWith("androidDeviceOwnerEnrollmentProfiles"))).toHaveLength(1);
    expect(reads.filter((url) => url.pathname.endsWith("androidForWorkEnrollmentProfiles"))).toHaveLength(2);
  });

  it("shows both failures when neither collection can be read (403: no Intune role)", async () => {
    const tenant = serveTenant();
    tenant.failNext("GET", /androidForWorkEnrollmentProfiles$/, 403, "Forbidden", "No Intune role.", {
      requestId: "rid-a",
    });
    tenant.failNext("GET", /androidDeviceOwnerEnrollmentProfiles$/, 503, "ServiceUnavailable", "Busy.", {
      requestId: "rid-b",
    });
    renderWithProviders(<WorkspacePage />, { toast: false });
    await waitFor(() => expect(screen.getAllByRole("alert")).toHaveLength(2));
    const [first, second] = screen.getAllByRole("alert");
    expect(first).toHaveTextContent("corporate-owned Android Enterprise profiles");
    expect(first).toHaveTextContent("Request ID: rid-b");
    expect(second).toHaveTextContent("No Intune role.");
    expect(screen.queryByRole("list", { name: "Enrollment profiles" })).not.toBeInTheDocument();
    expect(screen.queryByText(/No Android enrollment profiles/)).not.toBeInTheDocument();
  });

  it("shows what Graph did not send as not reported: never as no token, expired or 0 devices", async () => {
    const tenant = serveTenant();
    tenant.omitFields.add("tokenExpirationDateTime").add("enrolledDeviceCount");
    window.history.replaceState(null, "", "/?kind=legacy&profile=p-warehouse");
    renderWithProviders(<WorkspacePage />, { toast: false });

    const row = await screen.findByRole("link", { name: "Warehouse scanners" });
    expect(row).toHaveTextContent("Expiry not reported");
    expect(row).toHaveTextContent("Enrolled devices not reported");
    expect(row).not.toHaveTextContent(/Expired|No token|0 enrolled/);
    const overview = screen.getByRole("region", { name: "Token overview" });
    expect(within(overview).getByRole("columnheader", { name: "Expiry not reported" })).toBeInTheDocument();
    expect(
      within(overview).getByRole("button", { name: "Show the 5 profiles of All kinds: Expiry not reported" }),
    ).toBeInTheDocument();

    const details = await screen.findByRole("article");
    expect(
      within(details).getByText(/^Microsoft Graph did not report this token's expiry, so the console cannot tell/),
    ).toBeInTheDocument();
    expect(within(details).queryByText(/has no token yet/)).not.toBeInTheDocument();
  });

  it(
    "filters by text and by kind together; the counts follow; Clear filters brings all back",
    { timeout: 20_000 },
    async () => {
      serveTenant();
      const { user } = renderWithProviders(<WorkspacePage />, { toast: false });
      await screen.findByRole("link", { name: "Kiosk devices" });
      const filter = screen.getByRole("searchbox", { name: "Filter profiles" });
      const kind = screen.getByRole("combobox", { name: "Kind" });
      expect(
        within(kind)
          .getAllByRole("option")
          .map((option) => option.textContent),
      ).toEqual([
        "All kinds",
        "Dedicated (1)",
        "Fully managed (1)",
        "AOSP userless (1)",
        "Android for Work (legacy) (2)",
      ]);

      await user.type(filter, "KIO");
      await waitFor(() => expect(linkNames()).toEqual(["Kiosk devices"]));
      expect(screen.getByText("1 of 5 profiles")).toBeInTheDocument();

      await user.clear(filter);
      await user.selectOptions(kind, "Android for Work (legacy) (2)");
      await waitFor(() => expect(linkNames()).toEqual(["Kiosk devices", "Warehouse scanners"]));
      expect(screen.getByText("2 of 5 profiles")).toBeInTheDocument();

      await user.type(filter, "phones");
      expect(await screen.findByText("No profile matches these filters.")).toBeInTheDocument();
      expect(screen.getByText("0 of 5 profiles")).toBeInTheDocument();

      await user.click(screen.getByRole("button", { name: "Clear filters" }));
      expect(filter).toHaveValue("");
      expect(kind).toHaveValue("all");
      await waitFor(() => expect(linkNames()).toHaveLength(5));
    },
  );

  it("sorts by token expiry: expired first, no token last", async () => {
    serveTenant();
    const { user } = renderWithProviders(<WorkspacePage />, { toast: false });
    await screen.findByRole("link", { name: "Kiosk devices" });

    await user.selectOptions(screen.getByRole("combobox", { name: "Sort by" }), "Token expiry");
    expect(linkNames()).toEqual([
      "Warehouse scanners",
      "Kiosk devices",
      "Headsets",
      "Executive phones",
      "Field service",
    ]);
  });

  it("opens a profile from the list with its kind in the URL; the profile re-read after a create updates the list", async () => {
    const tenant = serveTenant({ newToken: () => "NEWTOKEN" });
    const { user } = renderWithProviders(<WorkspacePage />, { toast: false });

    const link = await screen.findByRole("link", { name: "Field service" });
    expect(link).toHaveAttribute("href", "?kind=dedicated&profile=p-field");
    await user.click(link);

    expect(await screen.findByRole("heading", { name: "Field service", level: 2 })).toBeInTheDocument();
    expect(window.location.search).toBe("?kind=dedicated&profile=p-field");
    expect(screen.getByRole("link", { name: "Field service" })).toHaveAttribute("aria-current", "page");

    await user.click(screen.getByRole("button", { name: "Create token" }));
    expect(await screen.findByText(/^Token created for “Field service”/)).toBeInTheDocument();
    expect(
      tenant.createTokenRequests.map((post) => ({
        id: new URL(post.url).pathname.split("/").at(-2),
        body: JSON.parse(post.body!) as unknown,
      })),
    ).toEqual([{ id: "p-field", body: { tokenValidityInSeconds: 604_800 } }]);
    // One read of the profile after the POST; its list entry shows the new token's state without listing again.
    await waitFor(() => expect(screen.getByRole("link", { name: "Field service" })).toHaveTextContent(/Valid until/));
    expect(
      tenant.requests.filter((r) => r.method === "GET" && new URL(r.url).pathname.endsWith("/p-field")),
    ).toHaveLength(2);
    expect(listReads(tenant)).toHaveLength(2);
    expect(screen.getByRole("link", { name: "Field service" })).not.toHaveTextContent("NEWTOKEN");
  });

  it("opens a link that predates profile kinds (?profile=<id>) as a legacy profile", async () => {
    window.history.replaceState(null, "", "/?profile=p-kiosk");
    serveTenant();
    renderWithProviders(<WorkspacePage />, { toast: false });
    expect(await screen.findByRole("heading", { name: "Kiosk devices", level: 2 })).toBeInTheDocument();
  });

  it.each([["/?kind=dedicated&profile=gone"], ["/?kind=nonsense&profile=p-field"]])(
    "says so when the profile in the link %s is not in the tenant",
    async (link) => {
      window.history.replaceState(null, "", link);
      serveTenant();
      renderWithProviders(<WorkspacePage />, { toast: false });
      expect(await screen.findByText(/^The profile in the link was not found in this tenant/)).toBeInTheDocument();
    },
  );

  it("keeps a createToken 404 (profile deleted meanwhile) on screen, with its request-id, after the list drops it", async () => {
    const tenant = serveTenant();
    window.history.replaceState(null, "", "/?kind=legacy&profile=p-warehouse");
    const { user } = renderWithProviders(<WorkspacePage />, { toast: false });
    await screen.findByRole("heading", { name: "Warehouse scanners", level: 2 });
    // Deleted in Intune meanwhile: createToken answers 404, and the list read again no longer has it.
    tenant.profiles = tenant.profiles.filter((p) => p.id !== "p-warehouse");

    await user.click(screen.getByRole("button", { name: "Create token" }));
    await waitFor(() => expect(screen.queryByRole("link", { name: "Warehouse scanners" })).not.toBeInTheDocument());
    const alert = screen.getByRole("alert");
    expect(alert).toHaveTextContent("The token was not created");
    expect(alert).toHaveTextContent("This profile was deleted or is no longer available");
    expect(alert).toHaveTextContent(`Request ID: ${tenant.createTokenRequests[0]!.requestId}`);
    expect(tenant.createTokenRequests[0]!.status).toBe(404);
    expect(screen.getByText("4 of 4 profiles")).toBeInTheDocument();
  });
});
