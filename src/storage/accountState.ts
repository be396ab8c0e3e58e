import { sessionStore } from "./sessionStore";

/**
 * What the console keeps for the signed-in admin across page loads: every session storage key that starts with
 * SESSION_KEY_PREFIX (filter, sort, validity, an interrupted create, ...) and the page's query string (the
 * selection, such as ?profile=…). It is kept so that it survives a redirect sign-in or re-authentication of the
 * same account, and it belongs to that account: another account signing in, or signing out, drops all of it.
 */
export const SESSION_KEY_PREFIX = "etc.";

/** The account the kept state belongs to. */
const OWNER_KEY = `${SESSION_KEY_PREFIX}owner`;

/** Drops everything kept for the signed-in account: its session keys and the page's query string. */
export function forgetAccountState(): void {
  // Where the browser blocks session storage, the session store is the page's memory: it is dropped the same way.
  const store = sessionStore();
  const keys = Array.from({ length: store.length }, (_, i) => store.key(i));
  for (const key of keys) if (key?.startsWith(SESSION_KEY_PREFIX)) store.removeItem(key);
  if (window.location.search) {
    const url = new URL(window.location.href);
    url.search = "";
    window.history.replaceState(window.history.state, "", url);
  }
}

const leaving = new Set<() => void>();

/**
 * `stop` runs when the admin signs out, before what the console kept is forgotten: a bulk run stops sending and
 * forgets itself first, so that nothing of it is written back afterwards. Returns the unsubscription.
 */
export function onLeaveAccount(stop: () => void): () => void {
  leaving.add(stop);
  return () => leaving.delete(stop);
}

/** Signing out: what works for the account stops, then everything the console kept for it is dropped. */
export function leaveAccount(): void {
  for (const stop of [...leaving]) stop();
  forgetAccountState();
}

/**
 * Called when `accountId` is the signed-in account, before anything reads the kept state. State kept for another
 * account is dropped; the same account's is kept (it may be coming back from a redirect sign-in). State that
 * belongs to nobody yet (a shared link opened before signing in) becomes this account's. Safe to call again.
 */
export function claimAccountState(accountId: string): void {
  const store = sessionStore();
  const owner = store.getItem(OWNER_KEY);
  if (owner !== null && owner !== accountId) forgetAccountState();
  try {
    store.setItem(OWNER_KEY, accountId);
  } catch {
    // Storage full: then nothing new is kept for anyone either.
  }
}
