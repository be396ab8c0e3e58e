import type { ProfileKind } from "../domain/profileKinds";
import { useAospIdForms } from "./useAospIdForms";
import { profileKeys } from "../domain/profiles/profileKeys";
import { useProfileWrite } from "./profileWrite";
import { createToken, type CreateTokenVariables } from "../domain/profiles/tokenAction";

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
