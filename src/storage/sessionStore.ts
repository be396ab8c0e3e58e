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
