import { blockSessionStorage } from "../test/blockedStorage";
import { sessionStore } from "./sessionStore";

describe("sessionStore", () => {
  it("is the tab's session storage where the browser allows it", () => {
    expect(sessionStore()).toBe(window.sessionStorage);
  });

  it("is a storage in the page's memory where reading session storage throws", () => {
    const restore = blockSessionStorage();
    try {
      const store = sessionStore();
      store.setItem("k", "v");
      expect(sessionStore().getItem("k")).toBe("v");
      expect(store.length).toBe(1);
      expect(store.key(0)).toBe("k");
    } finally {
      restore();
    }
  });
});
