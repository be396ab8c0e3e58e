import type { MouseEvent } from "react";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import List from "@mui/material/List";
import ListItem from "@mui/material/ListItem";
import ListItemButton from "@mui/material/ListItemButton";
import Skeleton from "@mui/material/Skeleton";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { t } from "../../../i18n";
import type { EnrollmentProfile } from "../model/profile";
import { tokenState } from "../model/tokenState";
import { profileHref } from "../useSelectedProfileId";
import { TokenStateChip } from "./TokenStateChip";
import { profileName } from "./profileName";

interface Props {
  profiles: EnrollmentProfile[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  now: Date;
}

/** At most `lines` lines of text: names and descriptions may hold 10,000 characters. */
const clamp = (lines: number) =>
  ({
    display: "-webkit-box",
    WebkitLineClamp: lines,
    WebkitBoxOrient: "vertical",
    overflow: "hidden",
    overflowWrap: "anywhere",
  }) as const;

const isPlainClick = (event: MouseEvent) =>
  event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;

/** Each profile is a link (open in a new tab works) whose accessible name is its display name. */
export function ProfileList({ profiles, selectedId, onSelect, now }: Props) {
  return (
    <List disablePadding aria-label={t("profiles.heading")}>
      {profiles.map((profile, index) => {
        const nameId = `profile-name-${index}`;
        const detailId = `profile-detail-${index}`;
        return (
          <ListItem key={profile.id} disablePadding divider>
            <ListItemButton
              component="a"
              href={profileHref(profile.id)}
              selected={profile.id === selectedId}
              aria-current={profile.id === selectedId ? "page" : undefined}
              aria-labelledby={nameId}
              aria-describedby={detailId}
              onClick={(event: MouseEvent) => {
                if (!isPlainClick(event)) return;
                event.preventDefault();
                onSelect(profile.id);
              }}
              // Off-screen rows skip layout and paint: a tenant with a thousand profiles still scrolls smoothly.
              sx={{ display: "block", py: 1.25, contentVisibility: "auto", containIntrinsicSize: "auto 96px" }}
            >
              <Typography id={nameId} component="span" dir="auto" sx={{ ...clamp(3), fontWeight: 600 }}>
                {profileName(profile)}
              </Typography>
              <Box id={detailId} component="span" sx={{ display: "block" }}>
                <Typography component="span" variant="body2" color="text.secondary" dir="auto" sx={clamp(2)}>
                  {profile.description?.trim() ? profile.description : t("profiles.noDescription")}
                </Typography>
                <Stack
                  component="span"
                  direction="row"
                  spacing={1}
                  useFlexGap
                  sx={{ mt: 0.75, alignItems: "center", flexWrap: "wrap" }}
                >
                  <TokenStateChip state={tokenState(profile.tokenExpirationDateTime, now)} />
                  <Typography component="span" variant="caption" color="text.secondary">
                    {t("profiles.devices", { count: profile.enrolledDeviceCount ?? 0 })}
                  </Typography>
                </Stack>
              </Box>
            </ListItemButton>
          </ListItem>
        );
      })}
    </List>
  );
}

export function ProfileListSkeleton() {
  return (
    <Box role="status" aria-label={t("profiles.loading")} aria-busy="true">
      {Array.from({ length: 6 }, (_, index) => (
        <Box key={index} sx={{ px: 2, py: 1.5 }}>
          <Skeleton variant="text" width="55%" />
          <Skeleton variant="text" width="85%" />
          <Skeleton variant="rounded" width={140} height={22} />
        </Box>
      ))}
    </Box>
  );
}

export function ProfileListEmpty() {
  return (
    <Box sx={{ p: 3 }}>
      <Typography component="h2" variant="subtitle1" gutterBottom>
        {t("profiles.empty.title")}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {t("profiles.empty.body")}
      </Typography>
    </Box>
  );
}

export function ProfileListNoMatch({ filter, onClear }: { filter: string; onClear: () => void }) {
  return (
    <Box sx={{ p: 3 }}>
      <Typography variant="body2" sx={{ overflowWrap: "anywhere" }}>
        {t("profiles.noMatch", { filter })}
      </Typography>
      <Button size="small" onClick={onClear} sx={{ mt: 1 }}>
        {t("profiles.clearFilter")}
      </Button>
    </Box>
  );
}
