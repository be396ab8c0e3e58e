import type { ProfileKind } from "../domain/profileKinds";
import { useAospIdForms } from "./useAospIdForms";
import { profileKeys } from "../domain/profiles/profileKeys";
import { useProfileWrite } from "./profileWrite";
import { revokeToken } from "../domain/profiles/tokenAction";

/** Revokes the profile's token, then reads the profile again: the result shows it has none. */
export function useRevokeToken(kind: ProfileKind, profileId: string) {
  const idForms = useAospIdForms();
  return useProfileWrite<void>(kind, profileId, profileKeys.revokeToken(kind, profileId), (graph) =>
    revokeToken(graph, kind, profileId, idForms),
  );
}
