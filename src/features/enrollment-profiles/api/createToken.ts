import type { GraphClient } from "../../../graph/client";
import type { ProfileKind, TokenRule } from "../model/profileKinds";
import { isValidValidity, ruleBounds } from "../model/validity";
import { useAospIdForms, type AospIdForms } from "./aospIdForm";
import { profileKeys } from "./profileKeys";
import { useProfileWrite } from "./profileWrite";
import { postTokenAction } from "./tokenAction";

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
): Promise<void> {
  if (!isValidValidity(validitySeconds, ruleBounds(rule))) {
    throw new RangeError(`Token validity out of range: ${validitySeconds}`);
  }
  await postTokenAction(graph, kind, profileId, "createToken", { tokenValidityInSeconds: validitySeconds }, idForms);
}

/** Creates a token, then reads the profile again: the result carries the new token and its expiry. */
export function useCreateToken(kind: ProfileKind, profileId: string) {
  const idForms = useAospIdForms();
  return useProfileWrite<Omit<CreateTokenVariables, "kind" | "profileId">>(
    kind,
    profileId,
    profileKeys.createToken(kind, profileId),
    (graph, variables) => createToken(graph, { ...variables, kind, profileId }, idForms),
  );
}
