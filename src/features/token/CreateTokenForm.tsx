import { useEffect, useId, useRef, useState } from "react";
import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import CircularProgress from "@mui/material/CircularProgress";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { formatDateTime, t } from "../../i18n";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { RetryNotice } from "../../ui/RetryNotice";
import { TokenActionButton } from "../../ui/TokenActionButton";
import { useConfirmedWrite } from "../../ui/useConfirmedWrite";
import { useSessionState } from "../../ui/useSessionState";
import { usePortalNotifier } from "../../embedding/portalMessages";
import { useCreateToken } from "../../queries/createToken";
import type { EnrollmentProfile } from "../../domain/profile";
import { tokenRuleOf, type ProfileKind } from "../../domain/profileKinds";
import { isUsable, tokenState } from "../../domain/tokenState";
import { DEFAULT_VALIDITY_SECONDS, chosenSecondsSchema, secondsToSend } from "../../domain/validity";
import { forgetPendingCreate, readPendingCreate, rememberPendingCreate } from "./pendingCreate";
import { ConfirmTokenDialog } from "./ConfirmTokenDialog";
import { devicesValue } from "../../domain/words/deviceCount";
import { RefusedValidity } from "./RefusedValidity";
import { WriteReport } from "./WriteReport";
import { formatValidity } from "../../domain/words/formatValidity";
import { ValidityChooser } from "./ValidityChooser";
import { profileName } from "../../domain/words/profileName";
import { TokenFacts, describeCurrentToken, describeNewToken } from "./TokenFacts";

interface Props {
  profile: EnrollmentProfile;
  kind: ProfileKind;
  now: Date;
  /** After a token was created: focus goes to the result (the current token, now the new one). */
  onCreated: () => void;
}

