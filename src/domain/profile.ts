import type { AndroidDeviceOwnerEnrollmentProfile } from "@microsoft/microsoft-graph-types-beta";
import type { ProfileCollection, ProfileKindId } from "./profileKinds";

/**
 * A profile of either collection as Graph returns it (the legacy collection has a subset of these fields);
 * `id` is the key and always present. `wifiPassword` is left out of the type: the console never reads it.
 */
export type EnrollmentProfile = Omit<AndroidDeviceOwnerEnrollmentProfile, "wifiPassword"> & { id: string };

/** A profile in the combined list, with the kind it was classified as. */
export type ListedProfile = EnrollmentProfile & { kind: ProfileKindId; collection: ProfileCollection };

/** Which profile: a kind (which names its collection) and the id Graph gave it. */
export interface ProfileRef {
  kind: ProfileKindId;
  id: string;
}

/** A key that is unique across both collections (ids are unique only within one). */
export const profileKey = (ref: { collection: ProfileCollection; id: string }) => `${ref.collection}/${ref.id}`;
