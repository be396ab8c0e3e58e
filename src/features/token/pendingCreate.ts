import { SESSION_KEY_PREFIX } from "../../storage/accountState";
import { isProfileKindId, type ProfileKindId } from "../../domain/profileKinds";

/** A createToken the admin asked for, kept until it settles, in case a redirect sign-in interrupts it. */
export interface PendingCreate {
  kind: ProfileKindId;
  profileId: string;
  validitySeconds: number;
}

const KEY = `${SESSION_KEY_PREFIX}pendingCreate`;

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
      isProfileKindId(value?.kind) &&
      typeof value.profileId === "string" &&
      typeof value.validitySeconds === "number" &&
      Number.isInteger(value.validitySeconds) &&
      value.validitySeconds > 0
    ) {
      return { kind: value.kind, profileId: value.profileId, validitySeconds: value.validitySeconds };
    }
  } catch {
    // Unreadable: treat as none.
  }
  return null;
}
