import { blockSessionStorage } from "../test/blockedStorage";
import { sessionStore } from "./sessionStore";
import { claimAccountState, forgetAccountState, leaveAccount, onLeaveAccount } from "./accountState";

const keys = () => Object.keys(window.sessionStorage).sort();

describe("account state", () => {
  beforeEach(() => {
    window.history.replaceState(null, "", "/tools/enrollment/?profile=p1&kind=dedicated");
    window.sessionStorage.setItem("etc.filter", '"warehouse"');
    window.sessionStorage.setItem("etc.pendingCreate", '{"profileId":"p1","validitySeconds":3600}');
    window.sessionStorage.setItem("msal.token.keys.client", "{}");
  });

  it("forgetting drops every etc. key and the query string, and nothing else", () => {
    window.history.replaceState(null, "", "/tools/enrollment/?profile=p1#top");
    forgetAccountState();
    expect(keys()).toEqual(["msal.token.keys.client"]);
    expect(window.location.pathname + window.location.search + window.location.hash).toBe("/tools/enrollment/#top");
  });

  it("the same account coming back keeps its state", () => {
    claimAccountState("alice");
    claimAccountState("alice");
    expect(keys()).toEqual(["etc.filter", "etc.owner", "etc.pendingCreate", "msal.token.keys.client"]);
    expect(window.location.search).toBe("?profile=p1&kind=dedicated");
  });

  it("state that belongs to nobody yet (a shared link opened before signing in) becomes the account's", () => {
    window.sessionStorage.removeItem("etc.filter");
    window.sessionStorage.removeItem("etc.pendingCreate");
    claimAccountState("alice");
    expect(window.location.search).toBe("?profile=p1&kind=dedicated");
    expect(window.sessionStorage.getItem("etc.owner")).toBe("alice");
  });

  it("another account drops what was kept for the first, and owns what it keeps next", () => {
    claimAccountState("alice");
    claimAccountState("bob");
    expect(keys()).toEqual(["etc.owner", "msal.token.keys.client"]);
    expect(window.sessionStorage.getItem("etc.owner")).toBe("bob");
    expect(window.location.search).toBe("");
    expect(window.location.pathname).toBe("/tools/enrollment/");

    window.sessionStorage.setItem("etc.sort", '"expiry"');
    claimAccountState("bob");
    expect(window.sessionStorage.getItem("etc.sort")).toBe('"expiry"');
  });

  it("after forgetting (sign-out), the next account starts clean and owns the state", () => {
    claimAccountState("alice");
    forgetAccountState();
    expect(keys()).toEqual(["msal.token.keys.client"]);
    claimAccountState("bob");
    expect(window.sessionStorage.getItem("etc.owner")).toBe("bob");
  });

  it("where session storage is blocked, another account drops what the page kept in memory for the first", () => {
    const restore = blockSessionStorage();
    try {
      claimAccountState("alice");
      sessionStore().setItem("etc.filter", '"warehouse"');
      claimAccountState("alice");
      expect(sessionStore().getItem("etc.filter")).toBe('"warehouse"');
      claimAccountState("bob");
      expect(sessionStore().getItem("etc.filter")).toBeNull();
      sessionStore().setItem("etc.filter", '"depot"');
      forgetAccountState();
      expect(sessionStore().getItem("etc.filter")).toBeNull();
    } finally {
      restore();
    }
  });

  it("leaving (sign-out) stops what works for the account first, then forgets; a stop may write, and it is forgotten too", () => {
    const seen: string[][] = [];
    const unsubscribe = onLeaveAccount(() => {
      seen.push(keys());
      window.sessionStorage.setItem("etc.bulkRun", "{}");
    });
    leaveAccount();
    expect(seen).toEqual([["etc.filter", "etc.pendingCreate", "msal.token.keys.client"]]);
    expect(keys()).toEqual(["msal.token.keys.client"]);
    unsubscribe();
    leaveAccount();
    expect(seen).toHaveLength(1);
  });
});
