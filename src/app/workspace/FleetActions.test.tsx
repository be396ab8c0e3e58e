import { screen, waitFor, within } from "@testing-library/react";
import { NO_TOKEN } from "../../fake-tenant/intuneRules";
import { profile } from "../../fake-tenant/profiles";
import { serveFakeTenant } from "../../test/fakeTenant";
import { renderWithProviders } from "../../test/render";
import { WorkspacePage } from "./WorkspacePage";

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

/** Two legacy profiles and two device-owner ones whose tokens expire within days; the lists and POSTs recorded. */
function serveTenant() {
  const tenant = serveFakeTenant({
    profiles: [
      profile({ id: "l-expired", displayName: "Lobby", enrolledDeviceCount: 2, tokenExpirationDateTime: inDays(-1) }),
      profile({ id: "l-none", displayName: "Signage", enrolledDeviceCount: 1, tokenExpirationDateTime: NO_TOKEN }),
      profile({
        kind: "dedicated",
        id: "d-soon",
        displayName: "Scanners",
        enrolledDeviceCount: 40,
        tokenExpirationDateTime: inDays(3),
      }),
      profile({
        kind: "aospUserless",
        id: "a-soon",
        displayName: "Headsets",
        enrolledDeviceCount: 5,
        tokenExpirationDateTime: inDays(2),
      }),
    ],
  });
  return {
    get posts() {
      return tenant.createTokenRequests.map((r) => ({ url: r.url, body: JSON.parse(r.body!) as unknown }));
    },
    get reads() {
      return tenant.requests.filter((r) => r.method === "GET" && /Profiles$/.test(new URL(r.url).pathname));
    },
  };
}

/** jsdom's Blob has no text(): read it the way a page would have to. */
const readBlob = (blob: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });

const shownNames = () =>
  within(screen.getByRole("list", { name: "Enrollment profiles" }))
    .getAllByRole("link")
    .map((link) => link.querySelector("[id^=profile-name]")?.textContent);

