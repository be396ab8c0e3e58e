import { useMutation, useQueryClient } from "@tanstack/react-query";
import { GraphError } from "../../../graph/GraphError";
import { graphPath } from "../../../graph/graphPath";
import type { GraphClient } from "../../../graph/client";
import { useGraphClient } from "../../../graph/GraphContext";
import { isTransient, retryDelayMs, shouldRetryCreateToken } from "../../../graph/retryPolicy";
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
    // Only a 429 is retried: a throttled request was not executed. Anything else may have created a token.
    retry: shouldRetryCreateToken,
    retryDelay: retryDelayMs,
    onSuccess: (_data, { profileId }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: profileKeys.detail(profileId) }),
        queryClient.invalidateQueries({ queryKey: profileKeys.list() }),
      ]),
    onError: (error, { profileId }) => {
      // Re-read so the admin sees whether a token was created after all, or that the profile is gone.
      if (isTransient(error)) void queryClient.invalidateQueries({ queryKey: profileKeys.detail(profileId) });
      if (error instanceof GraphError && error.status === 404)
        void queryClient.invalidateQueries({ queryKey: profileKeys.all });
    },
  });
}
