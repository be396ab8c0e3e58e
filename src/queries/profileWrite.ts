import { useMutation, useQueryClient } from "@tanstack/react-query";
import { GraphError } from "../graph/GraphError";
import type { GraphClient } from "../graph/client";
import { useGraphClient } from "../graph/GraphContext";
import { isTransient, retryDelayMs, shouldRetryWrite } from "../graph/retryPolicy";
import type { EnrollmentProfile } from "../domain/profile";
import type { ProfileKind } from "../domain/profileKinds";
import { getProfileQuery } from "./getProfile";
import { replaceListedProfile } from "./listProfiles";
import { profileKeys } from "../domain/profiles/profileKeys";
import { auditKeys } from "../domain/audit/auditKeys";
import type { WriteReceipt } from "../domain/profiles/tokenAction";

export interface ProfileWriteResult {
  /** The profile read again after the write, or null when that read failed (the write happened regardless). */
  profile: EnrollmentProfile | null;
  /** The profile as the console had it before the write (null when it had none), for a report of the write. */
  before: EnrollmentProfile | null;
  receipt: WriteReceipt;
}

/**
 * A write to one profile's token (createToken, revokeToken), and what follows it: Graph answers 204 without the
 * token, so the profile is read again and the result carries its new state, which its list entry takes too. Only a
 * 429 is retried (a throttled request was not executed); after a 5xx, a network failure or a timeout the write may
 * have run, so the profile is re-read and the admin decides. A 404 (the profile was deleted meanwhile) refreshes
 * the list; the mutation's error stays readable by `mutationKey` for the page that no longer lists it.
 */
export function useProfileWrite<Variables>(
  kind: ProfileKind,
  profileId: string,
  mutationKey: readonly unknown[],
  send: (graph: GraphClient, variables: Variables) => Promise<WriteReceipt>,
) {
  const graph = useGraphClient();
  const queryClient = useQueryClient();
  const detail = getProfileQuery(graph, queryClient, kind, profileId);
  return useMutation({
    mutationKey,
    mutationFn: async (variables: Variables): Promise<ProfileWriteResult> => {
      const before = queryClient.getQueryData(detail.queryKey) ?? null;
      const receipt = await send(graph, variables);
      const profile = await queryClient.fetchQuery({ ...detail, staleTime: 0 }).catch(() => null);
      return { profile, before, receipt };
    },
    retry: shouldRetryWrite,
    retryDelay: retryDelayMs,
    // The re-read profile updates its list entry; only when that read failed is the collection listed again. The
    // audit log holds the write's event now: what was read of it is stale.
    onSuccess: ({ profile }) => {
      void queryClient.invalidateQueries({ queryKey: auditKeys.all });
      return profile
        ? replaceListedProfile(queryClient, kind.collection, profile)
        : queryClient.invalidateQueries({ queryKey: profileKeys.list(kind.collection) });
    },
    onError: (error) => {
      void queryClient.invalidateQueries({ queryKey: auditKeys.all });
      // Re-read so the admin sees whether the write happened after all.
      if (isTransient(error)) void queryClient.invalidateQueries({ queryKey: detail.queryKey });
      if (error instanceof GraphError && error.status === 404) {
        void queryClient.invalidateQueries({ queryKey: profileKeys.list(kind.collection) });
      }
    },
  });
}
