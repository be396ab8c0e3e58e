import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { QueryClient } from "@tanstack/react-query";
import { AuthFailure } from "../../auth/AuthFailure";
import { profileKeys } from "../../domain/profiles/profileKeys";
import { FakeTenant } from "../../fake-tenant/fakeTenant";
import { FakeTenants } from "../../fake-tenant/fakeTenants";
import { profile, sampleProfiles } from "../../fake-tenant/profiles";
import { activateLanguage, loadLanguage } from "../../i18n";
import { createTenantRuntime } from "../../tenants/tenantRuntime";
import type { Tenant } from "../../tenants/tenant";
import { serveFakeTenants, tenantTokenOf } from "../../test/fakeTenant";
import { createTestQueryClient, GRAPH_HOST } from "../../test/render";
import TenantOverview from "./TenantOverview";

const DAY = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();

const tenant = (name: string, n: number): Tenant => ({ id: `00000000-0000-4000-8000-00000000000${n}`, name });
const CONTOSO = tenant("Contoso", 1);
const FABRIKAM = tenant("Fabrikam", 2);
const NORTHWIND = tenant("Northwind Traders", 3);
const TAILSPIN = tenant("Tailspin Toys", 4);
const WOODGROVE = tenant("Woodgrove Bank", 5);
const LITWARE = tenant("Litware", 6);
const ALPINE = tenant("Alpine Ski House", 7);
const COHO = tenant("Coho Winery", 8);
const TENANTS = [CONTOSO, FABRIKAM, NORTHWIND, TAILSPIN, WOODGROVE, LITWARE, ALPINE, COHO];
const CONSENT_URL = `https://login.microsoftonline.com/${NORTHWIND.id}/adminconsent?client_id=app`;

const FABRIKAM_PROFILES = () => [
  profile({ kind: "dedicated", displayName: "Kiosks", tokenValue: "A", tokenExpirationDateTime: inDays(3) }),
  profile({ kind: "dedicated", displayName: "Scanners", tokenValue: "B", tokenExpirationDateTime: inDays(2) }),
  profile({ kind: "dedicated", displayName: "Lobby", tokenValue: "C", tokenExpirationDateTime: inDays(100) }),
  profile({ kind: "fullyManaged", displayName: "Phones", tokenValue: "D", tokenExpirationDateTime: inDays(9000) }),
];

/**
 * Eight tenants behind one fake Graph: Contoso (the sample profiles: 1 expired, 2 valid, 2 without a token),
 * Fabrikam (2 expiring within 7 days), Northwind (not consented), Tailspin (no access), Woodgrove (Graph answers its
 * device-owner list 403), Litware (asks for a step-up until the admin signs in to it), Alpine and Coho.
 */
function setUp() {
  const graph = new FakeTenants(CONTOSO.id, new FakeTenant({ profiles: sampleProfiles() }));
  const fakes = new Map<string, FakeTenant>([[CONTOSO.id, graph.get(CONTOSO.id)!]]);
  for (const [customer, profiles] of [
    [FABRIKAM, FABRIKAM_PROFILES()],
    [WOODGROVE, sampleProfiles()],
    [LITWARE, [profile({ displayName: "Litware tablets" })]],
    [ALPINE, [profile({ displayName: "Lifts", tokenValue: "E", tokenExpirationDateTime: inDays(-1) })]],
    [COHO, []],
  ] as const) {
    fakes.set(customer.id, graph.add(customer.id, new FakeTenant({ profiles: [...profiles] })));
  }
  fakes
    .get(WOODGROVE.id)!
    .failNext("GET", /androidDeviceOwnerEnrollmentProfiles$/, 403, "Forbidden", "Not allowed in Woodgrove.", {
      requestId: "woodgrove-request-1",
    });
  serveFakeTenants(graph);
  let steppedUp = false;
  const signIn = vi.fn(async (tenantId: string) => {
    if (tenantId === LITWARE.id) steppedUp = true;
  });
  const runtime = createTenantRuntime({
    listed: TENANTS,
    graphHost: GRAPH_HOST,
    async getAccessToken(tenantId) {
      if (tenantId === NORTHWIND.id) {
        throw new AuthFailure("consent-required", "invalid_grant", { id: tenantId, consentUrl: CONSENT_URL });
      }
      if (tenantId === TAILSPIN.id)
        throw new AuthFailure("no-access", "invalid_grant", { id: tenantId, consentUrl: null });
      if (tenantId === LITWARE.id && !steppedUp) {
        throw new AuthFailure("step-up", "interaction_required", { id: tenantId, consentUrl: null });
      }
      return tenantTokenOf(tenantId);
    },
    signIn,
  });
  const caches = new Map<string, QueryClient>();
  const source = {
    queryClientOf(tenantId: string) {
      let client = caches.get(tenantId);
      if (!client) caches.set(tenantId, (client = createTestQueryClient()));
      return client;
    },
    graphOf: runtime.graphFor,
    reauthenticate: runtime.reauthenticate,
  };
  const onOpen = vi.fn();
  const view = () => <TenantOverview tenants={TENANTS} source={source} onOpen={onOpen} />;
  return { fakes, source, signIn, onOpen, view, user: userEvent.setup() };
}

