import { useState, type ReactNode, type Ref } from "react";
import { useQueryClient } from "@tanstack/react-query";
import Alert from "@mui/material/Alert";
import AlertTitle from "@mui/material/AlertTitle";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import { useAuth } from "../auth/session";
import { t } from "../i18n";
import { describeError, type ErrorAction, type ErrorContext } from "./describeError";
import { openInNewWindow } from "../embedding/framing";
import { useTenantNames } from "../tenants/TenantContext";

interface Props {
  /** A heading for where it failed ("The profile could not be loaded"); the error's own title follows. */
  title: string;
  error: unknown;
  context: ErrorContext;
  /** Repeats what failed; shown as "Try again". */
  onRetry?: () => void;
  /** Replaces re-authentication for "Sign in again" (on the sign-in screen, where there is no session yet). */
  onSignIn?: () => void;
  /**
   * For an alert that answers the admin's action: the title becomes a heading that can take focus (through this
   * ref), so the keyboard carries on from the error.
   */
  headingRef?: Ref<HTMLHeadingElement>;
  /** The level of that heading, below the section the alert is in. */
  headingLevel?: 2 | 3 | 4;
  /** What the place that failed adds, after the hint (what Intune's limit means for the choice, say). */
  children?: ReactNode;
}

/** Any failure, explained from the error table, with what to do and the details a support ticket needs. */
export function ErrorAlert({
  title,
  error,
  context,
  onRetry,
  onSignIn,
  headingRef,
  headingLevel = 3,
  children,
}: Props) {
  const { reauthenticate } = useAuth();
  const [copied, setCopied] = useState(false);
  const description = describeError(error, context, useTenantNames());

  const queryClient = useQueryClient();
  const signInAgain = () => {
    if (onSignIn) return onSignIn();
    reauthenticate().then(
      () => {
        // Every read that failed for want of a token can go again now, not only the one behind this alert.
        void queryClient.refetchQueries({ type: "active", predicate: (query) => query.state.status === "error" });
      },
      // A failed re-authentication shows up where it matters: the next request fails again and says why.
      () => undefined,
    );
  };
  const buttons: Record<ErrorAction, { label: string; onClick: (() => void) | undefined; primary?: boolean }> = {
    retry: { label: t("errors.action.retry"), onClick: onRetry },
    signInAgain: {
      // A tenant's failure: signing in again is for that tenant only, and the button says which.
      label: description.tenant
        ? t("errors.action.signInTo", { tenant: description.tenant })
        : t("errors.action.signInAgain"),
      onClick: signInAgain,
    },
    continueSignIn: { label: t("errors.action.continueSignIn"), onClick: signInAgain, primary: true },
    openNewWindow: { label: t("embedding.openNewWindow"), onClick: openInNewWindow },
  };
  const copy = () => {
    const text = [title, description.title, description.message, ...description.details].filter(Boolean).join("\n");
    navigator.clipboard.writeText(text).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };

  return (
    <Alert
      severity={description.kind === "throttled" || description.kind === "offline" ? "warning" : "error"}
      role="alert"
    >
      {headingRef ? (
        <AlertTitle component={`h${headingLevel}`} ref={headingRef} tabIndex={-1}>
          {title}
        </AlertTitle>
      ) : (
        <AlertTitle>{title}</AlertTitle>
      )}
      <Stack spacing={1}>
        <Box component="p" sx={{ m: 0, fontWeight: 600 }}>
          {description.title}
        </Box>
        {description.message && (
          <Box component="p" dir="auto" sx={{ m: 0, overflowWrap: "anywhere" }}>
            {description.message}
          </Box>
        )}
        <Box component="p" sx={{ m: 0 }}>
          {description.hint}
        </Box>
        {description.consentUrl && (
          <Box component="p" sx={{ m: 0 }}>
            {/* A plain link: MUI's Link would grow the first screen's script for this one rare case. */}
            <Box
              component="a"
              href={description.consentUrl}
              target="_blank"
              rel="noopener noreferrer"
              sx={{ color: "inherit" }}
            >
              {t("errors.consentLink")}
            </Box>
          </Box>
        )}
        {children}
        {description.details.length > 0 && (
          <Box
            component="ul"
            sx={{
              m: 0,
              pl: 0,
              listStyle: "none",
              fontSize: "0.8125rem",
              fontFamily: "monospace",
              overflowWrap: "anywhere",
            }}
          >
            {description.details.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </Box>
        )}
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: "wrap" }}>
          {description.actions.map((action) => {
            const { label, onClick, primary } = buttons[action];
            if (!onClick) return null;
            return (
              <Button
                key={action}
                variant={primary ? "contained" : "outlined"}
                color={primary ? "primary" : "inherit"}
                size="small"
                onClick={onClick}
              >
                {label}
              </Button>
            );
          })}
          {description.details.length > 0 && (
            <Button color="inherit" size="small" onClick={copy}>
              {copied ? t("errors.action.copied") : t("errors.action.copy")}
            </Button>
          )}
        </Stack>
      </Stack>
    </Alert>
  );
}
