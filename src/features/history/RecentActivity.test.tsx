import { screen, waitFor, within } from "@testing-library/react";
import { actorOf, tokenEvent, type FakeAuditActor } from "../../fake-tenant/auditLog";
import { profile } from "../../fake-tenant/profiles";
import { TEST_CALLER } from "../../test/fakeTenantHandler";
import { serveFakeTenant } from "../../test/fakeTenant";
import { GRAPH_HOST, renderWithProviders } from "../../test/render";
import { RecentActivity } from "./RecentActivity";

const DAY = 86_400_000;
const AUDIT = `${GRAPH_HOST}/beta/deviceManagement/auditEvents`;
const NOW = new Date();
const person = (upn: string): FakeAuditActor => ({ ...actorOf(TEST_CALLER), userPrincipalName: upn });
const ROBOT: FakeAuditActor = {
  ...actorOf(TEST_CALLER),
  userPrincipalName: null,
  applicationDisplayName: "Renewal robot",
};

const readBlob = (blob: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });

function serve() {
  const kiosks = profile({ kind: "dedicated", displayName: "Kiosks" });
  const signage = profile({ kind: "legacy", displayName: '=HYPERLINK("x")' });
  const event = (daysAgo: number, action: "createToken" | "revokeToken", actor: FakeAuditActor, of = kiosks) =>
    tokenEvent({
      action,
      kind: of.kind,
      resourceId: of.id,
      displayName: of.displayName,
      actor,
      at: new Date(NOW.getTime() - daysAgo * DAY),
      modifiedProperties: [{ displayName: "TokenValue", oldValue: "SECRETOLD", newValue: "SECRETNEW" }],
    });
  const patched = { ...event(3, "createToken", person("lee.gu@contoso.example")), activityType: "Patch X" };
  const tenant = serveFakeTenant({
    profiles: [kiosks, signage],
    auditEvents: [
      event(45, "createToken", person("old@contoso.example")),
      patched,
      event(20, "createToken", person("megan.bowen@contoso.example"), signage),
      event(10, "revokeToken", person("megan.bowen@contoso.example")),
      event(2, "createToken", ROBOT),
      event(1, "revokeToken", person("alex.wilber@contoso.example"), signage),
    ],
  });
  tenant.auditPageSize = 2;
  return { tenant, kiosks, signage };
}

async function open() {
  const rendered = renderWithProviders(<RecentActivity now={NOW} />);
  await rendered.user.click(screen.getByRole("button", { name: "Show recent token activity" }));
  const list = await screen.findByRole("list", { name: "Token events across profiles" });
  return { ...rendered, list };
}

describe("recent token activity", () => {
  it("reads the last 30 days of the tenant's token activity types, every page, newest first, across profiles", async () => {
    const { tenant } = serve();
    const { list } = await open();
    const items = within(list).getAllByRole("listitem");
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringMatching(/alex\.wilber@contoso\.example.*Token revoked.*=HYPERLINK/),
      expect.stringMatching(/App: Renewal robot.*Token created \(or replaced\).*Kiosks/),
      expect.stringMatching(/megan\.bowen@contoso\.example.*Token revoked.*Kiosks/),
      expect.stringMatching(/megan\.bowen@contoso\.example.*Token created/),
    ]);
    expect(screen.getByText("4 token events in the last 30 days, 4 shown")).toHaveAttribute("role", "status");
    const reads = tenant.requests.filter((r) => r.url.startsWith(AUDIT) && new URL(r.url).searchParams.has("$filter"));
    expect(reads.length).toBe(2);
    const filter = new URL(reads[0]!.url).searchParams.get("$filter")!;
    expect(filter).toMatch(/^category eq 'Enrollment' and activityDateTime ge \S+Z and \(activityType eq '/);
    expect(filter).toContain("activityType eq 'revokeToken AndroidForWorkEnrollmentProfile'");
    expect(filter).not.toContain("Patch");
    expect(document.body.textContent).not.toMatch(/SECRET/);
  });

  it("filters by person and by kind of event", async () => {
    serve();
    const { user, list } = await open();
    await user.selectOptions(screen.getByRole("combobox", { name: "Person" }), "megan.bowen@contoso.example");
    expect(within(list).getAllByRole("listitem")).toHaveLength(2);
    await user.selectOptions(screen.getByRole("combobox", { name: "Kind of event" }), "Token revoked");
    expect(within(list).getAllByRole("listitem")).toHaveLength(1);
    expect(screen.getByRole("status")).toHaveTextContent("4 token events in the last 30 days, 1 shown");
    await user.selectOptions(screen.getByRole("combobox", { name: "Person" }), "Everyone");
    expect(
      within(list)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual([expect.stringContaining("alex.wilber"), expect.stringContaining("megan.bowen")]);
  });

  it("exports what is shown as CSV: escaped as the profiles CSV, never a token", async () => {
    const { signage } = serve();
    const blobs: Blob[] = [];
    vi.spyOn(URL, "createObjectURL").mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return "blob:csv";
    });
    vi.spyOn(URL, "revokeObjectURL").mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
    const { user } = await open();
    await user.selectOptions(screen.getByRole("combobox", { name: "Person" }), "alex.wilber@contoso.example");
    await user.click(screen.getByRole("button", { name: "Export activity as CSV" }));
    const csv = await readBlob(blobs[0]!);
    // FileReader drops the byte order mark (the profiles CSV's tests read it).
    const lines = csv.split("\r\n").filter(Boolean);
    expect(lines[0]).toBe(
      '"When (UTC, ISO 8601)","When (local time)","Who","What","Profile","Profile ID (as logged)","Result"',
    );
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(
      `"alex.wilber@contoso.example","Token revoked","'=HYPERLINK(""x"")","${signage.id}","Succeeded"`,
    );
    expect(csv).not.toMatch(/SECRET/);
  });

  it("asks for nothing until opened", async () => {
    const { tenant } = serve();
    renderWithProviders(<RecentActivity now={NOW} />);
    await waitFor(() => expect(screen.getByRole("button", { name: "Show recent token activity" })).toBeVisible());
    expect(tenant.requests).toEqual([]);
  });
});
