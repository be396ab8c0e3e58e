import { useCallback, useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from "react";
import { EventType, InteractionStatus, InteractionType } from "@azure/msal-browser";
import { MsalProvider, useMsal } from "@azure/msal-react";
import { AuthContext, type AuthSession, type SessionNotice } from "../session";
import { toAuthFailure, type AuthFailure } from "../AuthFailure";
import type { MsalAuth } from "./createMsalAuth";
import { isFramed } from "../../embedding/framing";

function MsalSession({ auth, children }: { auth: MsalAuth; children: ReactNode }) {
  const { instance, inProgress } = useMsal();
  const [error, setError] = useState<AuthFailure | null>(null);
  const [signOutError, setSignOutError] = useState<AuthFailure | null>(null);
  const otherAccount = useSyncExternalStore(auth.subscribe, auth.otherAccount);
  // The active account, and only it: another account in MSAL's cache is nobody's session. Every MSAL event may
  // change it (sign-in, sign-out, account switch), so each one is a reason to look again.
  const subscribe = useCallback(
    (onChange: () => void) => {
      const id = instance.addEventCallback(onChange);
      return () => {
        if (id) instance.removeEventCallback(id);
      };
    },
    [instance],
  );
  const activeId = useSyncExternalStore(subscribe, () => instance.getActiveAccount()?.homeAccountId ?? null);
  const active = useMemo(() => (activeId === null ? null : instance.getActiveAccount()), [instance, activeId]);

  useEffect(() => {
    // A redirect sign-in that failed (consent_required, say) comes back as an event when the page loads again.
    const id = instance.addEventCallback((event) => {
      const failed = event.eventType === EventType.ACQUIRE_TOKEN_FAILURE;
      if (!failed || event.interactionType !== InteractionType.Redirect) return;
      const reason = toAuthFailure(event.error);
      if (reason.kind !== "cancelled") setError(reason);
    });
    return () => {
      if (id) instance.removeEventCallback(id);
    };
  }, [instance]);

  const session = useMemo<AuthSession>(() => {
    const run = (action: () => Promise<void>) => {
      setError(null);
      action().catch((failure: unknown) => {
        const reason = toAuthFailure(failure);
        // Closing the sign-in window is a choice, not a failure: the admin is back where they were. In a portal
        // it may also be the portal cutting the window off, so there the way out is shown.
        if (reason.kind !== "cancelled" || isFramed()) setError(reason);
      });
    };
    // A sign-out that fails must say so wherever the admin is: they may still be signed in, with write rights.
    const signOut = () => {
      setSignOutError(null);
      auth.signOut().catch((failure: unknown) => setSignOutError(toAuthFailure(failure)));
    };
    const notice: SessionNotice | null = signOutError
      ? { kind: "signOutFailed", error: signOutError }
      : otherAccount && { kind: "otherAccount", answered: otherAccount };
    const status: AuthSession["status"] =
      inProgress === InteractionStatus.Startup || inProgress === InteractionStatus.HandleRedirect
        ? "starting"
        : active
          ? "signed-in"
          : inProgress === InteractionStatus.None
            ? "signed-out"
            : "signing-in";
    return {
      status,
      error,
      account: active && {
        id: active.homeAccountId,
        name: active.name ?? active.username,
        username: active.username,
        tenant: active.tenantId,
      },
      signIn: () => run(() => auth.signIn()),
      switchAccount: () => run(() => auth.signIn({ selectAccount: true })),
      signOut,
      reauthenticate: () => auth.reauthenticate(),
      notice,
      dismissNotice: () => {
        setSignOutError(null);
        auth.dismissOtherAccount();
      },
    };
  }, [auth, inProgress, active, error, signOutError, otherAccount]);

  return <AuthContext.Provider value={session}>{children}</AuthContext.Provider>;
}

export function MsalSessionProvider({ auth, children }: { auth: MsalAuth; children: ReactNode }) {
  return (
    <MsalProvider instance={auth.instance}>
      <MsalSession auth={auth}>{children}</MsalSession>
    </MsalProvider>
  );
}