export function CreateTokenForm({ profile, kind, now, onCreated }: Props) {
  const mutation = useCreateToken(kind, profile.id);
  const notifyPortal = usePortalNotifier();
  const rule = tokenRuleOf(kind, profile);
  // The chosen validity is kept for the session (it survives a redirect sign-in) and fitted to each kind's range.
  const [chosen, setChosen] = useSessionState("validity", DEFAULT_VALIDITY_SECONDS, chosenSecondsSchema);
  // The validity to send, fitted to the rule once, here; what the chooser shows when the token expires.
  const seconds = secondsToSend(rule, chosen);
  // A create interrupted by a redirect sign-in is shown once, after the admin is back; it is never re-sent.
  const [interrupted, setInterrupted] = useState(() => {
    const pending = readPendingCreate();
    return pending?.profileId === profile.id && pending.kind === kind.id ? pending : null;
  });

  // What happened to the request is shown next to the button; bring it into view, the panel may be scrolled.
  const outcome = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (mutation.failureCount > 0) outcome.current?.scrollIntoView?.({ block: "nearest" });
  }, [mutation.failureCount]);

  const current = tokenState(profile, rule, now);
  // With a token devices can enroll with, a create replaces it: the admin confirms first, in a dialog. An expiry
  // Graph did not report may hide such a token: a profile that has a token value is confirmed too.
  const replacing = isUsable(current) || (current.kind === "unknown" && Boolean(profile.tokenValue));
  const blockedId = useId();
  // A validity Intune refused was replaced by the one it allows, with a click: said until the next request.
  const [applied, setApplied] = useState<number | null>(null);
  const takeAllowed = (allowed: number) => {
    setChosen(allowed);
    setApplied(allowed);
    mutation.reset();
    buttonRef.current?.focus();
  };

  // Focus follows the request: to the new token once it is there (onCreated), or to the error's heading.
  const {
    buttonRef,
    errorHeadingRef,
    inactive,
    blockedReason,
    request,
    retry,
    dialog: confirmation,
  } = useConfirmedWrite({
    confirm: replacing,
    pending: mutation.isPending,
    focusResult: onCreated,
    send: ({ onSuccess, onError, onSettled }) => {
      setInterrupted(null);
      setApplied(null);
      const requestedAt = new Date();
      const replaced = replacing;
      rememberPendingCreate({ kind: kind.id, profileId: profile.id, validitySeconds: seconds });
      mutation.mutate(
        { rule, validitySeconds: seconds },
        {
          onSuccess: ({ profile: reread }) => {
            const current = reread ?? profile;
            const state = tokenState(current, rule, requestedAt);
            const expiresAt =
              state.kind === "valid" || state.kind === "expiringSoon"
                ? state.expiresAt
                : rule.expires
                  ? new Date(requestedAt.getTime() + seconds * 1000)
                  : null;
            const name = profileName(current);
            const date = expiresAt && formatDateTime(expiresAt);
            notifyPortal({
              type: "enrollment-token-created",
              profileId: profile.id,
              profileKind: kind.id,
              displayName: current.displayName ?? null,
              expiresAt: expiresAt?.toISOString() ?? null,
            });
            onSuccess(
              replaced
                ? date
                  ? t("replace.success", { name, date })
                  : t("replace.success.noExpiry", { name })
                : date
                  ? t("create.success", { name, date })
                  : t("create.success.noExpiry", { name }),
            );
          },
          onError,
          onSettled: () => {
            onSettled();
            forgetPendingCreate();
          },
        },
      );
    },
  });

  const dismissInterrupted = () => {
    setInterrupted(null);
    forgetPendingCreate();
  };

  return (
    <Stack component="section" spacing={2} aria-labelledby="create-token-heading">
      <Typography id="create-token-heading" component="h3" variant="h6">
        {t("create.heading")}
      </Typography>
      {interrupted && (
        <Alert
          severity="info"
          action={
            <Button color="inherit" size="small" onClick={dismissInterrupted}>
              {t("create.dismiss")}
            </Button>
          }
        >
          {t("create.pendingIntent", { duration: formatValidity(interrupted.validitySeconds) })}
        </Alert>
      )}
      {rule.expires ? (
        <ValidityChooser
          seconds={seconds}
          bounds={rule}
          now={now}
          onChange={setChosen}
          disabled={mutation.isPending}
          note={t("create.validity.limit", { kind: t(kind.label), max: formatValidity(rule.maxSeconds) })}
        />
      ) : (
        <Typography>{t("create.noExpiry")}</Typography>
      )}
      {replacing && (
        <Typography variant="body2" color="text.secondary">
          {t("create.replaceWarning")}
        </Typography>
      )}
      <Stack ref={outcome} spacing={2} sx={{ "&:empty": { display: "none" } }}>
        <RetryNotice
          active={mutation.isPending}
          failureCount={mutation.failureCount}
          failureReason={mutation.failureReason}
        />
        {mutation.isError && (
          <ErrorAlert
            title={t("create.error.title")}
            error={mutation.error}
            context="create"
            onRetry={() => retry()}
            headingRef={errorHeadingRef}
            headingLevel={4}
          >
            <RefusedValidity
              error={mutation.error}
              sentSeconds={mutation.variables.validitySeconds}
              rule={rule}
              onUse={takeAllowed}
            />
          </ErrorAlert>
        )}
        {applied !== null && (
          <Typography role="status" variant="body2">
            {t("create.refused.applied", { duration: formatValidity(applied) })}
          </Typography>
        )}
        {mutation.isSuccess && (
          <WriteReport
            result={mutation.data}
            profile={profile}
            kind={kind}
            action="createToken"
            seconds={mutation.variables.validitySeconds}
          />
        )}
      </Stack>
      <div>
        <TokenActionButton
          ref={buttonRef}
          variant="contained"
          size="large"
          onClick={() => request()}
          inactive={inactive}
          aria-describedby={blockedReason ? blockedId : undefined}
          startIcon={mutation.isPending ? <CircularProgress size={18} color="inherit" aria-hidden /> : undefined}
        >
          {replacing ? t("create.submit.replace") : t("create.submit")}
        </TokenActionButton>
        {mutation.isPending && !confirmation.open && (
          <Typography component="span" role="status" variant="body2" sx={{ ml: 2 }}>
            {t("create.pending")}
          </Typography>
        )}
        {blockedReason && (
          <Typography id={blockedId} component="p" variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            {blockedReason}
          </Typography>
        )}
      </div>
      <ConfirmTokenDialog
        open={confirmation.open}
        title={t("replace.title", { name: profileName(profile) })}
        body={t("replace.body")}
        confirmLabel={t("replace.confirm")}
        pendingLabel={t("replace.pending")}
        pending={mutation.isPending}
        onCancel={confirmation.onCancel}
        onConfirm={() => confirmation.onConfirm()}
        onClosed={confirmation.onClosed}
      >
        <TokenFacts
          facts={[
            [t("lifecycle.currentToken"), describeCurrentToken(current, now)],
            [t("lifecycle.newToken"), describeNewToken(rule.expires ? seconds : null, now)],
            [t("lifecycle.enrolledDevices"), devicesValue(profile)],
          ]}
        />
      </ConfirmTokenDialog>
    </Stack>
  );
}
