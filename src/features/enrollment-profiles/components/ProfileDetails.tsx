import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Divider from "@mui/material/Divider";
import Paper from "@mui/material/Paper";
import Skeleton from "@mui/material/Skeleton";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { formatDateTime, formatDateTimeUtc, t, tCount } from "../../../i18n";
import { GraphErrorAlert } from "../../../ui/GraphErrorAlert";
import { useProfile } from "../api/getProfile";
import { tokenState } from "../model/tokenState";
import type { EnrollmentProfile } from "../model/profile";
import { CreateTokenForm } from "./CreateTokenForm";
import { EnrollmentTokenValue } from "./EnrollmentTokenValue";
import { TokenStateChip } from "./TokenStateChip";
import { profileName } from "./profileName";

function CurrentToken({ profile, now }: { profile: EnrollmentProfile; now: Date }) {
  const state = tokenState(profile.tokenExpirationDateTime, now);
  return (
    <Stack component="section" spacing={1.5} aria-labelledby="current-token-heading">
      <Typography id="current-token-heading" component="h3" variant="h6">
        {t("token.heading")}
      </Typography>
      {state.kind === "none" && <Typography>{t("token.none")}</Typography>}
      {state.kind === "expired" && (
        <Typography color="warning.dark">{t("token.expired", { date: formatDateTime(state.expiresAt) })}</Typography>
      )}
      {state.kind === "valid" && (
        <>
          <Typography>
            {t("token.validUntil", { local: formatDateTime(state.expiresAt), utc: formatDateTimeUtc(state.expiresAt) })}
          </Typography>
          {profile.tokenValue && <EnrollmentTokenValue value={profile.tokenValue} />}
        </>
      )}
    </Stack>
  );
}

interface Props {
  profileId: string;
  now: Date;
  seconds: number;
  onSecondsChange: (seconds: number) => void;
}

export function ProfileDetails({ profileId, now, seconds, onSecondsChange }: Props) {
  const query = useProfile(profileId);

  if (query.isPending) {
    return (
      <Paper variant="outlined" sx={{ p: 3 }} aria-busy="true" aria-label={t("details.loading")}>
        <Skeleton variant="text" width="60%" height={40} />
        <Skeleton variant="text" width="90%" />
        <Skeleton variant="rounded" height={160} sx={{ mt: 2 }} />
      </Paper>
    );
  }
  if (query.isError) {
    return (
      <GraphErrorAlert
        title={t("details.error.title")}
        error={query.error}
        action={
          <Button color="inherit" size="small" onClick={() => void query.refetch()}>
            {t("profiles.retry")}
          </Button>
        }
      />
    );
  }

  const profile = query.data;
  return (
    <Paper variant="outlined" component="article" aria-labelledby="profile-heading" sx={{ p: 3 }}>
      <Stack spacing={3}>
        <Box>
          <Typography id="profile-heading" component="h2" variant="h5" sx={{ overflowWrap: "anywhere" }}>
            {profileName(profile)}
          </Typography>
          <Typography color="text.secondary" sx={{ overflowWrap: "anywhere", mt: 0.5 }}>
            {profile.description?.trim() ? profile.description : t("profiles.noDescription")}
          </Typography>
          <Stack direction="row" spacing={1} useFlexGap sx={{ mt: 1.5, flexWrap: "wrap" }}>
            <TokenStateChip state={tokenState(profile.tokenExpirationDateTime, now)} />
            <Typography variant="body2" color="text.secondary" component="span">
              {tCount("profiles.devices", profile.enrolledDeviceCount ?? 0)}
            </Typography>
            {profile.lastModifiedDateTime && (
              <Typography variant="body2" color="text.secondary" component="span">
                {t("details.modified", { date: formatDateTime(new Date(profile.lastModifiedDateTime)) })}
              </Typography>
            )}
          </Stack>
        </Box>
        <Divider />
        <CurrentToken profile={profile} now={now} />
        <Divider />
        <CreateTokenForm
          key={profile.id}
          profile={profile}
          now={now}
          seconds={seconds}
          onSecondsChange={onSecondsChange}
        />
      </Stack>
    </Paper>
  );
}
