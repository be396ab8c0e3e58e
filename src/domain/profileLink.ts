import { TENANT_PARAM } from "../tenants/tenantLinks";
import { isProfileKindId } from "./profileKinds";
import type { ProfileRef } from "./profile";

const PROFILE = "profile";
const KIND = "kind";

/** The link to a profile: query parameters, so it works on static hosts without rewrite rules, under any path. */
export function profileHref(ref: ProfileRef): string {
  const url = new URL(window.location.href);
  url.searchParams.set(KIND, ref.kind);
  url.searchParams.set(PROFILE, ref.id);
  return url.search;
}

/** The link to a profile of a tenant other than (maybe) the page's: the tenant and the profile, nothing else. */
export const tenantProfileHref = (ref: ProfileRef, tenantId: string): string =>
  `?${new URLSearchParams({ [TENANT_PARAM]: tenantId, [KIND]: ref.kind, [PROFILE]: ref.id }).toString()}`;

/**
 * The profile named by a page's query string (`?kind=<kind>&profile=<id>`). A link without a kind predates the
 * device-owner profiles and names a legacy one. "invalid": a profile parameter with an unknown kind.
 */
export function selectionFromSearch(search: string): ProfileRef | "invalid" | null {
  const params = new URLSearchParams(search);
  const id = params.get(PROFILE);
  if (!id) return null;
  const kind = params.get(KIND) ?? "legacy";
  return isProfileKindId(kind) ? { kind, id } : "invalid";
}
