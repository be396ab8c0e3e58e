import { claimsFromChallenge } from "./claimsChallenge";

const claims = '{"access_token":{"acrs":{"essential":true,"value":"c1"}}}';

describe("claimsFromChallenge", () => {
  it("decodes the claims of an insufficient_claims challenge", () => {
    const header = `Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", error="insufficient_claims", claims="${btoa(claims)}"`;
    expect(claimsFromChallenge(header)).toBe(claims);
  });

  it("ignores other challenges and broken claims", () => {
    expect(claimsFromChallenge(null)).toBeNull();
    expect(claimsFromChallenge('Bearer realm="", error="invalid_token"')).toBeNull();
    expect(claimsFromChallenge('Bearer error="insufficient_claims", claims="not base64 json!"')).toBeNull();
    expect(claimsFromChallenge('Bearer error="insufficient_claims"')).toBeNull();
  });
});
