import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { AuthContext } from "../auth/session";
import { testSession } from "../test/render";
import { LocaleProvider } from "../i18n/LocaleProvider";
import { AppHeader } from "./AppHeader";

describe("AppHeader", () => {
  it("Sign out drops what the console kept for the admin, then signs out", async () => {
    window.history.replaceState(null, "", "/?profile=p1");
    window.sessionStorage.setItem("etc.filter", '"warehouse"');
    window.sessionStorage.setItem("etc.owner", "a");
    const session = testSession();
    let keptAtSignOut: string[] = [];
    vi.mocked(session.signOut).mockImplementation(() => {
      keptAtSignOut = [...Object.keys(window.sessionStorage), window.location.search];
    });
    render(
      <LocaleProvider>
        {() => (
          <AuthContext.Provider value={session}>
            <AppHeader demo={false} framed={false} />
          </AuthContext.Provider>
        )}
      </LocaleProvider>,
    );
    await userEvent.setup().click(screen.getByRole("button", { name: "Sign out" }));
    expect(session.signOut).toHaveBeenCalledTimes(1);
    expect(keptAtSignOut).toEqual([""]);
    expect(session.switchAccount).not.toHaveBeenCalled();
  });
});
