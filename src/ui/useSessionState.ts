import { useCallback, useState } from "react";
import { SESSION_KEY_PREFIX as PREFIX } from "./accountState";

function read<T>(key: string, fallback: T, isValid: (value: unknown) => value is T): T {
  try {
    const stored = window.sessionStorage.getItem(PREFIX + key);
    if (stored === null) return fallback;
    const value: unknown = JSON.parse(stored);
    return isValid(value) ? value : fallback;
  } catch {
    return fallback;
  }
}

/**
 * State kept in this tab's session storage, so what the admin chose survives errors, re-authentication and
 * the full-page round trip of a redirect sign-in. Stored values are checked before they are used. It belongs to
 * the signed-in account (accountState.ts): another account, or signing out, starts from the fallback again.
 */
export function useSessionState<T>(key: string, fallback: T, isValid: (value: unknown) => value is T) {
  const [value, setValue] = useState(() => read(key, fallback, isValid));
  const update = useCallback(
    (next: T) => {
      setValue(next);
      try {
        window.sessionStorage.setItem(PREFIX + key, JSON.stringify(next));
      } catch {
        // Storage full or blocked: the choice still holds for this page.
      }
    },
    [key],
  );
  return [value, update] as const;
}
