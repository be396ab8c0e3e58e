import { createContext, useContext } from "react";

export interface SignedInAccount {
  /** Stable per account and tenant; a change means another person or tenant. */
  id: string;
  name: string;
  username: string;
  tenant: string;
}

/** What the app needs from sign-in, whichever identity provider (Entra ID or the demo tenant) is behind it. */
export interface AuthSession {
  status: "starting" | "signed-out" | "signing-in" | "signed-in";
  account: SignedInAccount | null;
  /** A readable reason why the last sign-in attempt failed, if it did. */
  error: string | null;
  signIn(): void;
  signOut(): void;
  switchAccount(): void;
}

export const AuthContext = createContext<AuthSession | null>(null);

export function useAuth(): AuthSession {
  const session = useContext(AuthContext);
  if (session === null) throw new Error("useAuth() needs an AuthContext provider");
  return session;
}
