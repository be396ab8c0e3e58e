import { CLOUDS } from "./clouds";
import { cspBlocksCloud } from "./cspCheck";

function page(policy: string | null): Document {
  const doc = document.implementation.createHTMLDocument("t");
  if (policy !== null) {
    const meta = doc.createElement("meta");
    meta.httpEquiv = "Content-Security-Policy";
    meta.content = policy;
    doc.head.append(meta);
  }
  return doc;
}

const GLOBAL = "default-src 'self'; connect-src 'self' https://login.microsoftonline.com https://graph.microsoft.com";

describe("cspBlocksCloud", () => {
  it("passes when the page's policy allows the cloud's login and Graph hosts", () => {
    expect(cspBlocksCloud(CLOUDS.global, page(GLOBAL))).toBe(false);
  });

  it("catches a policy built for another cloud", () => {
    expect(cspBlocksCloud(CLOUDS.usgov, page(GLOBAL))).toBe(true);
    expect(cspBlocksCloud(CLOUDS.china, page(GLOBAL))).toBe(true);
  });

  it("has nothing to say without a <meta> policy or a connect-src", () => {
    expect(cspBlocksCloud(CLOUDS.usgov, page(null))).toBe(false);
    expect(cspBlocksCloud(CLOUDS.usgov, page("default-src 'self'"))).toBe(false);
  });
});
