import type { GraphClient } from "../../../graph/client";
import type { ProfileKind } from "../model/profileKinds";
import { useAospIdForms, type AospIdForms } from "./aospIdForm";
import { profileKeys } from "./profileKeys";
import { useProfileWrite } from "./profileWrite";
import { postTokenAction } from "./tokenAction";

/** POST …/revokeToken, with no body → 204 No Content: the token and its QR code stop working at once. */
export const revokeToken = (graph: GraphClient, kind: ProfileKind, profileId: string, idForms: AospIdForms) =>
  postTokenAction(graph, kind, profileId, "revokeToken", undefined, idForms);

/** Revokes the profile's token, then reads the profile again: the result shows it has none. */
export function useRevokeToken(kind: ProfileKind, profileId: string) {
  const idForms = useAospIdForms();
  return useProfileWrite<void>(kind, profileId, profileKeys.revokeToken(kind, profileId), (graph) =>
    revokeToken(graph, kind, profileId, idForms),
  );
}
