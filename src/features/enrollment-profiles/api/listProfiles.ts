import { queryOptions, useQuery } from "@tanstack/react-query";
import { graphPath } from "../../../graph/graphPath";
import type { GraphClient } from "../../../graph/client";
import { useGraphClient } from "../../../graph/GraphContext";
import type { EnrollmentProfile } from "../model/profile";
import { profileKeys } from "./profileKeys";

/** Pages can overlap when profiles change while they are read: keep the first copy of each id. */
function uniqueById(profiles: EnrollmentProfile[]): EnrollmentProfile[] {
  const seen = new Set<string>();
  return profiles.filter((profile) => !seen.has(profile.id) && seen.add(profile.id));
}

export const listProfilesQuery = (graph: GraphClient) =>
  queryOptions({
    queryKey: profileKeys.list(),
    // The list never asks for tokenValue or the QR image: a token is read only for the profile the admin opens.
    queryFn: async ({ signal }) =>
      uniqueById(
        await graph.list<EnrollmentProfile>(
          graphPath`/deviceManagement/androidForWorkEnrollmentProfiles?$select=id,displayName,description,enrolledDeviceCount,tokenExpirationDateTime,lastModifiedDateTime`,
          signal,
        ),
      ),
  });

export const useProfiles = () => useQuery(listProfilesQuery(useGraphClient()));
