import { useCallback, useMemo, useSyncExternalStore } from "react";
import { isProfileKindId } from "./model/profileKinds";
import type { ProfileRef } from "./model/profile";

const PROFILE = "profile";
const KIND = "kind";

function subscribe(onChange: () => void) {
  window.addEventListener("popstate", onChange);
  return () => window.removeEventListener("popstate", onChange);
}

const readSearch = () => window.location.search;

/** The link to a profile: query parameters, so it works on static hosts without rewrite rules, under any path. */
export function profileHref(ref: ProfileRef): string {
  const url = new URL(window.location.href);
  url.searchParams.set(KIND, ref.kind);
  url.searchParams.set(PROFILE, ref.id);
  return url.search;
}

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

/** The selected profile lives in the URL, so a reload, a redirect sign-in or a shared link opens it again. */
export function useSelectedProfile(): [ProfileRef | "invalid" | null, (ref: ProfileRef) => void] {
  const search = useSyncExternalStore(subscribe, readSearch, () => "");
  const selected = useMemo(() => selectionFromSearch(search), [search]);
  const select = useCallback((ref: ProfileRef) => {
    const href = profileHref(ref);
    if (href === window.location.search) return;
    window.history.pushState(null, "", href);
    window.dispatchEvent(new PopStateEvent("popstate"));
  }, []);
  return [selected, select];
}
