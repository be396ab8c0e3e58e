import type { ReactNode } from "react";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { AuthContext } from "../auth/session";
import { activateLanguage, loadLanguage } from "../i18n";
import { LocaleProvider } from "../i18n/LocaleProvider";
import { profile } from "../fake-tenant/profiles";
import { serveFakeTenant } from "../test/fakeTenant";
import { testGraph, testSession } from "../test/render";
import Alert from "@mui/material/Alert";
import { App } from "./App";
import { ThemeRoot } from "./AppProviders";

const kioskDevices = () =>
  profile({
    id: "p-kiosk",
    displayName: "Kiosk devices",
    description: "Lobby tablets for visitors",
    enrolledDeviceCount: 12,
    tokenExpirationDateTime: new Date(Date.now() + 20 * 86_400_000).toISOString(),
    tokenValue: "KIOSK-TOKEN-VALUE",
  });

afterEach(async () => {
  localStorage.clear();
  activateLanguage("en", await loadLanguage("en"));
});

function renderApp() {
  serveFakeTenant({ profiles: [kioskDevices()] });
  const { graph, permissions } = testGraph();
  const session = testSession();
  const SessionProvider = ({ children }: { children: ReactNode }) => (
    <AuthContext.Provider value={session}>{children}</AuthContext.Provider>
  );
  render(
    <LocaleProvider>{() => <App runtime={{ demo: false, graph, permissions, SessionProvider }} />}</LocaleProvider>,
  );
  return userEvent.setup();
}

describe("switching the language", () => {
  it("applies at once to every screen, keeps what the admin was doing, and is remembered", async () => {
    window.history.replaceState(null, "", "/");
    const user = renderApp();
    // The workspace is a lazily loaded chunk: on a busy machine its first import takes a while.
    await user.click(await screen.findByRole("link", { name: "Kiosk devices" }, { timeout: 10_000 }));
    await user.click(await screen.findByRole("button", { name: "Show token" }));
    await user.type(screen.getByRole("searchbox", { name: "Filter profiles" }), "kiosk");

    await user.selectOptions(screen.getByRole("combobox", { name: "Language" }), "ja");

    // Deep in the tree (the lazily loaded workspace, the slider's marks, MUI's own strings) all in Japanese.
    expect(await screen.findByRole("heading", { name: "登録プロファイル" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "トークンの置換" })).toBeInTheDocument();
    expect(screen.getByRole("slider", { name: "トークンの有効期間" })).toHaveAttribute("aria-valuetext", "7日");
    expect(screen.getByRole("button", { name: "サインアウト" })).toBeInTheDocument();
    expect(screen.getByText("登録済みデバイス: 12台", { selector: "article *" })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe("ja");
    expect(localStorage.getItem("etc.language")).toBe("ja");
    expect(screen.getByRole("combobox", { name: "言語" })).toHaveValue("ja");

    // Nothing was re-mounted: the filter, the chosen profile and the shown token are as they were.
    expect(screen.getByRole("searchbox", { name: "プロファイルのフィルター" })).toHaveValue("kiosk");
    expect(screen.getByRole("heading", { level: 2, name: "Kiosk devices" })).toBeInTheDocument();
    expect(within(screen.getByRole("group", { name: "登録トークン" })).getByText("KIOSK-TOKEN-VALUE")).toBeVisible();

    await user.selectOptions(screen.getByRole("combobox", { name: "言語" }), "en");
    expect(await screen.findByRole("heading", { name: "Enrollment profiles" })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe("en");
    expect(localStorage.getItem("etc.language")).toBe("en");
  });
});

it("MUI's own strings follow the language through the theme (its jaJP locale)", async () => {
  activateLanguage("ja", await loadLanguage("ja"));
  render(
    <LocaleProvider>
      {() => (
        <ThemeRoot>
          <Alert onClose={() => undefined}>…</Alert>
        </ThemeRoot>
      )}
    </LocaleProvider>,
  );
  expect(screen.getByRole("button", { name: "閉じる" })).toBeInTheDocument();
});
