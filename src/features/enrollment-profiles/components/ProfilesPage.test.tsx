import { screen, waitFor, within } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { server } from "../../../test/server";
import { PROFILES_URL, renderWithProviders } from "../../../test/render";
import type { EnrollmentProfile } from "../model/profile";
import { ProfilesPage } from "./ProfilesPage";

const NO_TOKEN = "0001-01-01T00:00:00Z";
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

const PROFILES: EnrollmentProfile[] = [
  {
    id: "p-kiosk",
    displayName: "Kiosk devices",
    description: "Lobby tablets for visitors",
    enrolledDeviceCount: 12,
    tokenExpirationDateTime: inDays(20),
  },
  {
    id: "p-warehouse",
    displayName: "Warehouse scanners",
    description: "Zebra handhelds in Building 7",
    enrolledDeviceCount: 1,
    tokenExpirationDateTime: inDays(-3),
  },
  {
    id: "p-field",
    displayName: "Field service",
    description: "Rugged phones",
    enrolledDeviceCount: 0,
    tokenExpirationDateTime: NO_TOKEN,
  },
];

/** Serves the list (optionally slowed by `hold`) and each profile's GET; counts the list reads. */
function serveList(
  respond: (request: Request) => Response | Promise<Response> = () => HttpResponse.json({ value: PROFILES }),
) {
  const reads: Request[] = [];
  server.use(
    http.get(PROFILES_URL, ({ request }) => {
      reads.push(request);
      return respond(request);
    }),
    http.get(`${PROFILES_URL}/:id`, ({ params }) => {
      const profile = PROFILES.find((p) => p.id === params.id);
      return profile
        ? HttpResponse.json(profile)
        : HttpResponse.json({ error: { code: "NotFound", message: "Not found." } }, { status: 404 });
    }),
  );
  return reads;
}

const linkNames = () =>
  within(screen.getByRole("list", { name: "Enrollment profiles" }))
    .getAllByRole("link")
    .map((link) => link.textContent?.match(/^(Kiosk devices|Warehouse scanners|Field service)/)?.[1]);

beforeEach(() => {
  window.history.replaceState(null, "", "/");
});

