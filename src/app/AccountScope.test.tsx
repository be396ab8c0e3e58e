import { useState } from "react";
import * as z from "zod/mini";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { AuthContext, type AuthSession } from "../auth/session";
import { testSession } from "../test/render";
import { useSessionState } from "../ui/useSessionState";
import { AccountScope } from "./AccountScope";

const text = z.string();

/** Kept state (session storage, the URL), component state, and the query cache, as the workspace has them. */
function Workspace() {
  const [filter, setFilter] = useSessionState("filter", "", text);
  const [draft, setDraft] = useState("");
  const queryClient = useQueryClient();
  // Never fetched: only what was put in this cache shows.
  const cached = useQuery({ queryKey: ["probe"], queryFn: () => "fetched", enabled: false });
  return (
    <>
      <label>
        Filter
        <input value={filter} onChange={(event) => setFilter(event.target.value)} />
      </label>
      <label>
        Draft
        <input value={draft} onChange={(event) => setDraft(event.target.value)} />
      </label>
      <p>selection: {new URLSearchParams(window.location.search).get("profile") ?? "none"}</p>
      <p>cached: {cached.data ?? "nothing"}</p>
      <button onClick={() => queryClient.setQueryData(["probe"], "profiles")}>Read</button>
    </>
  );
}

function session(id: string | null): AuthSession {
  const base = testSession();
  if (id === null) return { ...base, status: "signed-out", account: null };
  return { ...base, account: { ...base.account!, id, name: id } };
}

function renderScope(accountId: string | null) {
  const ui = (id: string | null) => (
    <AuthContext.Provider value={session(id)}>
      <AccountScope>
        <Workspace />
      </AccountScope>
    </AuthContext.Provider>
  );
  const result = render(ui(accountId));
  return { ...result, signInAs: (id: string | null) => result.rerender(ui(id)) };
}

async function choose(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText("Filter"), "warehouse");
  await user.type(screen.getByLabelText("Draft"), "unsaved");
  await user.click(screen.getByRole("button", { name: "Read" }));
  expect(screen.getByText("cached: profiles")).toBeInTheDocument();
}

describe("AccountScope", () => {
  it("another account starts from nothing: kept state, the selection, component state and the cache", async () => {
    window.history.replaceState(null, "", "/?profile=p1");
    const user = userEvent.setup();
    const { signInAs } = renderScope("alice");
    await choose(user);
    expect(screen.getByText("selection: p1")).toBeInTheDocument();

    signInAs("bob");
    expect(screen.getByLabelText("Filter")).toHaveValue("");
    expect(screen.getByLabelText("Draft")).toHaveValue("");
    expect(screen.getByText("selection: none")).toBeInTheDocument();
    expect(screen.getByText("cached: nothing")).toBeInTheDocument();
    expect(window.sessionStorage.getItem("etc.filter")).toBeNull();
    expect(window.location.search).toBe("");
  });

  it("the same account coming back (a redirect sign-in reloads the page) keeps what it chose", async () => {
    window.history.replaceState(null, "", "/?profile=p1");
    const user = userEvent.setup();
    const first = renderScope("alice");
    await choose(user);
    first.unmount();

    renderScope("alice");
    expect(screen.getByLabelText("Filter")).toHaveValue("warehouse");
    expect(screen.getByText("selection: p1")).toBeInTheDocument();
  });

  it("after a reload, another account finds nothing of the first one's", async () => {
    const user = userEvent.setup();
    const first = renderScope("alice");
    await choose(user);
    first.unmount();
    window.history.replaceState(null, "", "/?profile=p1");

    renderScope("bob");
    expect(screen.getByLabelText("Filter")).toHaveValue("");
    expect(screen.getByText("selection: none")).toBeInTheDocument();
  });

  it("a shared link opened before signing in is kept for whoever signs in", () => {
    window.history.replaceState(null, "", "/?profile=shared");
    const { signInAs } = renderScope(null);
    signInAs("alice");
    expect(screen.getByText("selection: shared")).toBeInTheDocument();
  });
});
