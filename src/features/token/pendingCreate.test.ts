import { blockSessionStorage } from "../../test/blockedStorage";
import { forgetPendingCreate, readPendingCreate, rememberPendingCreate } from "./pendingCreate";

const intent = { kind: "dedicated", profileId: "p1", validitySeconds: 3600 } as const;

describe("the pending create", () => {
  beforeEach(() => sessionStorage.clear());

  it("is kept for the account until it settles, and an invalid one reads as none", () => {
    rememberPendingCreate(intent);
    expect(readPendingCreate()).toEqual(intent);
    forgetPendingCreate();
    expect(readPendingCreate()).toBeNull();
    sessionStorage.setItem("etc.pendingCreate", '{"kind":"dedicated","profileId":"p1","validitySeconds":0}');
    expect(readPendingCreate()).toBeNull();
    sessionStorage.setItem("etc.pendingCreate", '{"kind":"printer","profileId":"p1","validitySeconds":3600}');
    expect(readPendingCreate()).toBeNull();
  });

  it("where session storage is blocked, is kept for the page and forgotten without throwing", () => {
    const restore = blockSessionStorage();
    try {
      rememberPendingCreate(intent);
      expect(readPendingCreate()).toEqual(intent);
      expect(() => forgetPendingCreate()).not.toThrow();
      expect(readPendingCreate()).toBeNull();
    } finally {
      restore();
    }
  });
});
