import {
  useCallback,
  useDeferredValue,
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
import Skeleton from "@mui/material/Skeleton";
import Typography from "@mui/material/Typography";
import { t } from "../../i18n";
import { memoInLanguage } from "../../i18n/memoInLanguage";
import { stateOf } from "../../domain/tokenState";
import { profileKey, type ListedProfile, type ProfileRef } from "../../domain/profile";
import { profileHref } from "../../domain/profileLink";
import { devicesText } from "../../domain/words/deviceCount";
import { kindText } from "../../domain/words/kindText";
import { isPlainClick } from "../../ui/isPlainClick";
import { TokenStateChip } from "./TokenStateChip";
import { profileName } from "../../domain/words/profileName";

interface Props {
  /** The profiles shown, in order. */
  profiles: ListedProfile[];
  /** How many profiles there are, whatever the filter shows: a short list is whole (WHOLE_LIST_MAX). */
  total: number;
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

/** Material's checkbox icons (the ones MUI's Checkbox draws), so a row's checkbox looks like every other. */
const BOX_PATH = {
  checked:
    "M19 3H5c-1.11 0-2 .9-2 2v14c0 1.1.89 2 2 2h14c1.11 0 2-.9 2-2V5c0-1.1-.89-2-2-2zm-9 14l-5-5 1.41-1.41L10 14.17l7.59-7.59L19 8l-9 9z",
  unchecked: "M19 5v14H5V5h14m0-2H5c-1.1 0-2 .9-2 2v14c0 1.1.9 2 2 2h14c1.1 0 2-.9 2-2V5c0-1.1-.9-2-2-2z",
};

/**
 * One profile: a checkbox and a link. Memoized on the profile: when the filter changes, the rows that stay in view
 * are not rendered again, only those that come into view. Plain elements, not MUI's Checkbox and ListItemButton,
 * styled by the list's one rule (ROW_STYLE) as those look: a row that comes into view costs no style work of its
 * own, which at 5,000 profiles was most of a keystroke's rendering. Without their ripple.
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
      <span className={checked ? "row-check row-checked" : "row-check"}>
        <input
          type="checkbox"
          checked={checked}
          onChange={(event) => onCheck(key, event.target.checked)}
          aria-labelledby={nameId}
        />
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d={checked ? BOX_PATH.checked : BOX_PATH.unchecked} />
        </svg>
      </span>
      <a
        className="row-link"
        href={profileHref(ref)}
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
      </a>
    </>
  );
});

/** How many frames to wait for a row scrolled to to be rendered and measured. */
const MAX_FRAMES_TO_ROW = 30;

/**
 * Up to this many profiles in the tenant, every row is in the page, so find in page and a screen reader's list of
 * links find them all; above it, only the rows near the viewport (windowed). A few hundred rows are what an admin
 * scrolls through rather than filters; 300 are about 5,000 elements (17 a row), rendered after the keystroke (below);
 * past that, windowing pays (README "Performance").
 */
export const WHOLE_LIST_MAX = 300;

/**
 * Each profile is a link (open in a new tab works) whose accessible name is its display name, with a checkbox for
 * bulk actions beside it. A short list is whole (WHOLE_LIST_MAX); of a long one only the rows near the viewport are
 * in the page, so 5,000 profiles scroll and filter without a stall, and the rows say where they are in the whole
 * list (aria-setsize, aria-posinset). Windowed rows are placed by the list's style (theme.ts, one rule for all of
 * them) and their offset, so moving a row renders nothing in it.
 */
export const ProfileList = memoInLanguage(function ProfileList({
  profiles,
  total,
  selectedKey,
  onSelect,
  focusSelectedRequest,
  checked,
  onCheck,
  now,
}: Props) {
  const short = total <= WHOLE_LIST_MAX;
  // A short list is whole once a deferred render has caught up with the filter: its first render and a keystroke's
  // render the rows in view, windowed, in their own frame, and the rest after it, in a render that the next
  // keystroke interrupts. A long list's value is constant, and so costs no deferred render.
  const caughtUp = useDeferredValue(short ? profiles : null, null) === profiles;
  const whole = short && caughtUp;
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
    enabled: !whole,
    count: profiles.length,
    // The window's size before the virtualizer observes it: a whole list's keystroke starts it windowed.
    initialRect: { width: window.innerWidth, height: window.innerHeight },
    estimateSize: () => ESTIMATED_ROW_PX,
    overscan: 8,
    scrollMargin,
    getItemKey,
  });

  // The selected row may be far from the viewport, and so not rendered: scroll to it, then focus its link once it is.
  const focusSelected = useEffectEvent(() => {
    const index = profiles.findIndex((profile) => profileKey(profile) === selectedKey);
    if (index === -1) return () => undefined;
    if (!whole) virtualizer.scrollToIndex(index, { align: "center" });
    let frame = 0;
    let handle = 0;
    const tryFocus = () => {
      const link = listRef.current?.querySelector<HTMLElement>(`[data-index="${index}"] a`);
      if (!link) {
        if (++frame < MAX_FRAMES_TO_ROW) handle = requestAnimationFrame(tryFocus);
        return;
      }
      if (whole) link.scrollIntoView?.({ block: "center" });
      link.focus({ preventScroll: whole });
    };
    handle = requestAnimationFrame(tryFocus);
    return () => cancelAnimationFrame(handle);
  });
  useEffect(() => {
    if (focusSelectedRequest > 0) return focusSelected();
  }, [focusSelectedRequest]);
  const rows = whole
    ? profiles.map((profile, index) => ({ index, key: profileKey(profile), start: 0 }))
    : virtualizer.getVirtualItems();
  return (
    <ul
      ref={listRef}
      className="profile-rows"
      aria-label={t("profiles.heading")}
      data-windowed={whole ? undefined : ""}
      style={whole ? undefined : { height: virtualizer.getTotalSize() }}
    >
      {rows.map((row) => {
        const profile = profiles[row.index]!;
        const key = profileKey(profile);
        return (
          <li
            key={row.key}
            data-index={row.index}
            ref={whole ? undefined : virtualizer.measureElement}
            aria-setsize={profiles.length}
            aria-posinset={row.index + 1}
            style={whole ? undefined : { transform: `translateY(${row.start - virtualizer.options.scrollMargin}px)` }}
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
    </ul>
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
