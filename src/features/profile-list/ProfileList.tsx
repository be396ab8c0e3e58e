import {
  useCallback,
  useEffect,
  useEffectEvent,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type MouseEvent,
} from "react";
import { useWindowVirtualizer } from "@tanstack/react-virtual";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Checkbox from "@mui/material/Checkbox";
import List from "@mui/material/List";
import ListItemButton from "@mui/material/ListItemButton";
import Skeleton from "@mui/material/Skeleton";
import Typography from "@mui/material/Typography";
import { t } from "../../i18n";
import { memoInLanguage } from "../../i18n/memoInLanguage";
import { stateOf } from "../../domain/tokenState";
import { profileKey, type ListedProfile, type ProfileRef } from "../../domain/profile";
import { profileHref } from "../../domain/profileLink";
import { devicesText } from "../../domain/words/deviceCount";
import { kindText } from "../../domain/words/kindText";
import { TokenStateChip } from "./TokenStateChip";
import { profileName } from "../../domain/words/profileName";

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

interface RowProps {
  profile: ListedProfile;
  selected: boolean;
  checked: boolean;
  onSelect: (ref: ProfileRef) => void;
  onCheck: (key: string, checked: boolean) => void;
  now: Date;
}

/**
 * One profile: a checkbox and a link. Memoized on the profile: when the filter changes, the rows that stay in view
 * are not rendered again, only those that come into view. Its text is plain elements styled by the list's one rule
 * (ROW_STYLE), so a new row costs no style work of its own.
 */
const ProfileRow = memoInLanguage(function ProfileRow({
  profile,
  selected,
  checked,
  onSelect,
  onCheck,
  now,
}: RowProps) {
  const id = useId();
  const nameId = `profile-name-${id}`;
  const detailId = `profile-detail-${id}`;
  const key = profileKey(profile);
  const ref = { kind: profile.kind, id: profile.id };
  return (
    <>
      <Checkbox
        checked={checked}
        onChange={(event) => onCheck(key, event.target.checked)}
        slotProps={{ input: { "aria-labelledby": nameId } }}
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
      >
        <span id={nameId} className="row-name" dir="auto">
          {profileName(profile)}
        </span>
        <span id={detailId} className="row-detail">
          <span className="row-kind">{kindText(profile.kind, profile)}</span>
          <span className="row-description" dir="auto">
            {profile.description?.trim() ? profile.description : t("profiles.noDescription")}
          </span>
          <span className="row-state">
            <TokenStateChip state={stateOf(profile, now)} />
            <span className="row-devices">{devicesText(profile)}</span>
          </span>
        </span>
      </ListItemButton>
    </>
  );
});

/** Every row's layout and text styles, as one rule of the list: rows are placed by their offset alone. */
const ROW_STYLE = {
  "& > li": {
    position: "absolute",
    top: 0,
    left: 0,
    width: "100%",
    display: "flex",
    alignItems: "stretch",
    boxSizing: "border-box",
    borderBottom: 1,
    borderColor: "divider",
    backgroundClip: "padding-box",
  },
  "& > li > .MuiCheckbox-root": { alignSelf: "flex-start", mt: 0.5, ml: 0.5 },
  "& > li > .MuiListItemButton-root": { display: "block", py: 1.25, pl: 0.5, minWidth: 0 },
  "& .row-name": { ...clamp(3), typography: "body1", fontWeight: 600 },
  "& .row-detail": { display: "block" },
  "& .row-kind": { display: "block", typography: "body2", fontWeight: 500 },
  "& .row-description": { ...clamp(2), typography: "body2", color: "text.secondary" },
  "& .row-state": { display: "flex", flexWrap: "wrap", alignItems: "center", gap: 1, mt: 0.75 },
  "& .row-devices": { typography: "caption", color: "text.secondary" },
} as const;

/** How many frames to wait for a row scrolled to to be rendered and measured. */
const MAX_FRAMES_TO_ROW = 30;

/**
 * Each profile is a link (open in a new tab works) whose accessible name is its display name, with a checkbox for
 * bulk actions beside it. Only the rows near the viewport are in the page, so 5,000 profiles scroll and filter
 * without a stall; the rows say where they are in the whole list (aria-setsize, aria-posinset). The rows are placed
 * by the list's own style (one rule for all of them) and their offset, so moving a row renders nothing in it.
 */
export const ProfileList = memoInLanguage(function ProfileList({
  profiles,
  selectedKey,
  onSelect,
  focusSelectedRequest,
  checked,
  onCheck,
  now,
}: Props) {
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
  // Stable while the list is the same: the virtualizer keeps its measurements until the key function changes.
  const getItemKey = useCallback((index: number) => profileKey(profiles[index]!), [profiles]);
  const virtualizer = useWindowVirtualizer({
    count: profiles.length,
    estimateSize: () => ESTIMATED_ROW_PX,
    overscan: 8,
    scrollMargin,
    getItemKey,
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
      sx={{
        position: "relative",
        height: virtualizer.getTotalSize(),
        ...ROW_STYLE,
      }}
    >
      {virtualizer.getVirtualItems().map((row) => {
        const profile = profiles[row.index]!;
        const key = profileKey(profile);
        return (
          <li
            key={row.key}
            data-index={row.index}
            ref={virtualizer.measureElement}
            aria-setsize={profiles.length}
            aria-posinset={row.index + 1}
            style={{ transform: `translateY(${row.start - virtualizer.options.scrollMargin}px)` }}
          >
            <ProfileRow
              profile={profile}
              selected={key === selectedKey}
              checked={checked.has(key)}
              onSelect={onSelect}
              onCheck={onCheck}
              now={now}
            />
          </li>
        );
      })}
    </List>
  );
});

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
