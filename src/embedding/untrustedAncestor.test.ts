import { findUntrustedAncestor } from "./untrustedAncestor";

const APP = "https://tokens.contoso.com";
const PORTAL = "https://portal.contoso.com";
const at = (...ancestorOrigins: string[]) => ({ origin: APP, ancestorOrigins });

describe("findUntrustedAncestor", () => {
  it("trusts the app's own origin and the configured portals", () => {
    expect(findUntrustedAncestor([], at())).toBeNull();
    expect(findUntrustedAncestor([], at(APP))).toBeNull();
    expect(findUntrustedAncestor([PORTAL], at(PORTAL))).toBeNull();
    expect(findUntrustedAncestor([`${PORTAL}/`], at(PORTAL, APP))).toBeNull();
  });

  it("names the first frame that is neither, however deep", () => {
    expect(findUntrustedAncestor([], at(PORTAL))).toBe(PORTAL);
    expect(findUntrustedAncestor([PORTAL], at(PORTAL, "https://evil.example"))).toBe("https://evil.example");
    expect(findUntrustedAncestor([PORTAL], at("https://portal.contoso.com:8443"))).toBe(
      "https://portal.contoso.com:8443",
    );
    expect(findUntrustedAncestor([PORTAL], at("http://portal.contoso.com"))).toBe("http://portal.contoso.com");
  });

  it("does not trust an opaque (sandboxed) origin", () => {
    expect(findUntrustedAncestor([PORTAL], at("null"))).toBe("null");
  });

  it("has nothing to say where the browser does not expose the ancestors", () => {
    expect(findUntrustedAncestor([], { origin: APP })).toBeNull();
  });
});
