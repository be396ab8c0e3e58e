import type { GraphClient } from "../../graph/client";
import type { ProfileKind, TokenRule } from "../profileKinds";
import { isValidValidity, ruleBounds } from "../validity";
import { aospIdSegment, type AospIdForms } from "./aospIdForm";
import { profileActionPath } from "./profilePaths";

/** What a report of a write needs from Graph's answer: its request-id, and when it came (ISO 8601). */
export interface WriteReceipt {
  requestId: string | null;
  at: string;
}

/**
 * POSTs a token action (createToken, revokeToken) to one profile: by its id, or for an AOSP profile by the id form
 * its tenant takes (aospIdForm.ts). Reads stay by the bare id. Resolves with the answer's receipt.
 */
export async function postTokenAction(
  graph: GraphClient,
  kind: ProfileKind,
  profileId: string,
  action: "createToken" | "revokeToken",
  body: unknown,
  idForms: AospIdForms,
): Promise<WriteReceipt> {
  let receipt: WriteReceipt | null = null;
  const post = async (segment: string) => {
    const { requestId } = await graph.send(profileActionPath(kind, segment, action), { method: "POST", body });
    receipt = { requestId, at: new Date().toISOString() };
  };
  if (kind.provisioning !== "aosp") await post(profileId);
  else await idForms.write((form) => post(aospIdSegment(profileId, form)));
  return receipt!;
}

export interface CreateTokenVariables {
  kind: ProfileKind;
  profileId: string;
  /** The rule the profile's token follows (its kind's, or a staging token's); the validity must fit it. */
  rule: TokenRule;
  validitySeconds: number;
}

/** POST …/createToken → 204 No Content. The new token is not in the response: the profile is read again. */
export async function createToken(
  graph: GraphClient,
  { kind, profileId, rule, validitySeconds }: CreateTokenVariables,
  idForms: AospIdForms,
): Promise<WriteReceipt> {
  if (!isValidValidity(validitySeconds, ruleBounds(rule))) {
    throw new RangeError(`Token validity out of range: ${validitySeconds}`);
  }
  return postTokenAction(graph, kind, profileId, "createToken", { tokenValidityInSeconds: validitySeconds }, idForms);
}

/** POST …/revokeToken, with no body → 204 No Content: the token and its QR code stop working at once. */
export const revokeToken = (graph: GraphClient, kind: ProfileKind, profileId: string, idForms: AospIdForms) =>
  postTokenAction(graph, kind, profileId, "revokeToken", undefined, idForms);
