import { queryOptions, useQueries, type QueryClient, type UseQueryResult } from "@tanstack/react-query";
import type { GraphClient } from "../graph/client";
import { useGraphClient } from "../graph/GraphContext";
import type { EnrollmentProfile, ListedProfile } from "../domain/profile";
import { COLLECTIONS, COLLECTION_ORDER, kindOf, type ProfileCollection } from "../domain/profileKinds";
import { collectionPath, keepableProfile } from "../domain/profiles/profilePaths";
import { profileKeys } from "../domain/profiles/profileKeys";

/** Pages can overlap when profiles change while they are read: keep the first copy of each id. */
function uniqueById<T extends { id: string }>(profiles: T[]): T[] {
  const seen = new Set<string>();
  return profiles.filter((profile) => !seen.has(profile.id) && seen.add(profile.id));
}

/** A profile of `collection` as the list holds it: the fields the list reads, and its kind. */
function listedProfile(collection: ProfileCollection, raw: EnrollmentProfile): ListedProfile {
  const profile = keepableProfile(raw);
  return { ...profile, collection, kind: kindOf(collection, profile).id };
}

/** Every page of one collection, each profile classified by kind. The list never asks for a token. */
export const listCollectionQuery = (graph: GraphClient, collection: ProfileCollection) =>
  queryOptions({
    queryKey: profileKeys.list(collection),
    queryFn: async ({ signal }): Promise<ListedProfile[]> =>
      uniqueById(await graph.list<EnrollmentProfile>(collectionPath(collection), signal)).map((raw) =>
        listedProfile(collection, raw),
      ),
  });

/**
 * A profile read again by id (after a write to its token) replaces its entry in the list, with only the fields the
 * list reads (never the token): one read instead of every page of the collection again.
 */
export function replaceListedProfile(queryClient: QueryClient, collection: ProfileCollection, read: EnrollmentProfile) {
  const fields = COLLECTIONS[collection].listFields;
  const listFields = Object.fromEntries(Object.entries(read).filter(([key]) => fields.includes(key)));
  queryClient.setQueryData<ListedProfile[]>(profileKeys.list(collection), (list) =>
    list?.map((listed) =>
      listed.id === read.id ? listedProfile(collection, listFields as unknown as EnrollmentProfile) : listed,
    ),
  );
}

export interface CollectionRead {
  collection: ProfileCollection;
  query: UseQueryResult<ListedProfile[]>;
}

export interface AllProfiles {
  /** The profiles of every collection read so far. */
  profiles: ListedProfile[];
  collections: CollectionRead[];
  /** No collection has answered yet. */
  isPending: boolean;
  /** Every collection has answered, successfully or not. */
  isSettled: boolean;
  /** At least one collection was read. */
  anySucceeded: boolean;
}

function combine(results: UseQueryResult<ListedProfile[]>[]): AllProfiles {
  const collections = results.map((query, index) => ({ collection: COLLECTION_ORDER[index]!, query }));
  return {
    profiles: results.flatMap((query) => query.data ?? []),
    collections,
    isPending: results.every((query) => query.isPending),
    isSettled: results.every((query) => !query.isPending),
    anySucceeded: results.some((query) => query.isSuccess),
  };
}

/** Both collections, read in parallel; one failing leaves the other's profiles in the list. */
export function useAllProfiles(): AllProfiles {
  const graph = useGraphClient();
  return useQueries({
    queries: COLLECTION_ORDER.map((collection) => listCollectionQuery(graph, collection)),
    combine,
  });
}

/**
 * Both collections of a tenant into its query cache, outside React, each as its list reads it (one GET per page):
 * what the overview of every tenant reads, and the tenant's list then shows without reading again. A collection read
 * less than the cache's staleTime ago is not read again unless `fresh`. Never rejects: each collection's outcome.
 */
export function readEveryCollection(
  queryClient: QueryClient,
  graph: GraphClient,
  { fresh = false }: { fresh?: boolean } = {},
): Promise<PromiseSettledResult<ListedProfile[]>[]> {
  return Promise.allSettled(
    COLLECTION_ORDER.map((collection) =>
      queryClient.fetchQuery({ ...listCollectionQuery(graph, collection), ...(fresh && { staleTime: 0 }) }),
    ),
  );
}
