import { screen, waitFor, within } from "@testing-library/react";
import { AuthFailure } from "../../auth/AuthFailure";
import { actorOf, tokenEvent } from "../../fake-tenant/auditLog";
import type { FakeTenant } from "../../fake-tenant/fakeTenant";
import { profile } from "../../fake-tenant/profiles";
import { TEST_CALLER } from "../../test/fakeTenantHandler";
import { serveFakeTenant } from "../../test/fakeTenant";
import { GRAPH_HOST, renderWithProviders, withheldPermission } from "../../test/render";
import { formatDateTime, formatDateTimeUtc } from "../../i18n";
import type { ProfileKindId } from "../../domain/profileKinds";
import { ProfileDetails } from "../profile-list/ProfileDetails";

const ID = "7c1e2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f";
const OLD_TOKEN = "OLDTOKENHISTORY";
const NEW_TOKEN = "NEWTOKENHISTORY";
const AUDIT = `${GRAPH_HOST}/beta/deviceManagement/auditEvents`;
const ROOT = `${GRAPH_HOST}/beta/deviceManagement`;

function serve(kind: "dedicated" | "aospUserless" = "dedicated") {
  return serveFakeTenant({
    profiles: [profile({ kind, id: ID, displayName: "Lobby kiosks", tokenValue: OLD_TOKEN })],
    newToken: () => NEW_TOKEN,
    // A minute between writes: their events never share a time.
    now: (() => {
      let clock = Date.now() - 3_600_000;
      return () => (clock += 60_000);
    })(),
  });
}

/** A write straight to the fake tenant, as another session or tool would send it. */
async function write(tenant: FakeTenant, action: "createToken" | "revokeToken", segment = ID) {
  await tenant.handle({
    method: "POST",
    url: `${ROOT}/androidDeviceOwnerEnrollmentProfiles/${segment}/${action}`,
    headers: { authorization: "Bearer t" },
    body: action === "createToken" ? JSON.stringify({ tokenValidityInSeconds: 86_400 }) : null,
    caller: TEST_CALLER,
  });
}

const auditRequests = (tenant: FakeTenant) =>
  tenant.requests.filter((request) => request.url.startsWith(AUDIT)).map((request) => new URL(request.url));

async function openHistory(kind: ProfileKindId = "dedicated", graph?: ReturnType<typeof withheldPermission>) {
  const rendered = renderWithProviders(<ProfileDetails selected={{ kind, id: ID }} now={new Date()} />, { graph });
  await screen.findByRole("heading", { name: "Lobby kiosks", level: 2 });
  await rendered.user.click(screen.getByRole("button", { name: "Show history" }));
  return rendered;
}

