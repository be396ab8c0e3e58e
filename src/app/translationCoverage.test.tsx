import type { ReactNode } from "react";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { AuthFailure } from "../auth/AuthFailure";
import { AuthContext, type AuthSession } from "../auth/session";
import { ConfigErrorScreen } from "./ConfigErrorScreen";
import { parseConfig } from "../config/parseConfig";
import { activateLanguage, loadLanguage } from "../i18n";
import { LocaleProvider } from "../i18n/LocaleProvider";
import { NO_TOKEN } from "../fake-tenant/intuneRules";
import { profile } from "../fake-tenant/profiles";
import { serveFakeTenant } from "../test/fakeTenant";
import { testGraph, testSession } from "../test/render";
import { App } from "./App";
import { ThemeRoot } from "./AppProviders";
import { ErrorBoundary } from "./ErrorBoundary";

/*
 * Every string on screen must come from the messages. In a pseudo-locale every message is wrapped in ⟦…⟧; after
 * rendering the main screens, every text node and every accessible attribute must be one wrapped message, or
 * exactly one of the strings this test put in as data (Graph's profiles and errors, the account, config.json's keys).
 */

const OPEN = "⟦";
const CLOSE = "⟧";
const ATTRIBUTES = ["aria-label", "title", "placeholder", "alt", "aria-valuetext", "aria-description"];

beforeAll(async () => {
  const english = await loadLanguage("en");
  const literal = (value: string): MessageFormatElement => ({ type: TYPE.literal, value });
  const wrapped = Object.fromEntries(
    Object.entries(english.messages).map(([key, ast]) => [key, [literal(OPEN), ...ast, literal(CLOSE)]]),
  );
  activateLanguage("en", { messages: wrapped });
});

afterAll(async () => {
  activateLanguage("en", await loadLanguage("en"));
});

beforeEach(() => {
  window.history.replaceState(null, "", "/");
  sessionStorage.clear();
});

const isMessage = (text: string) => text.startsWith(OPEN) && text.endsWith(CLOSE);

/** Everything on the page that did not go through a message, except the listed data. */
function untranslated(data: readonly string[]): string[] {
  const found: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? "";
    if (text.replace(/[\s\u200b]/g, "") === "" || isMessage(text) || data.includes(text)) continue;
    // A decoration hidden from assistive technology that holds no word or number (the token's ••• mask).
    if (node.parentElement?.closest("[aria-hidden=true]") && !/[\p{L}\p{N}]/u.test(text)) continue;
    found.push(`text ${JSON.stringify(text)} in <${node.parentElement?.tagName.toLowerCase()}>`);
  }
  for (const element of document.body.querySelectorAll("*")) {
    for (const name of ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (value !== null && !isMessage(value) && !data.includes(value)) {
        found.push(`${name}=${JSON.stringify(value)} on <${element.tagName.toLowerCase()}>`);
      }
    }
  }
  if (!isMessage(document.title)) found.push(`document title ${JSON.stringify(document.title)}`);
  return found;
}

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
const QR_PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

const PROFILES = [
  profile({
    id: "p-kiosk",
    displayName: "Kiosk devices",
    description: "Lobby tablets for visitors",
    enrolledDeviceCount: 12,
    tokenExpirationDateTime: inDays(20),
    lastModifiedDateTime: inDays(-2),
    tokenValue: "KIOSK-TOKEN-VALUE",
    qrCodeImage: { type: "image/png", value: QR_PNG },
  }),
  profile({
    id: "p-warehouse",
    displayName: "Warehouse scanners",
    description: "Zebra handhelds in Building 7",
    enrolledDeviceCount: 1,
    tokenExpirationDateTime: inDays(-3),
  }),
  profile({
    id: "p-field",
    displayName: null,
    description: null,
    enrolledDeviceCount: 0,
    tokenExpirationDateTime: NO_TOKEN,
  }),
];
const FORBIDDEN = "Access to this profile is denied by an Intune role scope.";
const ACCOUNT = testSession().account!;
/** What Graph and the account put on screen: the only text allowed to be unwrapped. */
/** The token Graph has after the test replaces it. */
const NEW_TOKEN = "KIOSK-NEW-TOKEN";
const DATA = [
  ...PROFILES.flatMap((profile) => [profile.displayName, profile.description]),
  NEW_TOKEN,
  FORBIDDEN,
  ACCOUNT.name,
  ACCOUNT.username,
].filter((text): text is string => typeof text === "string");

