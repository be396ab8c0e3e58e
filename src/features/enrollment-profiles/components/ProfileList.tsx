import { useEffect, useEffectEvent, useLayoutEffect, useRef, useState, type MouseEvent } from "react";
import { useWindowVirtualizer } from "@tanstack/react-virtual";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Checkbox from "@mui/material/Checkbox";
import List from "@mui/material/List";
import ListItem from "@mui/material/ListItem";
import ListItemButton from "@mui/material/ListItemButton";
import Skeleton from "@mui/material/Skeleton";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { t } from "../../../i18n";
import { stateOf } from "../model/tokenState";
import { profileKey, type ListedProfile, type ProfileRef } from "../model/profile";
import { profileHref } from "../useSelectedProfile";
import { kindText } from "./kindText";
import { TokenStateChip } from "./TokenStateChip";
import { profileName } from "./profileName";

interface Props {
  profiles: ListedProfile[];
  /** profileKey() of the selected profile. */
  selectedKey: string | null;
  onSelect: (ref: ProfileRef) => void;
  /** Bumped to bring the selected profile's row into view and move focus to its link. */
  focusSelectedRequest: number;
  /** profileKey()s ticked for bulk actions. */
  checked: ReadonlySet<string>;
  onCheck: (key: string, checked: boolean) => void;
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

/** A row's height before it is measured: name, kind, description and the state line. */
const ESTIMATED_ROW_PX = 124;

/** How many frames to wait for a row scrolled to to be rendered and measured. */
const MAX_FRAMES_TO_ROW = 30;

/**
 * Each profile is a link (open in a new tab works) whose accessible name is its display name, with a checkbox for
 * bulk actions beside it. Only the rows near the viewport are in the page, so 5,000 profiles scroll and filter
 * without a stall; the rows say where they are in the whole list (aria-setsize, aria-posinset).
 */
export function ProfileList({ profiles, selectedKey, onSelect, focusSelectedRequest, checked, onCheck, now }: Props) {
  const listRef = useRef<HTMLUListElement>(null);
  // The list's distance from the top of the page, kept current as what is above it (alerts, the overview) changes.
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => {
    const measure = () => {
      if (listRef.current) setScrollMargin(listRef.current.getBoundingClientRect().top + window.scrollY);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);
  const virtualizer = useWindowVirtualizer({
    count: profiles.length,
    estimateSize: () => ESTIMATED_ROW_PX,
    overscan: 8,
    scrollMargin,
    getItemKey: (index) => profileKey(profiles[index]!),
  });

  // The selected row may be far from the viewport, and so not rendered: scroll to it, then focus its link once it is.
  const focusSelected = useEffectEvent(() => {
    const index = profiles.findIndex((profile) => profileKey(profile) === selectedKey);
    if (index === -1) return () => undefined;
    virtualizer.scrollToIndex(index, { align: "center" });
    let frame = 0;
    let handle = 0;
    const tryFocus = () => {
      const link = listRef.current?.querySelector<HTMLElement>(`[data-index="${index}"] a`);
      if (link) link.focus();
      else if (++frame < MAX_FRAMES_TO_ROW) handle = requestAnimationFrame(tryFocus);
    };
    handle = requestAnimationFrame(tryFocus);
    return () => cancelAnimationFrame(handle);
  });
  useEffect(() => {
    if (focusSelectedRequest > 0) return focusSelected();
  }, [focusSelectedRequest]);
  return (
    <List
      ref={listRef}
      disablePadding
      aria-label={t("profiles.heading")}
      sx={{ position: "relative", height: virtualizer.getTotalSize() }}
    >
      {virtualizer.getVirtualItems().map((row) => {
        const profile = profiles[row.index]!;
        const nameId = `profile-name-${row.index}`;
        const detailId = `profile-detail-${row.index}`;
        const key = profileKey(profile);
        const selected = key === selectedKey;
        const ref = { kind: profile.kind, id: profile.id };
        return (
          <ListItem
            key={row.key}
            data-index={row.index}
            ref={virtualizer.measureElement}
            aria-setsize={profiles.length}
            aria-posinset={row.index + 1}
            disablePadding
            divider
            sx={{
              position: "absolute",
              top: 0,
              left: 0,
              width: "100%",
              transform: `translateY(${row.start - virtualizer.options.scrollMargin}px)`,
              alignItems: "stretch",
            }}
          >
            <Checkbox
              checked={checked.has(key)}
              onChange={(event) => onCheck(key, event.target.checked)}
              slotProps={{ input: { "aria-labelledby": nameId } }}
              sx={{ alignSelf: "flex-start", mt: 0.5, ml: 0.5 }}
            />
            <ListItemButton
              component="a"
              href={profileHref(ref)}
              selected={selected}
              aria-current={selected ? "page" : undefined}
              aria-labelledby={nameId}
              aria-describedby={detailId}
              onClick={(event: MouseEvent) => {
                if (!isPlainClick(event)) return;
                event.preventDefault();
                onSelect(ref);
              }}
              sx={{ display: "block", py: 1.25, pl: 0.5, minWidth: 0 }}
            >
              <Typography id={nameId} component="span" dir="auto" sx={{ ...clamp(3), fontWeight: 600 }}>
                {profileName(profile)}
              </Typography>
              <Box id={detailId} component="span" sx={{ display: "block" }}>
                <Typography component="span" variant="body2" sx={{ display: "block", fontWeight: 500 }}>
                  {kindText(profile.kind, profile)}
                </Typography>
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
                  <TokenStateChip state={stateOf(profile, now)} />
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

export function ProfileListNoMatch({ onClear }: { onClear: () => void }) {
  return (
    <Box sx={{ p: 3 }}>
      <Typography variant="body2" sx={{ overflowWrap: "anywhere" }}>
        {t("profiles.noMatch")}
      </Typography>
      <Button size="small" onClick={onClear} sx={{ mt: 1 }}>
        {t("profiles.clearFilter")}
      </Button>
    </Box>
  );
}
