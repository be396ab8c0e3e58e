import { useCallback, useMemo, useSyncExternalStore } from "react";
import type { ProfileRef } from "../../domain/profile";
import { profileHref, selectionFromSearch } from "../../domain/profileLink";

function subscribe(onChange: () => void) {
  window.addEventListener("popstate", onChange);
  return () => window.removeEventListener("popstate", onChange);
}

const readSearch = () => window.location.search;

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
