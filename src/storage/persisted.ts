import type * as z from "zod/mini";
import { SESSION_KEY_PREFIX } from "./accountState";
import { sessionStore } from "./sessionStore";

export interface PersistedPlace {
  /**
   * This tab's session storage (the default: the account's kept state, accountState.ts), this browser's local
   * storage (what outlives the tab and is no secret), or a given session Storage (a test's tab of its own).
   */
  in?: "session" | "local" | Storage;
  /** A tenant's part of the account's session state (SessionKeyScope); "" for the account as a whole. */
  scope?: string;
  /** Kept as the string itself, not as JSON: the format another library or an earlier version wrote. */
  asText?: boolean;
}

export interface Persisted<T> {
  /** What is kept, checked by the schema; undefined when nothing is, or what is cannot be read or is not valid. */
  read(): T | undefined;
  /** Keeps `value`; false when storage refused it (full or blocked), and then it holds for this page only. */
  write(value: T): boolean;
  forget(): void;
}

function storageOf(place: PersistedPlace["in"]): Storage {
  if (place === "local") return window.localStorage;
  if (place === undefined || place === "session") return sessionStore();
  return place;
}

/**
 * One value kept in storage under `key`: session keys get the account's prefix and the tenant's scope here, and
 * only here; local keys are taken as they are. Reading and writing never throw: storage that is blocked, full or
 * holding something else reads as nothing, and a value storage refused holds in this page.
 */
export function persisted<T>(key: string, schema: z.ZodMiniType<T>, place: PersistedPlace = {}): Persisted<T> {
  const fullKey = place.in === "local" ? key : SESSION_KEY_PREFIX + (place.scope ?? "") + key;
  let held: { value: T } | null = null;
  const attempt = (change: (storage: Storage) => void) => {
    try {
      change(storageOf(place.in));
      return true;
    } catch {
      return false;
    }
  };

  return {
    read() {
      if (held) return held.value;
      try {
        const stored = storageOf(place.in).getItem(fullKey);
        if (stored === null) return undefined;
        const result = schema.safeParse(place.asText ? stored : JSON.parse(stored));
        return result.success ? result.data : undefined;
      } catch {
        return undefined;
      }
    },
    write(value) {
      const text = place.asText ? String(value) : JSON.stringify(value);
      const stored = attempt((storage) => storage.setItem(fullKey, text));
      held = stored ? null : { value };
      return stored;
    },
    forget() {
      held = null;
      attempt((storage) => storage.removeItem(fullKey));
    },
  };
}
