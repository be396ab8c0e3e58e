import { createContext, useContext } from "react";
import type { AuthFailure } from "./AuthFailure";

export interface SignedInAccount {
  /** Stable per account and tenant; a change means another person or tenant. */
  id: string;
  name: string;
  username: string;
  tenant: string;
}

/** Who answered a sign-in window, as the notice names them. */
export interface AccountName {
  name: string;
  username: string;
}

/** What the admin must know about the session itself, whatever screen is up. */
export type SessionNotice =
  /** Sign-out failed: the admin may still be signed in, here or at Entra ID. */
  | { kind: "signOutFailed"; error: AuthFailure }
  /** A re-authentication came back signed in as `answered`, not the signed-in account: nothing was sent with it. */
  | { kind: "otherAccount"; answered: AccountName };

/** What the app needs from sign-in, whichever identity provider (Entra ID or the demo tenant) is behind it. */
export interface AuthSession {
  status: "starting" | "signed-out" | "signing-in" | "signed-in";
  account: SignedInAccount | null;
  /** Why the last sign-in attempt failed, if it did (a cancelled sign-in is not a failure). */
  error: AuthFailure | null;
  notice: SessionNotice | null;
  dismissNotice(): void;
  signIn(): void;
  signOut(): void;
  switchAccount(): void;
  /**
   * Gets a token interactively, from a user gesture: after a blocked popup, an expired session or a
   * Conditional Access challenge. Resolves when the admin may retry what failed.
   */
  reauthenticate(): Promise<void>;
}

export const AuthContext = createContext<AuthSession | null>(null);

export function useAuth(): AuthSession {
  const session = useContext(AuthContext);
  if (session === null) throw new Error("useAuth() needs an AuthContext provider");
  return session;
}
