import Box from "@mui/material/Box";
import Divider from "@mui/material/Divider";
import Paper from "@mui/material/Paper";
import Skeleton from "@mui/material/Skeleton";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { formatDateTime, formatDateTimeUtc, t } from "../../../i18n";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { RetryNotice } from "../../../ui/RetryNotice";
import { parseGraphDate } from "../model/graphDate";
import { useProfile } from "../api/getProfile";
import { tokenState, type TokenState } from "../model/tokenState";
import type { EnrollmentProfile, ProfileRef } from "../model/profile";
import { PROFILE_KINDS, kindOf, tokenRuleOf, type ProfileKind } from "../model/profileKinds";
import { CreateTokenForm } from "./CreateTokenForm";
import { EnrollmentTokenValue } from "./EnrollmentTokenValue";
import { EnrollmentQrCode } from "./EnrollmentQrCode";
import { qrCodeImage } from "../model/qrCodeImage";
import { kindText } from "./kindText";
import { TokenStateChip } from "./TokenStateChip";
import { profileName } from "./profileName";

function CurrentToken({ profile, kind, state }: { profile: EnrollmentProfile; kind: ProfileKind; state: TokenState }) {
  const qrCode = qrCodeImage(profile.qrCodeImage);
  const usable = state.kind === "valid" || state.kind === "expiringSoon" || state.kind === "doesNotExpire";
  return (
    <Stack component="section" spacing={1.5} aria-labelledby="current-token-heading">
      <Typography id="current-token-heading" component="h3" variant="h6">
        {t("token.heading")}
      </Typography>
      {state.kind === "none" && <Typography>{t("token.none")}</Typography>}
      {state.kind === "expired" && (
        <Typography color="warning.dark">{t("token.expired", { date: formatDateTime(state.expiresAt) })}</Typography>
      )}
      {state.kind === "doesNotExpire" && <Typography>{t("token.doesNotExpire")}</Typography>}
      {(state.kind === "valid" || state.kind === "expiringSoon") && (
        <Typography>
          {t("token.validUntil", { local: formatDateTime(state.expiresAt), utc: formatDateTimeUtc(state.expiresAt) })}
        </Typography>
      )}
      {usable && (
        <>
          {kind.tokenText
            ? profile.tokenValue && <EnrollmentTokenValue value={profile.tokenValue} />
            : (profile.tokenValue || qrCode) && (
                <Typography variant="body2" color="text.secondary">
                  {t("token.qrOnly")}
                </Typography>
              )}
          {qrCode && (
            <EnrollmentQrCode
              src={qrCode.src}
              fileName={`${t("token.qr.fileName", { name: profileName(profile) })}.${qrCode.extension}`}
            />
          )}
        </>
      )}
    </Stack>
  );
}

export function ProfileDetails({ selected, now }: { selected: ProfileRef; now: Date }) {
  const query = useProfile(PROFILE_KINDS[selected.kind], selected.id);

  if (query.isPending) {
    return (
      <Paper variant="outlined" sx={{ p: 3 }} aria-busy="true" aria-label={t("details.loading")}>
        <Skeleton variant="text" width="60%" height={40} />
        <Skeleton variant="text" width="90%" />
        <Skeleton variant="rounded" height={160} sx={{ mt: 2 }} />
        <RetryNotice active={query.isFetching} failureCount={query.failureCount} failureReason={query.failureReason} />
      </Paper>
    );
  }
  if (query.isError) {
    return (
      <ErrorAlert
        title={t("details.error.title")}
        error={query.error}
        context="read"
        onRetry={() => void query.refetch()}
      />
    );
  }

  const profile = query.data;
  // The kind as the profile now says (its token type may have changed since the link was made).
  const kind = kindOf(PROFILE_KINDS[selected.kind].collection, profile);
  const modified = parseGraphDate(profile.lastModifiedDateTime);
  const state = tokenState(profile, tokenRuleOf(kind, profile), now);
  return (
    <Paper variant="outlined" component="article" aria-labelledby="profile-heading" sx={{ p: 3 }}>
      <Stack spacing={2.5}>
        <Box>
          <Typography id="profile-heading" component="h2" variant="h5" dir="auto" sx={{ overflowWrap: "anywhere" }}>
            {profileName(profile)}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ fontWeight: 600 }}>
            {kindText(kind.id, profile)}
          </Typography>
          <Typography
            color="text.secondary"
            dir="auto"
            sx={{ overflowWrap: "anywhere", mt: 0.5, whiteSpace: "pre-line" }}
          >
            {profile.description?.trim() ? profile.description : t("profiles.noDescription")}
          </Typography>
          <Stack direction="row" spacing={1} useFlexGap sx={{ mt: 1.5, flexWrap: "wrap" }}>
            <TokenStateChip state={state} />
            <Typography variant="body2" color="text.secondary" component="span">
              {t("profiles.devices", { count: profile.enrolledDeviceCount ?? 0 })}
            </Typography>
            {modified && (
              <Typography variant="body2" color="text.secondary" component="span">
                {t("details.modified", { date: formatDateTime(modified) })}
              </Typography>
            )}
          </Stack>
        </Box>
        <Divider />
        <CurrentToken profile={profile} kind={kind} state={state} />
        <Divider />
        <CreateTokenForm key={`${kind.collection}/${profile.id}`} profile={profile} kind={kind} now={now} />
      </Stack>
    </Paper>
  );
}
