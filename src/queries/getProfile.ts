import { queryOptions, useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { GraphError } from "../graph/GraphError";
import type { GraphClient } from "../graph/client";
import { useGraphClient } from "../graph/GraphContext";
import type { EnrollmentProfile } from "../domain/profile";
import type { ProfileKind } from "../domain/profileKinds";
import { keepableProfile, profilePath } from "../domain/profiles/profilePaths";
import { profileKeys } from "../domain/profiles/profileKeys";

/** The documented GET example wraps the entity in {"value": …}; a real GET returns it bare. Accept both. */
function unwrap(body: EnrollmentProfile | { value: EnrollmentProfile } | undefined): EnrollmentProfile | undefined {
  return body && "value" in body && typeof body.value === "object"
    ? body.value
    : (body as EnrollmentProfile | undefined);
}

/**
 * One profile, read by id with its token and QR code: the list can leave token fields empty (it does for AOSP
 * profiles), so what the details show always comes from here. A 404 means the profile is gone: the list of its
 * collection is read again, and no longer offers it.
 */
export const getProfileQuery = (graph: GraphClient, queryClient: QueryClient, kind: ProfileKind, id: string) =>
  queryOptions({
    queryKey: profileKeys.detail(kind, id),
    queryFn: async ({ signal }) => {
      let body: EnrollmentProfile | { value: EnrollmentProfile } | undefined;
      try {
        body = await graph.request(profilePath(kind, id), { signal });
      } catch (error) {
        if (error instanceof GraphError && error.status === 404) {
          void queryClient.invalidateQueries({ queryKey: profileKeys.list(kind.collection) });
        }
        throw error;
      }
      const profile = unwrap(body);
      if (!profile) throw new Error(`Graph returned no body for profile ${id}`);
      return keepableProfile(profile);
    },
  });

export function useProfile(kind: ProfileKind, id: string) {
  const queryClient = useQueryClient();
  return useQuery(getProfileQuery(useGraphClient(), queryClient, kind, id));
}
