import { useRef } from "react";
import { useQueryClient } from "@tanstack/react-query";
import Button from "@mui/material/Button";
import CircularProgress from "@mui/material/CircularProgress";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { formatDateTime, t } from "../../../i18n";
import { GraphErrorAlert } from "../../../ui/GraphErrorAlert";
import { useToast } from "../../../ui/toast";
import { useCreateToken } from "../api/createToken";
import { profileKeys } from "../api/profileKeys";
import type { EnrollmentProfile } from "../model/profile";
import { tokenState } from "../model/tokenState";
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
  // A second click can land before React re-renders the disabled button; this keeps it to one POST.
  const inFlight = useRef(false);

  const submit = () => {
    if (inFlight.current) return;
    inFlight.current = true;
    const requestedAt = Date.now();
    mutation.mutate(
      { profileId: profile.id, validitySeconds: seconds },
      {
        onSuccess: () => {
          const reread = queryClient.getQueryData<EnrollmentProfile>(profileKeys.detail(profile.id));
          const state = tokenState(reread?.tokenExpirationDateTime, new Date(requestedAt));
          const expiresAt = state.kind === "valid" ? state.expiresAt : new Date(requestedAt + seconds * 1000);
          toast(t("create.success", { name: profileName(reread ?? profile), date: formatDateTime(expiresAt) }));
        },
        onSettled: () => {
          inFlight.current = false;
        },
      },
    );
  };

  return (
    <Stack component="section" spacing={2} aria-labelledby="create-token-heading">
      <Typography id="create-token-heading" component="h3" variant="h6">
        {t("create.heading")}
      </Typography>
      <TokenValiditySlider seconds={seconds} onChange={onSecondsChange} now={now} disabled={mutation.isPending} />
      {tokenState(profile.tokenExpirationDateTime, now).kind === "valid" && (
        <Typography variant="body2" color="text.secondary">
          {t("create.replaceWarning")}
        </Typography>
      )}
      {mutation.isError && <GraphErrorAlert title={t("create.error.title")} error={mutation.error} />}
      <div>
        <Button
          variant="contained"
          size="large"
          onClick={submit}
          disabled={mutation.isPending}
          startIcon={mutation.isPending ? <CircularProgress size={18} color="inherit" aria-hidden /> : undefined}
        >
          {t("create.submit")}
        </Button>
        {mutation.isPending && (
          <Typography component="span" role="status" variant="body2" sx={{ ml: 2 }}>
            {t("create.pending")}
          </Typography>
        )}
      </div>
    </Stack>
  );
}
