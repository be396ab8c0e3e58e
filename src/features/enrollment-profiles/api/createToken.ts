import { useMutation, useQueryClient } from "@tanstack/react-query";
import { GraphError } from "../../../graph/GraphError";
import type { GraphClient } from "../../../graph/client";
import { useGraphClient } from "../../../graph/GraphContext";
import { isTransient, retryDelayMs, shouldRetryCreateToken } from "../../../graph/retryPolicy";
import type { EnrollmentProfile } from "../model/profile";
import type { ProfileKind, TokenRule } from "../model/profileKinds";
import { isValidValidity, ruleBounds } from "../model/validity";
import { getProfileQuery } from "./getProfile";
import { profileActionPath } from "./profilePaths";
import { profileKeys } from "./profileKeys";

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
): Promise<void> {
  if (!isValidValidity(validitySeconds, ruleBounds(rule))) {
    throw new RangeError(`Token validity out of range: ${validitySeconds}`);
  }
  await graph.request(profileActionPath(kind, profileId, "createToken"), {
    method: "POST",
    body: { tokenValidityInSeconds: validitySeconds },
  });
}

export interface CreateTokenResult {
  /** The profile read again after the 204, or null when that read failed (the token was created regardless). */
  profile: EnrollmentProfile | null;
}

/**
 * Creates a token and reads the profile again, so the result carries the new token and its expiry. Afterwards the
 * profile's collection is listed again. A 404 (the profile was deleted meanwhile) refreshes the list; the
 * mutation's error stays readable by its key (profileKeys.createToken) for the page that no longer lists it.
 */
export function useCreateToken(kind: ProfileKind, profileId: string) {
  const graph = useGraphClient();
  const queryClient = useQueryClient();
  const detail = getProfileQuery(graph, queryClient, kind, profileId);
  return useMutation({
    mutationKey: profileKeys.createToken(kind, profileId),
    mutationFn: async (variables: Omit<CreateTokenVariables, "kind" | "profileId">): Promise<CreateTokenResult> => {
      await createToken(graph, { ...variables, kind, profileId });
      const profile = await queryClient.fetchQuery({ ...detail, staleTime: 0 }).catch(() => null);
      return { profile };
    },
    // Only a 429 is retried: a throttled request was not executed. Anything else may have created a token.
    retry: shouldRetryCreateToken,
    retryDelay: retryDelayMs,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: profileKeys.list(kind.collection) }),
    onError: (error) => {
      // Re-read so the admin sees whether a token was created after all.
      if (isTransient(error)) void queryClient.invalidateQueries({ queryKey: detail.queryKey });
      if (error instanceof GraphError && error.status === 404) {
        void queryClient.invalidateQueries({ queryKey: profileKeys.list(kind.collection) });
      }
    },
  });
}
