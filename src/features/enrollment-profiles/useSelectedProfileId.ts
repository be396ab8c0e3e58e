import { useCallback, useSyncExternalStore } from "react";

const PARAM = "profile";

function subscribe(onChange: () => void) {
  window.addEventListener("popstate", onChange);
  return () => window.removeEventListener("popstate", onChange);
}

const read = () => new URLSearchParams(window.location.search).get(PARAM);

/** The URL for a profile: a query parameter, so it works on static hosts without rewrite rules. */
export function profileHref(id: string): string {
  const url = new URL(window.location.href);
  url.searchParams.set(PARAM, id);
  return url.search;
}

/** The selected profile lives in the URL (?profile=<id>), so a reload or a shared link opens it again. */
export function useSelectedProfileId(): [string | null, (id: string) => void] {
  const selected = useSyncExternalStore(subscribe, read, () => null);
  const select = useCallback((id: string) => {
    if (id === read()) return;
    window.history.pushState(null, "", profileHref(id));
    window.dispatchEvent(new PopStateEvent("popstate"));
  }, []);
  return [selected, select];
}
