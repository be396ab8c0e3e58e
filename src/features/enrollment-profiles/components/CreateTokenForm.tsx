import { useEffect, useRef, useState } from "react";
import { useQueryClient } from "@tanstack/react-query";
import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import CircularProgress from "@mui/material/CircularProgress";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { formatDateTime, t } from "../../../i18n";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { RetryNotice } from "../../../ui/RetryNotice";
import { useToast } from "../../../ui/toast";
import { usePortalNotifier } from "../../../embedding/portalMessages";
import { useUntrustedAncestor } from "../../../embedding/untrustedAncestor";
import { useOnline } from "../../../ui/useOnline";
import { useCreateToken } from "../api/createToken";
import { profileKeys } from "../api/profileKeys";
import type { EnrollmentProfile } from "../model/profile";
import { tokenState } from "../model/tokenState";
import { forgetPendingCreate, readPendingCreate, rememberPendingCreate } from "../pendingCreate";
import { formatValidity } from "./formatValidity";
import { TokenValiditySlider } from "./TokenValiditySlider";
import { profileName } from "./profileName";

interface Props {
  profile: EnrollmentProfile;
  now: Date;
  /** The chosen validity is owned by the page, so it survives switching profiles and failed requests. */
  seconds: number;
  onSecondsChange: (seconds: number) => void;
}

export function CreateTokenForm({ profile, now, seconds, onSecondsChange }: Props) {
  const mutation = useCreateToken();
  const queryClient = useQueryClient();
  const toast = useToast();
  const notifyPortal = usePortalNotifier();
  const online = useOnline();
  // Framed by a page that is not a configured portal: no token action (the app says why, above).
  const blocked = useUntrustedAncestor() !== null;
  // A second click can land before React re-renders the disabled button; this keeps it to one POST.
  const inFlight = useRef(false);
  // A create interrupted by a redirect sign-in is shown once, after the admin is back; it is never re-sent.
  const [interrupted, setInterrupted] = useState(() => {
    const pending = readPendingCreate();
    return pending?.profileId === profile.id ? pending : null;
  });

  // What happened to the request is shown next to the button; bring it into view, the panel may be scrolled.
  const outcome = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (mutation.isError || mutation.failureCount > 0) outcome.current?.scrollIntoView?.({ block: "nearest" });
  }, [mutation.isError, mutation.failureCount]);

  const submit = () => {
    if (inFlight.current || blocked) return;
    inFlight.current = true;
    setInterrupted(null);
    const requestedAt = Date.now();
    const variables = { profileId: profile.id, validitySeconds: seconds };
    rememberPendingCreate(variables);
    mutation.mutate(variables, {
      onSuccess: () => {
        const reread = queryClient.getQueryData<EnrollmentProfile>(profileKeys.detail(profile.id));
        const state = tokenState(reread?.tokenExpirationDateTime, new Date(requestedAt));
        const expiresAt = state.kind === "valid" ? state.expiresAt : new Date(requestedAt + seconds * 1000);
        toast(t("create.success", { name: profileName(reread ?? profile), date: formatDateTime(expiresAt) }));
        notifyPortal({
          type: "enrollment-token-created",
          profileId: profile.id,
          displayName: (reread ?? profile).displayName ?? null,
          expiresAt: expiresAt.toISOString(),
        });
      },
      onSettled: () => {
        inFlight.current = false;
        forgetPendingCreate();
      },
    });
  };

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
      <TokenValiditySlider seconds={seconds} onChange={onSecondsChange} now={now} disabled={mutation.isPending} />
      {tokenState(profile.tokenExpirationDateTime, now).kind === "valid" && (
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
          <ErrorAlert title={t("create.error.title")} error={mutation.error} context="create" onRetry={submit} />
        )}
      </Stack>
      <div>
        <Button
          variant="contained"
          size="large"
          onClick={submit}
          disabled={mutation.isPending || !online || blocked}
          startIcon={mutation.isPending ? <CircularProgress size={18} color="inherit" aria-hidden /> : undefined}
        >
          {t("create.submit")}
        </Button>
        {mutation.isPending && (
          <Typography component="span" role="status" variant="body2" sx={{ ml: 2 }}>
            {t("create.pending")}
          </Typography>
        )}
        {!online && (
          <Typography component="p" variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            {t("create.offline")}
          </Typography>
        )}
      </div>
    </Stack>
  );
}
