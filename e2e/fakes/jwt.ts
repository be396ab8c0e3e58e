import { createHash, randomUUID } from "node:crypto";

export const base64url = (input: Buffer | string) => Buffer.from(input).toString("base64url");

/** An unsigned-looking JWT: MSAL checks its shape and nonce, not its signature. */
export function jwt(claims: Record<string, unknown>): string {
  const header = base64url(JSON.stringify({ typ: "JWT", alg: "RS256", kid: "fake-key" }));
  return `${header}.${base64url(JSON.stringify(claims))}.${base64url(randomUUID())}`;
}

export const s256 = (verifier: string) => createHash("sha256").update(verifier).digest("base64url");
