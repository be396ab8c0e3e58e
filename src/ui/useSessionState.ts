import { useCallback, useContext, useMemo, useState } from "react";
import { SESSION_KEY_PREFIX as PREFIX } from "../storage/accountState";
import { SessionKeyScope } from "../storage/sessionKeyScope";
import { scopedStorage, sessionStore } from "../storage/sessionStore";

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
export function useSessionState<T>(name: string, fallback: T, isValid: (value: unknown) => value is T) {
  const key = useContext(SessionKeyScope) + name;
  const [value, setValue] = useState(() => read(key, fallback, isValid));
  // Stable, and like React's own setter it takes the next value or a function of the previous one. Writing the
  // same value to storage again (React may call an updater twice) changes nothing.
  const update = useCallback(
    (next: T | ((previous: T) => T)) =>
      setValue((previous) => {
        const value = typeof next === "function" ? (next as (previous: T) => T)(previous) : next;
        try {
          window.sessionStorage.setItem(PREFIX + key, JSON.stringify(value));
        } catch {
          // Storage full or blocked: the choice still holds for this page.
        }
        return value;
      }),
    [key],
  );
  return [value, update] as const;
}

/** This tab's session storage as the scope above sees it (a tenant's part of the account's state, or all of it). */
export function useScopedSessionStore(): Storage {
  const scope = useContext(SessionKeyScope);
  return useMemo(() => scopedStorage(sessionStore(), scope), [scope]);
}
