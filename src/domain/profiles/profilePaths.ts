import { graphPath, withQueryOptions, type GraphPath } from "../../graph/graphPath";
import { COLLECTIONS, type ProfileCollection, type ProfileKind } from "../profileKinds";
import type { EnrollmentProfile } from "../profile";

/** A collection, read with the fields its list shows. */
export const collectionPath = (collection: ProfileCollection): GraphPath =>
  withQueryOptions(graphPath`/deviceManagement/${collection}`, { $select: COLLECTIONS[collection].listFields });

/** One profile, read with its token and QR code. */
export const profilePath = (kind: ProfileKind, id: string): GraphPath =>
  withQueryOptions(graphPath`/deviceManagement/${kind.collection}/${id}`, {
    $select: COLLECTIONS[kind.collection].detailFields,
  });

/** A bound action of one profile, e.g. createToken. */
export const profileActionPath = (kind: ProfileKind, id: string, action: "createToken" | "revokeToken"): GraphPath =>
  graphPath`/deviceManagement/${kind.collection}/${id}/${action}`;

/**
 * What the console keeps of a profile Graph sent: never the AOSP Wi-Fi password (a $select can be ignored by a
 * service, so it is dropped here too) nor OData annotations.
 */
export function keepableProfile(raw: EnrollmentProfile & { wifiPassword?: unknown }): EnrollmentProfile {
  const profile: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key !== "wifiPassword" && !key.startsWith("@odata.")) profile[key] = value;
  }
  return profile as EnrollmentProfile;
}
