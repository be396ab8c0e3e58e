import * as z from "zod/mini";
import { blockSessionStorage } from "../test/blockedStorage";
import { persisted } from "./persisted";

const count = z.int().check(z.positive());

/** A session Storage whose writes fail, as when the browser's quota is used up. */
function fullStorage(): Storage {
  const storage = window.sessionStorage;
  return {
    get length() {
      return storage.length;
    },
    key: (index) => storage.key(index),
    getItem: (key) => storage.getItem(key),
    setItem: () => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    },
    removeItem: (key) => storage.removeItem(key),
    clear: () => storage.clear(),
  };
}

describe("persisted", () => {
  beforeEach(() => {
    sessionStorage.clear();
    localStorage.clear();
  });

  it("keeps a value as JSON under the account's prefix and reads it back", () => {
    const kept = persisted("count", count);
    expect(kept.write(3)).toBe(true);
    expect(sessionStorage.getItem("etc.count")).toBe("3");
    expect(persisted("count", count).read()).toBe(3);
    kept.forget();
    expect(sessionStorage.getItem("etc.count")).toBeNull();
    expect(kept.read()).toBeUndefined();
  });

  it("reads nothing when what is stored does not pass the schema or is not JSON", () => {
    sessionStorage.setItem("etc.count", '"three"');
    expect(persisted("count", count).read()).toBeUndefined();
    sessionStorage.setItem("etc.count", "-1");
    expect(persisted("count", count).read()).toBeUndefined();
    sessionStorage.setItem("etc.count", "{not json");
    expect(persisted("count", count).read()).toBeUndefined();
  });

  it("puts a tenant's scope inside the account's prefix, apart from the account's own value", () => {
    persisted("count", count, { scope: "tenant.t1." }).write(7);
    persisted("count", count).write(1);
    expect(sessionStorage.getItem("etc.tenant.t1.count")).toBe("7");
    expect(persisted("count", count, { scope: "tenant.t1." }).read()).toBe(7);
    expect(persisted("count", count, { scope: "tenant.t2." }).read()).toBeUndefined();
    expect(persisted("count", count).read()).toBe(1);
  });

  it("keeps a local value under its key as it is, as text when asked", () => {
    const mode = z.enum(["light", "dark"]);
    localStorage.setItem("etc.colorScheme", "dark");
    expect(persisted("etc.colorScheme", mode, { in: "local", asText: true }).read()).toBe("dark");
    persisted("etc.colorScheme", mode, { in: "local", asText: true }).write("light");
    expect(localStorage.getItem("etc.colorScheme")).toBe("light");
    localStorage.setItem("etc.colorScheme", "sepia");
    expect(persisted("etc.colorScheme", mode, { in: "local", asText: true }).read()).toBeUndefined();
    expect(sessionStorage.length).toBe(0);
  });

  it("where session storage is blocked, keeps the value in the page's memory and never throws", () => {
    const restore = blockSessionStorage();
    try {
      expect(persisted("blocked", count).write(5)).toBe(true);
      expect(persisted("blocked", count).read()).toBe(5);
      persisted("blocked", count).forget();
      expect(persisted("blocked", count).read()).toBeUndefined();
    } finally {
      restore();
    }
    expect(sessionStorage.getItem("etc.blocked")).toBeNull();
  });

  it("where storage refuses a write, says so and holds the value for this page", () => {
    const kept = persisted("count", count, { in: fullStorage() });
    expect(kept.write(4)).toBe(false);
    expect(kept.read()).toBe(4);
    expect(sessionStorage.getItem("etc.count")).toBeNull();
    kept.forget();
    expect(kept.read()).toBeUndefined();
  });

  it("where local storage is blocked, reads nothing and writes without throwing", () => {
    const original = Object.getOwnPropertyDescriptor(window, "localStorage")!;
    Object.defineProperty(window, "localStorage", {
      configurable: true,
      get: () => {
        throw new DOMException("Access is denied for this document.", "SecurityError");
      },
    });
    try {
      const kept = persisted("etc-last", z.string(), { in: "local", asText: true });
      expect(kept.read()).toBeUndefined();
      expect(kept.write("t1")).toBe(false);
      expect(kept.read()).toBe("t1");
      expect(() => kept.forget()).not.toThrow();
    } finally {
      Object.defineProperty(window, "localStorage", original);
    }
  });
});
