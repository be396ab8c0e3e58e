import type { GraphClient } from "../../../graph/client";
import type { ProfileKind } from "../model/profileKinds";
import { aospIdSegment, type AospIdForms } from "./aospIdForm";
import { profileActionPath } from "./profilePaths";

/**
 * POSTs a token action (createToken, revokeToken) to one profile: by its id, or for an AOSP profile by the id form
 * its tenant takes (aospIdForm.ts). Reads stay by the bare id.
 */
export async function postTokenAction(
  graph: GraphClient,
  kind: ProfileKind,
  profileId: string,
  action: "createToken" | "revokeToken",
  body: unknown,
  idForms: AospIdForms,
): Promise<void> {
  const post = async (segment: string) => {
    await graph.request(profileActionPath(kind, segment, action), { method: "POST", body });
  };
  if (kind.provisioning !== "aosp") return post(profileId);
  return idForms.write((form) => post(aospIdSegment(profileId, form)));
}
