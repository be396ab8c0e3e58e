import { useEffect, useEffectEvent, useRef } from "react";
import Box from "@mui/material/Box";
import Divider from "@mui/material/Divider";
import Paper from "@mui/material/Paper";
import Skeleton from "@mui/material/Skeleton";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { formatDateTime, t } from "../../i18n";
import { memoInLanguage } from "../../i18n/memoInLanguage";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { useWideLayout } from "../../ui/useWideLayout";
import { RetryNotice } from "../../ui/RetryNotice";
import { parseGraphDate } from "../../domain/graphDate";
import { useProfile } from "../../queries/getProfile";
import { tokenState } from "../../domain/tokenState";
import type { ProfileRef } from "../../domain/profile";
import { PROFILE_KINDS, kindOf, tokenRuleOf } from "../../domain/profileKinds";
import { CreateTokenForm } from "../token/CreateTokenForm";
import { CurrentToken } from "../token/CurrentToken";
import { ProfileHistory } from "../history/ProfileHistory";
import { devicesText } from "../../domain/words/deviceCount";
import { kindText } from "../../domain/words/kindText";
import { TokenStateChip } from "./TokenStateChip";
import { profileName } from "../../domain/words/profileName";

interface Props {
  selected: ProfileRef;
  now: Date;
  /** Bumped when the admin chose this profile on a one-column layout: its heading takes focus once it is there. */
  focusRequest?: number;
}

/**
 * Moves focus to `element` and brings it into view: on one column to the middle of the screen, clear of the toast
 * at the top; beside the list only if it is out of view, so the list keeps its place.
 */
const focusInView = (element: HTMLElement | null, oneColumn: boolean) => {
  element?.focus({ preventScroll: true });
  element?.scrollIntoView?.({ block: oneColumn ? "center" : "nearest" });
};

/** The selected profile. Memoized: typing in the list's filter does not render it again. */
export const ProfileDetails = memoInLanguage(function ProfileDetails({ selected, now, focusRequest = 0 }: Props) {
  const query = useProfile(PROFILE_KINDS[selected.kind], selected.id);
  const oneColumn = !useWideLayout();
  const heading = useRef<HTMLHeadingElement>(null);
  const currentTokenHeading = useRef<HTMLHeadingElement>(null);
  const handledRequest = useRef(0);
  const focusHeading = useEffectEvent(() => {
    if (handledRequest.current === focusRequest || heading.current === null) return;
    handledRequest.current = focusRequest;
    // The page has brought the details into view already (see useWorkspace).
    heading.current.focus({ preventScroll: true });
  });
  // Once the profile has been read (at once when it is cached), for the latest request.
  useEffect(() => focusHeading(), [focusRequest, query.isSuccess]);

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
          <Typography
            id="profile-heading"
            ref={heading}
            tabIndex={-1}
            component="h2"
            variant="h5"
            dir="auto"
            sx={{ overflowWrap: "anywhere" }}
          >
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
            <TokenStateChip state={state} now={now} />
            <Typography variant="body2" color="text.secondary" component="span">
              {devicesText(profile)}
            </Typography>
            {modified && (
              <Typography variant="body2" color="text.secondary" component="span">
                {t("details.modified", { date: formatDateTime(modified) })}
              </Typography>
            )}
          </Stack>
        </Box>
        <Divider />
        <CurrentToken profile={profile} kind={kind} state={state} now={now} headingRef={currentTokenHeading} />
        <Divider />
        <CreateTokenForm
          key={`${kind.collection}/${profile.id}`}
          profile={profile}
          kind={kind}
          now={now}
          onCreated={() => focusInView(currentTokenHeading.current, oneColumn)}
        />
        <Divider />
        <ProfileHistory key={`history/${kind.collection}/${profile.id}`} kind={kind} profileId={profile.id} />
      </Stack>
    </Paper>
  );
});
