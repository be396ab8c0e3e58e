import { useState } from "react";
import { useQueryClient } from "@tanstack/react-query";
import Alert from "@mui/material/Alert";
import AlertTitle from "@mui/material/AlertTitle";
import Button from "@mui/material/Button";
import Typography from "@mui/material/Typography";
import { AuthFailure, toAuthFailure } from "../../auth/AuthFailure";
import { useAuth } from "../../auth/session";
import { GraphError } from "../../graph/GraphError";
import { useGraphPermissions } from "../../graph/GraphContext";
import { t } from "../../i18n";
import { auditKeys } from "../../domain/audit/auditKeys";
import { ErrorAlert } from "../../ui/ErrorAlert";

/**
 * Whether the audit log failed for want of its permission: no token with DeviceManagementApps.Read.All yet (not
 * granted, or granted only interactively), or Intune's 403 (the permission or the Intune role to read audit data).
 */
export const lacksAuditAccess = (error: unknown) =>
  (error instanceof AuthFailure && (error.kind === "consent-required" || error.kind === "interaction-required")) ||
  (error instanceof GraphError && error.status === 403);

/** Why a grant did not happen, in words. */
function refusalText(error: unknown): string {
  const failure = toAuthFailure(error);
  if (failure.kind === "cancelled") return t("audit.access.cancelled");
  if (failure.kind === "popup-blocked") return t("audit.access.popupBlocked");
  return t("audit.access.refused", { code: failure.code });
}

/**
 * Why the audit log cannot be read, and what to do: for a missing permission, the reason and **Allow access to the
 * audit log** (a sign-in window asking for it, from this click only); anything else as any failed read.
 */
export function AuditAccess({ error, title, onRetry }: { error: unknown; title: string; onRetry: () => void }) {
  const { grant } = useGraphPermissions();
  const queryClient = useQueryClient();
  // A grant through a redirect that came back refused is the session's error when the page loads again.
  const { error: signInError } = useAuth();
  const [refusal, setRefusal] = useState<unknown>(null);
  const [asking, setAsking] = useState(false);

  if (!lacksAuditAccess(error)) return <ErrorAlert title={title} error={error} context="read" onRetry={onRetry} />;

  const allow = () => {
    setRefusal(null);
    setAsking(true);
    grant("auditLog")
      .then(
        () => queryClient.resetQueries({ queryKey: auditKeys.all }),
        (failure: unknown) => setRefusal(failure),
      )
      .finally(() => setAsking(false));
  };
  const forbidden = error instanceof GraphError;
  const lastRefusal = refusal ?? (signInError && signInError.kind !== "cancelled" ? signInError : null);
  return (
    <Alert severity="info" role="status">
      <AlertTitle component="h4">{t("audit.access.title")}</AlertTitle>
      <Typography variant="body2">
        {forbidden
          ? t("audit.access.forbidden", { message: error.graphMessage ?? error.code })
          : error instanceof AuthFailure && error.kind === "consent-required"
            ? t("audit.access.consent")
            : t("audit.access.notGranted")}
      </Typography>
      <Typography variant="body2" sx={{ mt: 1 }}>
        {t("audit.access.restWorks")}
      </Typography>
      {lastRefusal !== null && (
        <Typography variant="body2" sx={{ mt: 1, fontWeight: 600 }} role="alert">
          {refusalText(lastRefusal)}
        </Typography>
      )}
      <Button
        variant="outlined"
        sx={{ mt: 1.5 }}
        onClick={asking ? undefined : allow}
        aria-disabled={asking || undefined}
      >
        {t("audit.access.allow")}
      </Button>
    </Alert>
  );
}
