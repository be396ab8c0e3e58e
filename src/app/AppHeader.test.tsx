import { cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { AuthContext, type AuthSession } from "../auth/session";
import { QueryClientProvider } from "@tanstack/react-query";
import { createGraphClient } from "../graph/client";
import { GraphClientContext } from "../graph/GraphContext";
import { GRAPH_HOST, createTestQueryClient, testSession } from "../test/render";
import { LocaleProvider } from "../i18n/LocaleProvider";
import { ThemeRoot } from "./AppProviders";
import { AppHeader } from "./AppHeader";
import { TenantContext, type TenantChoice } from "../tenants/TenantContext";

function renderHeader(session: AuthSession, tenants: TenantChoice | null = null) {
  const graph = createGraphClient({ graphHost: GRAPH_HOST, getAccessToken: async () => "test-token" });
  render(
    <LocaleProvider>
      {() => (
        <ThemeRoot>
          <GraphClientContext.Provider value={graph}>
            <AuthContext.Provider value={session}>
              <QueryClientProvider client={createTestQueryClient()}>
                <TenantContext.Provider value={tenants}>
                  <AppHeader demo={false} framed={false} />
                </TenantContext.Provider>
              </QueryClientProvider>
            </AuthContext.Provider>
          </GraphClientContext.Provider>
        </ThemeRoot>
      )}
    </LocaleProvider>,
  );
  return userEvent.setup();
}

/** Sign out, and what the console kept for the admin at that moment. */
function spyOnSignOut(session: AuthSession) {
  window.history.replaceState(null, "", "/?profile=p1");
  window.sessionStorage.setItem("etc.filter", '"warehouse"');
  window.sessionStorage.setItem("etc.owner", "a");
  const kept: { atSignOut: string[] } = { atSignOut: [] };
  vi.mocked(session.signOut).mockImplementation(() => {
    kept.atSignOut = [...Object.keys(window.sessionStorage), window.location.search];
  });
  return kept;
}

describe("AppHeader", () => {
  const wideWidth = window.innerWidth;
  afterEach(() => {
    window.innerWidth = wideWidth;
  });

  it("Sign out drops what the console kept for the admin, then signs out", async () => {
    const session = testSession();
    const kept = spyOnSignOut(session);
    const user = renderHeader(session);
    await user.click(screen.getByRole("button", { name: "Sign out" }));
    expect(session.signOut).toHaveBeenCalledTimes(1);
    expect(kept.atSignOut).toEqual([""]);
    expect(session.switchAccount).not.toHaveBeenCalled();
  });

  it("on a narrow screen puts the account, its actions and the settings in a menu that gives focus back", async () => {
    window.innerWidth = 390;
    const session = testSession();
    const kept = spyOnSignOut(session);
    const user = renderHeader(session);
    expect(screen.queryByRole("button", { name: "Sign out" })).not.toBeInTheDocument();
    const open = screen.getByRole("button", { name: "Account: Test Admin" });
    expect(open).toHaveAttribute("aria-expanded", "false");

    // Pressed at once: the menu comes with the workspace's chunk (on a busy machine its first import takes a while),
    // and opens once it is there.
    await user.click(open);
    const menu = await screen.findByRole("dialog", { name: "Signed in as" }, { timeout: 10_000 });
    expect(open).toHaveAttribute("aria-expanded", "true");
    expect(menu).toHaveTextContent("admin@contoso.example");
    expect(menu).toHaveTextContent("Tenant t");
    expect(within(menu).getByRole("combobox", { name: "Language" })).toBeInTheDocument();
    expect(within(menu).getByRole("combobox", { name: "Theme" })).toBeInTheDocument();
    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(open).toHaveFocus();

    await user.click(open);
    await user.click(within(screen.getByRole("dialog")).getByRole("button", { name: "Sign out" }));
    expect(session.signOut).toHaveBeenCalledTimes(1);
    expect(kept.atSignOut).toEqual([""]);
  }, 20_000);

  it("the Theme switch applies dark at once and remembers it; System follows the system again", async () => {
    const user = renderHeader(testSession());
    const theme = screen.getByRole("combobox", { name: "Theme" });
    expect(theme).toHaveValue("system");
    const background = () => getComputedStyle(document.body).backgroundColor;
    expect(background()).toBe("rgb(244, 246, 249)");

    await user.selectOptions(theme, "dark");
    expect(background()).toBe("rgb(15, 18, 22)");
    expect(window.localStorage.getItem("etc.colorScheme")).toBe("dark");

    await user.selectOptions(theme, "system");
    // jsdom's system is light.
    expect(background()).toBe("rgb(244, 246, 249)");
    expect(window.localStorage.getItem("etc.colorScheme")).toBe("system");
  });

  it("starts in the scheme the admin chose before", () => {
    window.localStorage.setItem("etc.colorScheme", "dark");
    renderHeader(testSession());
    expect(screen.getByRole("combobox", { name: "Theme" })).toHaveValue("dark");
    expect(getComputedStyle(document.body).backgroundColor).toBe("rgb(15, 18, 22)");
  });

  describe("in a console of several tenants", () => {
    const FABRIKAM = { id: "0b9d4c1e-6f2a-4d3b-8c5e-7a1f2b3c4d5e", name: "Fabrikam" };
    const CONTOSO = { id: "72f988bf-86f1-41af-91ab-2d7cd011db47", name: "Contoso (partner)" };
    // TenantScope gives everything below the account as seen in the chosen tenant: its tenant is the tenant's id.
    const inFabrikam = () => {
      const session = testSession();
      return { ...session, account: { ...session.account!, tenant: FABRIKAM.id } };
    };
    const choice: TenantChoice = {
      tenants: [CONTOSO, FABRIKAM],
      current: FABRIKAM,
      requested: null,
      choose: vi.fn(),
      discovery: null,
      overview: false,
      showOverview: vi.fn(),
    };

    it("links to the overview of all tenants, marked as the page while it is shown", async () => {
      const user = renderHeader(inFabrikam(), choice);
      const link = screen.getByRole("link", { name: "All tenants" });
      expect(link).toHaveAttribute("href", `?tenant=${FABRIKAM.id}&view=tenants`);
      expect(link).not.toHaveAttribute("aria-current");
      await user.click(link);
      expect(choice.showOverview).toHaveBeenCalledOnce();
      cleanup();
      renderHeader(inFabrikam(), { ...choice, overview: true });
      expect(screen.getByRole("link", { name: "All tenants" })).toHaveAttribute("aria-current", "page");
    });

    it("names the tenant the account works in by its name, not its id", async () => {
      renderHeader(inFabrikam(), choice);
      const identity = screen.getByRole("group", { name: "Signed in as" });
      expect(identity).toHaveTextContent("Tenant Fabrikam");
      expect(identity).not.toHaveTextContent(FABRIKAM.id);
      expect(await screen.findByRole("combobox", { name: "Tenant" }, { timeout: 10_000 })).toHaveValue("Fabrikam");
    }, 20_000);

    it("names it so in the account menu on a narrow screen", async () => {
      window.innerWidth = 390;
      const user = renderHeader(inFabrikam(), choice);
      await user.click(screen.getByRole("button", { name: "Account: Test Admin" }));
      const menu = await screen.findByRole("dialog", { name: "Signed in as" }, { timeout: 10_000 });
      expect(menu).toHaveTextContent("Tenant Fabrikam");
      expect(menu).not.toHaveTextContent(FABRIKAM.id);
    }, 20_000);
  });
});
