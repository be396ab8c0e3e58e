import { useCallback, useContext, useMemo, useState } from "react";
import type * as z from "zod/mini";
import { persisted } from "../storage/persisted";
import { SessionKeyScope } from "../storage/sessionKeyScope";

/**
 * State kept in this tab's session storage, so what the admin chose survives errors, re-authentication and
 * the full-page round trip of a redirect sign-in. Stored values are checked by `schema` before they are used. It
 * belongs to the signed-in account (accountState.ts): another account, or signing out, starts from the fallback
 * again; working in several tenants, each keeps its own (SessionKeyScope).
 */
export function useSessionState<T>(name: string, fallback: T, schema: z.ZodMiniType<T>) {
  const scope = useContext(SessionKeyScope);
  const kept = useMemo(() => persisted(name, schema, { scope }), [name, schema, scope]);
  const [value, setValue] = useState(() => kept.read() ?? fallback);
  // Stable, and like React's own setter it takes the next value or a function of the previous one. Writing the
  // same value to storage again (React may call an updater twice) changes nothing.
  const update = useCallback(
    (next: T | ((previous: T) => T)) =>
      setValue((previous) => {
        const value = typeof next === "function" ? (next as (previous: T) => T)(previous) : next;
        kept.write(value);
        return value;
      }),
    [kept],
  );
  return [value, update] as const;
}
