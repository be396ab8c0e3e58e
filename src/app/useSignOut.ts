import { useCallback } from "react";
import { useAuth } from "../auth/session";
import { leaveAccount } from "../storage/accountState";

/**
 * Sign out as the console does it: a bulk run stops and what the console kept for the admin goes first (switching
 * accounts drops it too, in AccountScope), then the session ends.
 */
export function useSignOut(): () => void {
  const { signOut } = useAuth();
  return useCallback(() => {
    leaveAccount();
    signOut();
  }, [signOut]);
}