describe("ProfilesPage", () => {
  it("shows a skeleton while the list loads, then the profiles sorted by name", async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    serveList(async () => {
      await held;
      return HttpResponse.json({ value: PROFILES });
    });
    renderWithProviders(<ProfilesPage />, { toast: false });

    expect(screen.getByRole("status", { name: "Loading enrollment profiles" })).toHaveAttribute("aria-busy", "true");
    release();

    expect(await screen.findByRole("link", { name: "Kiosk devices" })).toBeInTheDocument();
    expect(screen.queryByRole("status", { name: "Loading enrollment profiles" })).not.toBeInTheDocument();
    expect(linkNames()).toEqual(["Field service", "Kiosk devices", "Warehouse scanners"]);
    expect(screen.getByText("3 of 3 profiles")).toBeInTheDocument();
    expect(screen.getByText("Select a profile to see its token and create a new one.")).toBeInTheDocument();
  });

  it("reads the list without token values and follows nextLink", async () => {
    const reads = serveList((request) =>
      new URL(request.url).searchParams.has("$skiptoken")
        ? HttpResponse.json({ value: PROFILES.slice(2) })
        : HttpResponse.json({ value: PROFILES.slice(0, 2), "@odata.nextLink": `${PROFILES_URL}?$skiptoken=2` }),
    );
    renderWithProviders(<ProfilesPage />, { toast: false });

    expect(await screen.findByText("3 of 3 profiles")).toBeInTheDocument();
    expect(reads).toHaveLength(2);
    const select = new URL(reads[0]?.url ?? "").searchParams.get("$select")?.split(",");
    expect(select).toEqual(expect.arrayContaining(["id", "displayName", "description", "tokenExpirationDateTime"]));
    expect(select).not.toContain("tokenValue");
    expect(select).not.toContain("qrCodeImage");
  });

  it("shows the empty state for a tenant without profiles", async () => {
    serveList(() => HttpResponse.json({ value: [] }));
    renderWithProviders(<ProfilesPage />, { toast: false });

    expect(
      await screen.findByRole("heading", { name: "No Android for Work enrollment profiles in this tenant" }),
    ).toBeInTheDocument();
    expect(screen.getByText("0 of 0 profiles")).toBeInTheDocument();
    expect(screen.queryByRole("list", { name: "Enrollment profiles" })).not.toBeInTheDocument();
  });

  it("shows a failed read with the request-id, and Retry loads the list", async () => {
    let fail = true;
    const reads = serveList(() =>
      fail
        ? HttpResponse.json(
            {
              error: {
                code: "Forbidden",
                message: JSON.stringify({
                  ErrorCode: "Forbidden",
                  Message: JSON.stringify({ Message: "No Intune role." }),
                }),
                innerError: { "request-id": "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", date: "2024-05-01T12:00:00" },
              },
            },
            { status: 403 },
          )
        : HttpResponse.json({ value: PROFILES }),
    );
    const { user } = renderWithProviders(<ProfilesPage />, { toast: false });

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The enrollment profiles could not be loaded");
    expect(alert).toHaveTextContent("No Intune role.");
    expect(alert).toHaveTextContent("Request ID: 7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d");
    expect(reads).toHaveLength(1);

    fail = false;
    await user.click(within(alert).getByRole("button", { name: "Try again" }));

    expect(await screen.findByRole("link", { name: "Kiosk devices" })).toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(reads).toHaveLength(2);
  });

  it("filters by name or description as you type, and clears the filter", async () => {
    serveList();
    const { user } = renderWithProviders(<ProfilesPage />, { toast: false });
    await screen.findByRole("link", { name: "Kiosk devices" });
    const filter = screen.getByRole("searchbox", { name: "Filter profiles" });

    await user.type(filter, "KIO");
    await waitFor(() => expect(linkNames()).toEqual(["Kiosk devices"]));
    expect(screen.getByText("1 of 3 profiles")).toBeInTheDocument();

    await user.clear(filter);
    await user.type(filter, "building 7");
    await waitFor(() => expect(linkNames()).toEqual(["Warehouse scanners"]));

    await user.type(filter, "x");
    expect(await screen.findByText("No profile matches “building 7x”.")).toBeInTheDocument();
    expect(screen.getByText("0 of 3 profiles")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Clear filter" }));
    expect(filter).toHaveValue("");
    await waitFor(() => expect(linkNames()).toHaveLength(3));
  });

  it("sorts by token expiry: expired first, no token last", async () => {
    serveList();
    const { user } = renderWithProviders(<ProfilesPage />, { toast: false });
    await screen.findByRole("link", { name: "Kiosk devices" });

    expect(linkNames()).toEqual(["Field service", "Kiosk devices", "Warehouse scanners"]);

    await user.selectOptions(screen.getByRole("combobox", { name: "Sort by" }), "Token expiry");
    expect(linkNames()).toEqual(["Warehouse scanners", "Kiosk devices", "Field service"]);

    await user.selectOptions(screen.getByRole("combobox", { name: "Sort by" }), "Name");
    expect(linkNames()).toEqual(["Field service", "Kiosk devices", "Warehouse scanners"]);
  });

  it("opens a profile from the list, puts it in the URL, and re-reads the list after a token is created", async () => {
    const reads = serveList();
    const posts: unknown[] = [];
    server.use(
      http.post(`${PROFILES_URL}/:id/createToken`, async ({ request, params }) => {
        posts.push({ id: params.id, body: await request.json() });
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const { user } = renderWithProviders(<ProfilesPage />, { toast: false });

    const link = await screen.findByRole("link", { name: "Warehouse scanners" });
    expect(link).toHaveAttribute("href", "?profile=p-warehouse");
    await user.click(link);

    expect(await screen.findByRole("heading", { name: "Warehouse scanners", level: 2 })).toBeInTheDocument();
    expect(window.location.search).toBe("?profile=p-warehouse");
    expect(screen.getByRole("link", { name: "Warehouse scanners" })).toHaveAttribute("aria-current", "page");

    await user.click(screen.getByRole("button", { name: "Create token" }));
    expect(await screen.findByText(/^Token created for “Warehouse scanners”/)).toBeInTheDocument();
    expect(posts).toEqual([{ id: "p-warehouse", body: { tokenValidityInSeconds: 604_800 } }]);
    await waitFor(() => expect(reads).toHaveLength(2));
  });

  it("says so when the profile in the link is not in the tenant", async () => {
    window.history.replaceState(null, "", "/?profile=gone");
    serveList();
    renderWithProviders(<ProfilesPage />, { toast: false });
    expect(
      await screen.findByText("The profile in the link was not found in this tenant. Pick one from the list."),
    ).toBeInTheDocument();
  });
});