function serveGraph() {
  const tenant = serveFakeTenant({ profiles: PROFILES, newToken: () => NEW_TOKEN });
  tenant.failNext("GET", /\/p-warehouse$/, 403, "Forbidden", FORBIDDEN);
}

function renderApp(session: AuthSession, { demo = false } = {}) {
  const { graph, permissions } = testGraph();
  const SessionProvider = ({ children }: { children: ReactNode }) => (
    <AuthContext.Provider value={session}>{children}</AuthContext.Provider>
  );
  render(<LocaleProvider>{() => <App runtime={{ demo, graph, permissions, SessionProvider }} />}</LocaleProvider>);
  return userEvent.setup();
}

describe("every string on screen went through translation", { timeout: 20_000 }, () => {
  it("the sign-in screen, with a failed sign-in's alert", async () => {
    renderApp({ ...testSession(), status: "signed-out", account: null, error: new AuthFailure("popup-blocked", "x") });
    await screen.findByRole("alert");
    expect(untranslated(["x"])).toEqual([]);
  });

  it("the profile list, a profile with its token and QR code, a created token's toast, and a failed read", async () => {
    serveGraph();
    const user = renderApp(testSession(), { demo: true });
    // The workspace is a lazily loaded chunk: on a busy machine its first import takes a while.
    await user.click(await screen.findByRole("link", { name: "Kiosk devices" }, { timeout: 10_000 }));
    await user.click(await screen.findByRole("button", { name: /Show token/ }));
    await user.click(screen.getByRole("button", { name: /Show QR code/ }));
    await user.click(screen.getByRole("button", { name: /Replace token/ }));
    await user.click(within(screen.getByRole("dialog")).getByRole("button", { name: /Replace token/ }));
    await screen.findByText(/Token created for/);
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(screen.getByText(NEW_TOKEN)).toBeInTheDocument();
    expect(untranslated(DATA)).toEqual([]);

    await user.click(screen.getByRole("link", { name: "Warehouse scanners" }));
    const alert = await screen.findByRole("alert");
    expect(within(alert).getByText(FORBIDDEN)).toBeInTheDocument();
    expect(untranslated(DATA)).toEqual([]);

    await user.type(screen.getByRole("searchbox"), "zzz");
    await screen.findByText(/No profile matches/);
    expect(untranslated(DATA)).toEqual([]);
  }, 20_000);

  it("the bad-config screen", () => {
    const result = parseConfig(
      { clientID: "x", tenantId: "?", cloud: "mars", demo: "yes" },
      "https://tokens.contoso.com",
    );
    if (result.ok) throw new Error("expected problems");
    render(
      <LocaleProvider>
        {() => (
          <ThemeRoot>
            <ConfigErrorScreen problems={result.problems} />
          </ThemeRoot>
        )}
      </LocaleProvider>,
    );
    // config.json's own keys are data, shown as code.
    expect(untranslated(["clientID", "clientId", "tenantId", "cloud", "demo"])).toEqual([]);
  });

  it("the crash screen", () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const Broken = () => {
      throw new Error("render failed");
    };
    render(
      <ErrorBoundary>
        <Broken />
      </ErrorBoundary>,
    );
    expect(screen.getByRole("alert")).toBeInTheDocument();
    expect(untranslated([])).toEqual([]);
  });

  it("the check itself catches a string that skipped translation", async () => {
    render(
      <p>
        <span>{"⟦a message⟧"}</span> and a stray word
      </p>,
    );
    await waitFor(() => expect(untranslated([])).toEqual(['text " and a stray word" in <p>']));
  });
});