// Whole pages with MUI in jsdom: slow on a busy machine.
describe("the fleet view", { timeout: 20_000 }, () => {
  it("counts tokens per kind and state; a count filters the list to that group, and says it is pressed", async () => {
    serveTenant();
    const { user } = renderWithProviders(<WorkspacePage />, { toast: false });
    const overview = await screen.findByRole("region", { name: "Token overview" });
    const allKinds = within(overview).getByRole("row", { name: /^All kinds/ });
    const within7 = within(allKinds).getByRole("button", {
      name: "Show the 2 profiles of All kinds: Expires within 7 days",
    });
    expect(within7).toHaveAttribute("aria-pressed", "false");

    await user.click(within7);
    await waitFor(() => expect(shownNames()).toEqual(["Headsets", "Scanners"]));
    expect(within7).toHaveAttribute("aria-pressed", "true");
    expect(screen.getByRole("combobox", { name: "Token state" })).toHaveValue("within7");

    await user.click(
      within(overview).getByRole("button", { name: "Show the 1 profile of Android for Work (legacy): Expired" }),
    );
    await waitFor(() => expect(shownNames()).toEqual(["Lobby"]));
    expect(screen.getByRole("combobox", { name: "Kind" })).toHaveValue("legacy");
  });

  it("selection is kept across filtering; Select all shown ticks only what is shown", async () => {
    serveTenant();
    const { user } = renderWithProviders(<WorkspacePage />, { toast: false });
    await screen.findByRole("link", { name: "Lobby" });
    await user.selectOptions(screen.getByRole("combobox", { name: "Kind" }), "legacy");
    await waitFor(() => expect(shownNames()).toEqual(["Lobby", "Signage"]));
    await user.click(screen.getByRole("checkbox", { name: "Select all 2 shown" }));
    expect(screen.getByText("2 profiles selected")).toBeInTheDocument();

    await user.selectOptions(screen.getByRole("combobox", { name: "Kind" }), "all");
    await waitFor(() => expect(shownNames()).toHaveLength(4));
    expect(screen.getByText("2 profiles selected")).toBeInTheDocument();
    const selectAll = screen.getByRole("checkbox", { name: "Select all 4 shown" });
    expect(selectAll).toHaveAttribute("data-indeterminate", "true");
    await user.click(screen.getByRole("checkbox", { name: "Scanners" }));
    expect(screen.getByText("3 profiles selected")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Clear selection" }));
    expect(screen.queryByText(/profiles? selected/)).not.toBeInTheDocument();
  });

  it("bulk renewal: one validity fitted per kind, confirmed first, one POST per profile, a summary, the lists re-read", async () => {
    const served = serveTenant();
    const { user } = renderWithProviders(<WorkspacePage />, { toast: false });
    await screen.findByRole("link", { name: "Scanners" });
    await user.click(screen.getByRole("checkbox", { name: "Select all 4 shown" }));
    await user.click(screen.getByRole("button", { name: "Renew tokens…" }));
    const dialog = screen.getByRole("dialog", { name: "Renew the tokens of 4 profiles" });
    expect(dialog).toHaveTextContent("4 profiles with 48 enrolled devices in all");
    const slider = within(dialog).getByRole("slider", { name: "Token validity" });
    slider.focus();
    await user.keyboard("{End}");
    expect(dialog).toHaveTextContent("AOSP userless: 1 profile, limited to 90 days");
    expect(dialog).toHaveTextContent("Android for Work (legacy): 2 profiles, limited to 90 days");

    // Cancel sends nothing.
    await user.click(within(dialog).getByRole("button", { name: "Cancel" }));
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(served.posts).toEqual([]);

    await user.click(screen.getByRole("button", { name: "Renew tokens…" }));
    const readsBefore = served.reads.length;
    await user.click(within(screen.getByRole("dialog")).getByRole("button", { name: "Renew 4 tokens" }));
    const panel = await screen.findByRole("region", { name: "Bulk renewal" });
    await within(panel).findByText("Renewed 4 of 4 tokens. 0 failed.", {}, { timeout: 8_000 });
    expect(served.posts.map((post) => [new URL(post.url).pathname.split("/").at(-2), post.body])).toEqual(
      expect.arrayContaining([
        ["d-soon", { tokenValidityInSeconds: 2_051_244_000 }],
        ["AOSP-a-soon", { tokenValidityInSeconds: 7_776_000 }],
        ["l-expired", { tokenValidityInSeconds: 7_776_000 }],
        ["l-none", { tokenValidityInSeconds: 7_776_000 }],
      ]),
    );
    expect(served.posts).toHaveLength(4);
    await waitFor(() => expect(served.reads.length).toBeGreaterThanOrEqual(readsBefore + 2));
    await user.click(within(panel).getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByRole("region", { name: "Bulk renewal" })).not.toBeInTheDocument();
  });

  it("exports the shown profiles as CSV, built when asked", async () => {
    serveTenant();
    const blobs: Blob[] = [];
    vi.spyOn(URL, "createObjectURL").mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return "blob:csv";
    });
    vi.spyOn(URL, "revokeObjectURL").mockImplementation(() => undefined);
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
    const { user } = renderWithProviders(<WorkspacePage />, { toast: false });
    await screen.findByRole("link", { name: "Lobby" });
    await user.selectOptions(screen.getByRole("combobox", { name: "Kind" }), "legacy");
    await waitFor(() => expect(shownNames()).toHaveLength(2));
    expect(blobs).toEqual([]);
    await user.click(screen.getByRole("button", { name: "Export CSV" }));
    expect(click).toHaveBeenCalledTimes(1);
    const csv = await readBlob(blobs[0]!);
    expect(blobs[0]!.type).toBe("text/csv;charset=utf-8");
    expect(csv.split("\r\n").filter(Boolean)).toHaveLength(3);
    expect(csv).toContain('"Lobby","Android for Work (legacy)","Expired"');
    expect(csv).not.toContain("Scanners");
  });
});
