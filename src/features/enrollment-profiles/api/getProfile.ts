import { queryOptions, useQuery } from "@tanstack/react-query";
import { graphPath } from "../../../graph/graphPath";
import type { GraphClient } from "../../../graph/client";
import { useGraphClient } from "../../../graph/GraphContext";
import type { EnrollmentProfile } from "../model/profile";
import { profileKeys } from "./profileKeys";

/** The documented GET example wraps the entity in {"value": …}; a real GET returns it bare. Accept both. */
function unwrap(body: EnrollmentProfile | { value: EnrollmentProfile } | undefined): EnrollmentProfile | undefined {
  return body && "value" in body && typeof body.value === "object"
    ? body.value
    : (body as EnrollmentProfile | undefined);
}

export const getProfileQuery = (graph: GraphClient, id: string) =>
  queryOptions({
    queryKey: profileKeys.detail(id),
    queryFn: async ({ signal }) => {
      const body = await graph.request<EnrollmentProfile | { value: EnrollmentProfile }>(
        graphPath`/deviceManagement/androidForWorkEnrollmentProfiles/${id}`,
        { signal },
      );
      const profile = unwrap(body);
      if (!profile) throw new Error(`Graph returned no body for profile ${id}`);
      return profile;
    },
  });

export const useProfile = (id: string) => useQuery(getProfileQuery(useGraphClient(), id));
