import { useState } from "react";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import CircularProgress from "@mui/material/CircularProgress";
import Stack from "@mui/material/Stack";
import { GraphError } from "../../graph/GraphError";
import { t, type MessageKey } from "../../i18n";
import { describeError } from "../../ui/describeError";
import type { TenantState, TenantSummary } from "./tenantSummary";

export const STATE_LABEL: Record<TenantState, MessageKey> = {
  waiting: "tenantOverview.state.waiting",
  reading: "tenantOverview.state.reading",
  ready: "tenantOverview.state.ready",
  notConsented: "tenantOverview.state.notConsented",
  noAccess: "tenantOverview.state.noAccess",
  appUnknown: "tenantOverview.state.appUnknown",
  signInNeeded: "tenantOverview.state.signInNeeded",
  error: "tenantOverview.state.error",
};

const isFailure = (state: TenantState) => !["waiting", "reading", "ready"].includes(state);

interface Props {
  summary: TenantSummary;
  onSignIn: () => Promise<void>;
  onRetry: () => void;
}

/**
 * A tenant's state in words: reading, ready, or why it could not be read (the error table's words, Graph's message
 * and request-id, the tenant's admin-consent link) and what the admin can do there: sign in to it, or try again.
 */
export function TenantStatus({ summary, onSignIn, onRetry }: Props) {
  const [signingIn, setSigningIn] = useState(false);
  const { state, failure, tenant } = summary;
  const label = t(STATE_LABEL[state]);
  if (!isFailure(state)) {
    return (
      <Stack direction="row" spacing={1} sx={{ alignItems: "center", color: "text.secondary" }}>
        {state === "reading" && <CircularProgress size={14} aria-hidden />}
        <span>{label}</span>
      </Stack>
    );
  }
  // The failure names its tenant by the name the row shows, not by its id.
  const description = describeError(failure, "read", () => tenant.name);
  const signIn = () => {
    setSigningIn(true);
    void onSignIn().finally(() => setSigningIn(false));
  };
  return (
    <Stack spacing={0.5} sx={{ alignItems: "flex-start", whiteSpace: "normal", maxWidth: "48ch" }}>
      <Box component="span" sx={{ fontWeight: 700, color: "error.main" }}>
        {label}
      </Box>
      <span>{description.title}</span>
      {description.message && (
        <Box component="span" dir="auto" sx={{ overflowWrap: "anywhere" }}>
          {description.message}
        </Box>
      )}
      {failure instanceof GraphError && failure.requestId && (
        <Box component="span" sx={{ fontFamily: "monospace", fontSize: "0.8125rem", overflowWrap: "anywhere" }}>
          {t("error.requestId", { id: failure.requestId })}
        </Box>
      )}
      {description.consentUrl && (
        <Box
          component="a"
          href={description.consentUrl}
          target="_blank"
          rel="noopener noreferrer"
          sx={{ color: "inherit" }}
        >
          {t("errors.consentLink")}
        </Box>
      )}
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: "wrap" }}>
        {state === "signInNeeded" ? (
          <Button size="small" variant="outlined" onClick={signIn} disabled={signingIn}>
            {t("errors.action.signInTo", { tenant: tenant.name })}
          </Button>
        ) : (
          <Button size="small" color="inherit" variant="outlined" onClick={onRetry}>
            {t("tenantOverview.retry", { tenant: tenant.name })}
          </Button>
        )}
      </Stack>
    </Stack>
  );
}
