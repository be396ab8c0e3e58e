import { useId, useState } from "react";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { t } from "../../i18n";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { RetryNotice } from "../../ui/RetryNotice";
import { TokenActionButton } from "../../ui/TokenActionButton";
import { useConfirmedWrite } from "../../ui/useConfirmedWrite";
import { useRevokeToken } from "../../queries/revokeToken";
import { WriteReport } from "./WriteReport";
import type { EnrollmentProfile } from "../../domain/profile";
import type { ProfileKind } from "../../domain/profileKinds";
import { availableExports } from "../../domain/tokenExport";
import { isUsable, type TokenState } from "../../domain/tokenState";
import { ConfirmTokenDialog } from "./ConfirmTokenDialog";
import { ExportTokenDialog } from "./ExportTokenDialog";
import { PrintQrDialog } from "./PrintQrDialog";
import { devicesValue } from "../../domain/words/deviceCount";
import { profileName } from "../../domain/words/profileName";
import { TokenFacts, describeCurrentToken } from "./TokenFacts";

interface Props {
  profile: EnrollmentProfile;
  kind: ProfileKind;
  state: TokenState;
  now: Date;
  /** After a revoke, once its dialog has closed: focus goes to the current token, which now shows there is none. */
  onRevoked: () => void;
}

/** Why a disabled action is disabled, or null when every action the kind has can be used. */
function unavailableReason(state: TokenState, exportable: boolean): string | null {
  if (state.kind === "none") return t("token.actions.none");
  if (state.kind === "expired") return t("token.actions.expired");
  if (state.kind === "unknown") return t("token.actions.unknown");
  return exportable ? null : t("token.actions.noQr");
}

/**
 * Print, export and revoke the current token, for the kinds whose descriptor lists them (print and export go
 * together: paper is one more way out of the console). An action that cannot be used says why, and stays
 * focusable so that the reason can be read.
 */
export function TokenActions({ profile, kind, state, now, onRevoked }: Props) {
  const revoke = useRevokeToken(kind, profile.id);
  const reasonId = useId();
  const [dialog, setDialog] = useState<"print" | "export" | null>(null);
  // Once the confirmation has closed, focus goes to what came of it: the current token (none now) or the error.
  const {
    buttonRef,
    errorHeadingRef,
    inactive,
    request,
    retry,
    dialog: confirmation,
  } = useConfirmedWrite({
    confirm: true,
    pending: revoke.isPending,
    focusResult: onRevoked,
    send: ({ onSuccess, onError, onSettled }) =>
      revoke.mutate(undefined, {
        onSuccess: ({ profile: reread }) => onSuccess(t("revoke.success", { name: profileName(reread ?? profile) })),
        onError,
        onSettled,
      }),
  });

  const canRevoke = kind.actions.includes("revoke");
  const canExport = kind.actions.includes("export");
  const exportable = isUsable(state) && availableExports(kind.provisioning, profile).length > 0;
  const reason = unavailableReason(state, exportable);
  const describedBy = reason ? reasonId : undefined;

  if (!canRevoke && !canExport) return null;
  return (
    <Stack spacing={1.5}>
      <Stack
        role="group"
        aria-label={t("token.actions.label")}
        direction="row"
        spacing={1}
        useFlexGap
        sx={{ flexWrap: "wrap" }}
      >
        {canExport && (
          <>
            <TokenActionButton
              variant="outlined"
              onClick={() => setDialog("print")}
              inactive={!exportable}
              aria-describedby={describedBy}
            >
              {t("print.button")}
            </TokenActionButton>
            <TokenActionButton
              variant="outlined"
              onClick={() => setDialog("export")}
              inactive={!exportable}
              aria-describedby={describedBy}
            >
              {t("export.button")}
            </TokenActionButton>
          </>
        )}
        {canRevoke && (
          <TokenActionButton
            ref={buttonRef}
            variant="outlined"
            color="error"
            onClick={() => request()}
            inactive={state.kind === "none" || inactive}
            aria-describedby={state.kind === "none" ? describedBy : undefined}
          >
            {t("revoke.button")}
          </TokenActionButton>
        )}
      </Stack>
      {reason && (
        <Typography id={reasonId} variant="body2" color="text.secondary">
          {reason}
        </Typography>
      )}
      <RetryNotice active={revoke.isPending} failureCount={revoke.failureCount} failureReason={revoke.failureReason} />
      {revoke.isError && (
        <ErrorAlert
          title={t("revoke.error.title")}
          error={revoke.error}
          context="revoke"
          onRetry={() => retry()}
          headingRef={errorHeadingRef}
          headingLevel={4}
        />
      )}
      {revoke.isSuccess && (
        <WriteReport result={revoke.data} profile={profile} kind={kind} action="revokeToken" seconds={null} />
      )}
      <PrintQrDialog
        open={dialog === "print"}
        profile={profile}
        kind={kind}
        state={state}
        onClose={() => setDialog(null)}
      />
      <ExportTokenDialog
        open={dialog === "export"}
        profile={profile}
        kind={kind}
        state={state}
        onClose={() => setDialog(null)}
      />
      <ConfirmTokenDialog
        open={confirmation.open}
        title={t("revoke.title", { name: profileName(profile) })}
        body={t("revoke.body")}
        confirmLabel={t("revoke.confirm")}
        pendingLabel={t("revoke.pending")}
        confirmColor="error"
        pending={revoke.isPending}
        onCancel={confirmation.onCancel}
        onConfirm={() => confirmation.onConfirm()}
        onClosed={confirmation.onClosed}
      >
        <TokenFacts
          facts={[
            [t("lifecycle.currentToken"), describeCurrentToken(state, now)],
            [t("lifecycle.enrolledDevices"), devicesValue(profile)],
          ]}
        />
      </ConfirmTokenDialog>
    </Stack>
  );
}
