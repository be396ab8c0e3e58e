import type { GraphClient } from "../../../graph/client";
import type { ProfileKind } from "../model/profileKinds";
import { profileActionPath } from "./profilePaths";
import { profileKeys } from "./profileKeys";
import { useProfileWrite } from "./profileWrite";

/** POST …/revokeToken, with no body → 204 No Content: the token and its QR code stop working at once. */
export async function revokeToken(graph: GraphClient, kind: ProfileKind, profileId: string): Promise<void> {
  await graph.request(profileActionPath(kind, profileId, "revokeToken"), { method: "POST" });
}

/** Revokes the profile's token, then reads the profile again: the result shows it has none. */
export function useRevokeToken(kind: ProfileKind, profileId: string) {
  return useProfileWrite<void>(kind, profileId, profileKeys.revokeToken(kind, profileId), (graph) =>
    revokeToken(graph, kind, profileId),
  );
}
