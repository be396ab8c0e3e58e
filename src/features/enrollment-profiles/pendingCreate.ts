import { isValidValidity } from "./model/validity";

/** A createToken the admin asked for, kept until it settles, in case a redirect sign-in interrupts it. */
export interface PendingCreate {
  profileId: string;
  validitySeconds: number;
}

const KEY = "etc.pendingCreate";

export function rememberPendingCreate(intent: PendingCreate) {
  try {
    window.sessionStorage.setItem(KEY, JSON.stringify(intent));
  } catch {
    // Without storage the intent is simply not restored after a redirect.
  }
}

export function forgetPendingCreate() {
  window.sessionStorage.removeItem(KEY);
}

/** The interrupted intent, if any: shown to the admin after sign-in, never submitted on its own. */
export function readPendingCreate(): PendingCreate | null {
  try {
    const value = JSON.parse(window.sessionStorage.getItem(KEY) ?? "null") as Partial<PendingCreate> | null;
    if (
      typeof value?.profileId === "string" &&
      typeof value.validitySeconds === "number" &&
      isValidValidity(value.validitySeconds)
    ) {
      return { profileId: value.profileId, validitySeconds: value.validitySeconds };
    }
  } catch {
    // Unreadable: treat as none.
  }
  return null;
}
