import { queryOptions, useQuery } from "@tanstack/react-query";
import { graphPath } from "../../../graph/graphPath";
import type { GraphClient } from "../../../graph/client";
import { useGraphClient } from "../../../graph/GraphContext";
import type { EnrollmentProfile } from "../model/profile";
import { profileKeys } from "./profileKeys";

export const listProfilesQuery = (graph: GraphClient) =>
  queryOptions({
    queryKey: profileKeys.list(),
    // The list never asks for tokenValue or the QR image: a token is read only for the profile the admin opens.
    queryFn: ({ signal }) =>
      graph.list<EnrollmentProfile>(
        graphPath`/deviceManagement/androidForWorkEnrollmentProfiles?$select=id,displayName,description,enrolledDeviceCount,tokenExpirationDateTime,lastModifiedDateTime`,
        signal,
      ),
  });

export const useProfiles = () => useQuery(listProfilesQuery(useGraphClient()));
