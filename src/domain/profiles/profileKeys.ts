import type { ProfileCollection, ProfileKind } from "../profileKinds";

export const profileKeys = {
  all: ["enrollment-profiles"] as const,
  lists: () => [...profileKeys.all, "list"] as const,
  list: (collection: ProfileCollection) => [...profileKeys.lists(), collection] as const,
  /** Keyed by the kind's collection: a profile that changes kind (its token type) stays one cache entry. */
  detail: (kind: ProfileKind, id: string) => [...profileKeys.all, "detail", kind.collection, id] as const,
  createToken: (kind: ProfileKind, id: string) => [...profileKeys.all, "createToken", kind.collection, id] as const,
  revokeToken: (kind: ProfileKind, id: string) => [...profileKeys.all, "revokeToken", kind.collection, id] as const,
};