/** Holds every list request of these tenants until `release` is called. */
function holdLists(fakes: FakeTenant[]) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  for (const fake of fakes) fake.hold = { method: "GET", path: /EnrollmentProfiles$/, release: released };
  return release;
}

const rowOf = (name: string) => screen.getByRole("row", { name: new RegExp(`^${name}`) });
/** A row's cells after the tenant's checkbox: its state, then its counts. */
const cellTexts = (row: HTMLElement) =>
  within(row)
    .getAllByRole("cell")
    .slice(1)
    .map((cell) => cell.textContent);
const names = () => screen.getAllByRole("rowheader").map((header) => header.textContent);

describe("the overview of every tenant", () => {
  beforeEach(() => {
    window.innerWidth = 1440;
  });

  it("reads four tenants at a time, shows each as it answers, and each failure in words", async () => {
    const { fakes, view } = setUp();
    const release = holdLists([...fakes.values()]);
    render(view());
    // Northwind, Tailspin and Litware answer at once (no token), Contoso, Fabrikam, Woodgrove and Alpine are out,
    // and Coho waits for a place.
    expect(await screen.findByRole("status")).toHaveTextContent("Read 3 of 8 tenants");
    const asked = () => [...fakes].filter(([, fake]) => fake.requests.length > 0).map(([id]) => id);
    await waitFor(() => expect(asked()).toEqual([CONTOSO.id, FABRIKAM.id, WOODGROVE.id, ALPINE.id]));
    expect(cellTexts(rowOf("Coho Winery"))[0]).toBe("Waiting");
    expect(cellTexts(rowOf("Contoso"))[0]).toBe("Reading…");
    const northwind = rowOf("Northwind Traders");
    expect(northwind).toHaveTextContent("Not consented");
    expect(northwind).toHaveTextContent("An administrator must grant consent first");
    expect(within(northwind).getByRole("link", { name: /Grant admin consent/ })).toHaveAttribute("href", CONSENT_URL);
    expect(rowOf("Tailspin Toys")).toHaveTextContent(
      "No accessTailspin Toys: Your account has no access to this tenant",
    );
    expect(rowOf("Litware")).toHaveTextContent("Sign-in needed");

    release();
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("Read 8 of 8 tenants"));
    // Columns: state, expired, within 7 days, more than 7 days, does not expire, no token, total.
    expect(cellTexts(rowOf("Contoso"))).toEqual(["Read", "1", "0", "2", "0", "2", "5"]);
    expect(cellTexts(rowOf("Fabrikam"))).toEqual(["Read", "0", "2", "1", "1", "0", "4"]);
    expect(cellTexts(rowOf("Coho Winery"))).toEqual(["Read", "0", "0", "0", "0", "0", "0"]);
    const woodgrove = rowOf("Woodgrove Bank");
    expect(woodgrove).toHaveTextContent("Error");
    expect(woodgrove).toHaveTextContent("You are not allowed to do this");
    expect(woodgrove).toHaveTextContent("Not allowed in Woodgrove.");
    expect(woodgrove).toHaveTextContent("Request ID: woodgrove-request-1");
    // The minimum: one GET per page of each collection, and nothing for a tenant without a token.
    for (const [id, fake] of fakes) {
      expect(fake.requests.map((r) => `${r.method} ${new URL(r.url).pathname}`).sort(), id).toEqual(
        id === LITWARE.id
          ? []
          : [
              "GET /beta/deviceManagement/androidDeviceOwnerEnrollmentProfiles",
              "GET /beta/deviceManagement/androidForWorkEnrollmentProfiles",
            ],
      );
    }
  });

  it("puts what needs attention first: failures, then expired, then expiring within 7 days; or sorts by name", async () => {
    const { view, user } = setUp();
    render(view());
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("Read 8 of 8 tenants"));
    expect(names()).toEqual([
      "Litware",
      "Northwind Traders",
      "Tailspin Toys",
      "Woodgrove Bank",
      "Alpine Ski House",
      "Contoso",
      "Fabrikam",
      "Coho Winery",
    ]);
    await user.selectOptions(screen.getByRole("combobox", { name: "Sort by" }), "name");
    expect(names()).toEqual(TENANTS.map((t) => t.name).sort((a, b) => a.localeCompare(b)));
  });

  it("signs in to a tenant that asks for it, for that tenant only, and then reads it", async () => {
    const { view, user, signIn, fakes } = setUp();
    render(view());
    await user.click(await screen.findByRole("button", { name: "Sign in to Litware" }));
    expect(signIn).toHaveBeenCalledExactlyOnceWith(LITWARE.id, "manage");
    await waitFor(() => expect(cellTexts(rowOf("Litware"))).toEqual(["Read", "0", "0", "0", "0", "1", "1"]));
    expect(fakes.get(LITWARE.id)!.requests).toHaveLength(2);
  });

  it("reads a failed tenant again on its own, and every tenant again from Graph on Refresh", async () => {
    const { view, user, fakes } = setUp();
    render(view());
    await user.click(await screen.findByRole("button", { name: "Read Woodgrove Bank again" }));
    await waitFor(() => expect(cellTexts(rowOf("Woodgrove Bank"))).toEqual(["Read", "1", "0", "2", "0", "2", "5"]));
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("Read 8 of 8 tenants"));
    const before = fakes.get(CONTOSO.id)!.requests.length;
    await user.click(screen.getByRole("button", { name: "Refresh" }));
    await waitFor(() => expect(fakes.get(CONTOSO.id)!.requests).toHaveLength(before + 2));
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("Read 8 of 8 tenants"));
  });

  it("fills each tenant's own cache: opened again, it reads only what failed; a tenant's name opens it", async () => {
    const { view, user, fakes, source, onOpen } = setUp();
    const { unmount } = render(view());
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("Read 8 of 8 tenants"));
    const requests = () => [...fakes.values()].reduce((sum, fake) => sum + fake.requests.length, 0);
    const read = requests();
    expect(
      source.queryClientOf(FABRIKAM.id).getQueryData(profileKeys.list("androidForWorkEnrollmentProfiles")),
    ).toEqual([]);
    expect(
      source.queryClientOf(FABRIKAM.id).getQueryData(profileKeys.list("androidDeviceOwnerEnrollmentProfiles")),
    ).toHaveLength(4);
    unmount();
    render(view());
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("Read 8 of 8 tenants"));
    expect(requests()).toBe(read + 1);
    expect(fakes.get(WOODGROVE.id)!.requests.at(-1)!.url).toMatch(/androidDeviceOwnerEnrollmentProfiles/);
    expect(cellTexts(rowOf("Woodgrove Bank"))[0]).toBe("Read");

    const link = screen.getByRole("link", { name: "Fabrikam" });
    expect(link).toHaveAttribute("href", `?tenant=${FABRIKAM.id}`);
    await user.click(link);
    expect(onOpen).toHaveBeenCalledExactlyOnceWith(FABRIKAM);
  });

  it("on a phone, shows a card per tenant: its name a heading, its counts a list", async () => {
    window.innerWidth = 390;
    const { view } = setUp();
    render(view());
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("Read 8 of 8 tenants"));
    expect(screen.queryByRole("table")).toBeNull();
    const card = screen.getByRole("heading", { name: "Fabrikam", level: 2 }).closest("li")!;
    const terms = within(card)
      .getAllByRole("term")
      .map((term) => term.textContent);
    const values = within(card)
      .getAllByRole("definition")
      .map((value) => value.textContent);
    expect(Object.fromEntries(terms.map((term, index) => [term, values[index]]))).toEqual({
      Expired: "0",
      "Expires within 7 days": "2",
      "Valid for more than 7 days": "1",
      "Does not expire": "1",
      "No token": "0",
      Total: "4",
    });
  });

  it("speaks the admin's language", async () => {
    activateLanguage("ja", await loadLanguage("ja"));
    try {
      const { view } = setUp();
      render(view());
      expect(screen.getByRole("heading", { name: "すべてのテナント", level: 1 })).toBeInTheDocument();
      await waitFor(() =>
        expect(screen.getByRole("status")).toHaveTextContent("8 個のテナントのうち 8 個を読み取りました"),
      );
      expect(screen.getByRole("columnheader", { name: "7 日を超えて有効" })).toBeInTheDocument();
      expect(rowOf("Northwind Traders")).toHaveTextContent("同意されていません");
      expect(screen.getByRole("button", { name: "Litware にサインイン" })).toBeInTheDocument();
    } finally {
      activateLanguage("en", await loadLanguage("en"));
    }
  });
});