describe("a profile's History", () => {
  it("asks the audit log for nothing until it is opened", async () => {
    const tenant = serve();
    renderWithProviders(<ProfileDetails selected={{ kind: "dedicated", id: ID }} now={new Date()} />);
    await screen.findByRole("heading", { name: "Lobby kiosks", level: 2 });
    expect(screen.getByRole("button", { name: "Show history" })).toHaveAttribute("aria-expanded", "false");
    expect(auditRequests(tenant)).toEqual([]);
  });

  it("lists the profile's events newest first: when (local and UTC), who, what in words, the result; never a token", async () => {
    const tenant = serve();
    await write(tenant, "createToken");
    await write(tenant, "revokeToken");
    const [created, revoked] = tenant.auditEvents;
    await openHistory();

    const list = await screen.findByRole("list", { name: "Events of this profile" });
    const items = within(list).getAllByRole("listitem");
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringContaining("Token revoked"),
      expect.stringContaining("Token created (or replaced)"),
    ]);
    const at = new Date(revoked!.activityDateTime);
    expect(items[0]).toHaveTextContent(`${formatDateTime(at)} · ${formatDateTimeUtc(at)}`);
    expect(items[0]).toHaveTextContent("admin@contoso.example");
    expect(items[1]).toHaveTextContent("Succeeded");
    expect(created!.resources[0]!.modifiedProperties[0]!.newValue).toBe(NEW_TOKEN);
    expect(document.body.textContent).not.toContain(NEW_TOKEN);
    expect(document.body.textContent).not.toContain(OLD_TOKEN);
    expect(screen.getByText("2 events shown")).toHaveAttribute("role", "status");

    const requests = auditRequests(tenant);
    expect(requests.map((url) => decodeURIComponent(url.pathname)).sort()).toEqual([
      "/beta/deviceManagement/auditEvents",
      "/beta/deviceManagement/auditEvents/getAuditActivityTypes(category='Enrollment')",
    ]);
    const events = requests.find((url) => url.searchParams.has("$filter"));
    expect(events!.searchParams.get("$filter")).toBe(`resources/any(r: r/resourceId eq '${ID}')`);
    expect(events!.searchParams.get("$orderby")).toBe("activityDateTime desc");
  });

  it("asks for both id forms of an AOSP profile, shows an app as the actor and an unknown activity as Intune writes it", async () => {
    const tenant = serve("aospUserless");
    await write(tenant, "createToken", `AOSP-${ID}`);
    const app = { ...actorOf(TEST_CALLER), userPrincipalName: null, applicationDisplayName: "Renewal robot" };
    tenant.auditEvents.push({
      ...tokenEvent({
        action: "createToken",
        kind: "aospUserless",
        resourceId: ID,
        displayName: null,
        actor: app,
        at: new Date(Date.now() + 60_000),
      }),
      activityType: "Patch AndroidDeviceOwnerEnrollmentProfile",
    });
    await openHistory("aospUserless");

    const items = within(await screen.findByRole("list", { name: "Events of this profile" })).getAllByRole("listitem");
    expect(items[0]).toHaveTextContent("App: Renewal robot");
    expect(items[0]).toHaveTextContent("Patch AndroidDeviceOwnerEnrollmentProfile");
    expect(items[1]).toHaveTextContent("Token created (or replaced)");
    const events = auditRequests(tenant).find((url) => url.searchParams.has("$filter"))!;
    expect(events.searchParams.get("$filter")).toBe(
      `resources/any(r: r/resourceId eq '${ID}') or resources/any(r: r/resourceId eq 'AOSP-${ID}')`,
    );
  });

  it("reads a page at a time: Show more reads the next one", async () => {
    const tenant = serve();
    for (let i = 0; i < 30; i += 1) await write(tenant, "createToken");
    const { user } = await openHistory();
    const list = await screen.findByRole("list", { name: "Events of this profile" });
    expect(within(list).getAllByRole("listitem")).toHaveLength(25);
    await user.click(screen.getByRole("button", { name: "Show more" }));
    await waitFor(() => expect(within(list).getAllByRole("listitem")).toHaveLength(30));
    expect(screen.queryByRole("button", { name: "Show more" })).not.toBeInTheDocument();
    expect(screen.getByText("30 events shown")).toHaveAttribute("role", "status");
  });

  it("without the permission: says why, asks Graph nothing, and Allow access grants it and shows the history", async () => {
    const tenant = serve();
    await write(tenant, "revokeToken");
    const graph = withheldPermission("auditLog");
    const { user } = await openHistory("dedicated", graph);

    expect(await screen.findByText(/an administrator has not consented to it for this app yet/)).toBeInTheDocument();
    expect(screen.getByText(/Everything else in the console works without it/)).toBeInTheDocument();
    expect(auditRequests(tenant)).toEqual([]);
    expect(graph.grant).not.toHaveBeenCalled();
    // The rest of the profile works.
    expect(screen.getByRole("button", { name: "Create token" })).toBeEnabled();

    await user.click(screen.getByRole("button", { name: "Allow access to the audit log" }));
    expect(graph.grant).toHaveBeenCalledWith("auditLog");
    const list = await screen.findByRole("list", { name: "Events of this profile" });
    expect(within(list).getByRole("listitem")).toHaveTextContent("Token revoked");
  });

  it("a refused grant is said in words, and the button stays", async () => {
    serve();
    const graph = withheldPermission("auditLog", new AuthFailure("unknown", "access_denied"));
    const { user } = await openHistory("dedicated", graph);
    await user.click(await screen.findByRole("button", { name: "Allow access to the audit log" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Access was not granted (access_denied). An administrator may have to consent to DeviceManagementApps.Read.All",
    );
    expect(screen.getByRole("button", { name: "Allow access to the audit log" })).toBeInTheDocument();
  });

  it("Intune's 403 is said with its message", async () => {
    const tenant = serve();
    tenant.failNext("GET", /auditEvents$/, 403, "Forbidden", "Your role may not read audit data.", { intune: true });
    await openHistory();
    expect(
      await screen.findByText(/Intune refused to show its audit log: Your role may not read audit data\./),
    ).toBeInTheDocument();
  });
});
