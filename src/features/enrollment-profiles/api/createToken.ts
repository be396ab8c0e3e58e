import { useMutation, useQueryClient } from "@tanstack/react-query";
import { graphPath } from "../../../graph/graphPath";
import type { GraphClient } from "../../../graph/client";
import { useGraphClient } from "../../../graph/GraphContext";
import { isValidValidity } from "../model/validity";
import { profileKeys } from "./profileKeys";

export interface CreateTokenVariables {
  profileId: string;
  validitySeconds: number;
}

/** POST …/createToken → 204 No Content. The new token is not in the response: re-read the profile. */
export async function createToken(
  graph: GraphClient,
  { profileId, validitySeconds }: CreateTokenVariables,
): Promise<void> {
  if (!isValidValidity(validitySeconds)) throw new RangeError(`Token validity out of range: ${validitySeconds}`);
  await graph.request(graphPath`/deviceManagement/androidForWorkEnrollmentProfiles/${profileId}/createToken`, {
    method: "POST",
    body: { tokenValidityInSeconds: validitySeconds },
  });
}

export function useCreateToken() {
  const graph = useGraphClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: CreateTokenVariables) => createToken(graph, variables),
    // Never retried: a request that failed in flight may still have created the token.
    retry: false,
    onSuccess: (_data, { profileId }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: profileKeys.detail(profileId) }),
        queryClient.invalidateQueries({ queryKey: profileKeys.list() }),
      ]),
  });
}
