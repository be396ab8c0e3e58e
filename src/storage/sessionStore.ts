import { SESSION_KEY_PREFIX } from "./accountState";

/** A Storage kept in this page's memory: what is written to it lasts as long as the page. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, String(value)),
    removeItem: (key) => void items.delete(key),
    clear: () => items.clear(),
  };
}

let fallback: Storage | null = null;

/**
 * This tab's session storage, or, where the browser refuses it (reading `window.sessionStorage` throws a
 * SecurityError in a cross-site frame whose third-party storage is blocked), one kept in this page's memory, so
 * that the console works there and forgets on reload.
 */
export function sessionStore(): Storage {
  try {
    return window.sessionStorage;
  } catch {
    fallback ??= memoryStorage();
    return fallback;
  }
}

/**
 * `storage` with the keys of the account's state (SESSION_KEY_PREFIX) moved into `scope` (a tenant's part of it):
 * what one tenant keeps there is not another's, and signing out still drops all of it.
 */
export function scopedStorage(storage: Storage, scope: string): Storage {
  if (scope === "") return storage;
  const scoped = (key: string) =>
    key.startsWith(SESSION_KEY_PREFIX) ? SESSION_KEY_PREFIX + scope + key.slice(SESSION_KEY_PREFIX.length) : key;
  return {
    get length() {
      return storage.length;
    },
    key: (index) => storage.key(index),
    getItem: (key) => storage.getItem(scoped(key)),
    setItem: (key, value) => storage.setItem(scoped(key), value),
    removeItem: (key) => storage.removeItem(scoped(key)),
    clear: () => storage.clear(),
  };
}
