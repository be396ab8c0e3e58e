import { useCallback, useDeferredValue, useMemo, useRef, useState } from "react";
import * as z from "zod/mini";
import { t } from "../../i18n";
import { saveFile } from "../../ui/saveFile";
import { useConfirmedWrite } from "../../ui/useConfirmedWrite";
import { useSessionState } from "../../ui/useSessionState";
import { useNow } from "../../ui/useNow";
import { useStableCallback } from "../../ui/useStableCallback";
import { useWideLayout } from "../../ui/useWideLayout";
import { useAllProfiles } from "../../queries/listProfiles";
import { countByKindAndGroup, groupsShown, isExpiryGroup } from "../../domain/expiryGroups";
import { NO_FILTER, filterProfiles, sortProfiles, type ProfileFilter, type ProfileSort } from "../../domain/filterSort";
import { profileKey, type ProfileRef } from "../../domain/profile";
import { PROFILE_KINDS, isProfileKindId } from "../../domain/profileKinds";
import { expiryCalendar } from "../../features/fleet/expiryCalendar";
import { csvHeaders, csvRows, expiryReminders, fileDate } from "../../features/fleet/fleetExports";
import { profilesCsv } from "../../features/fleet/profilesCsv";
import type { FleetPanelProps } from "../../features/fleet/FleetPanel";
import type { RunItem } from "../../features/fleet/bulk-renewal/runState";
import { useBulkRenewal } from "../../features/fleet/bulk-renewal/useBulkRenewal";
import { useTenantFileName } from "../../features/token/useTenantFileName";
import type { DetailsPanelProps } from "../../features/profile-list/DetailsPanel";
import type { ProfileListPanelProps } from "../../features/profile-list/ProfileListPanel";
import { useSelectedProfile } from "./useSelectedProfile";

const sortSchema: z.ZodMiniType<ProfileSort> = z.enum(["name", "expiry"]);
const filterSchema = z.object({
  text: z.string(),
  kind: z.string().check(z.refine((kind) => kind === "all" || isProfileKindId(kind))),
  group: z.string().check(z.refine((group) => group === "all" || isExpiryGroup(group))),
}) as z.ZodMiniType<ProfileFilter>;
const keyListSchema = z.array(z.string());

/** The profiles ticked for bulk actions, kept for the session, whatever the filter shows. */
function useChecked() {
  const [keys, setKeys] = useSessionState<string[]>("checked", [], keyListSchema);
  const checked = useMemo(() => new Set(keys), [keys]);
  const set = useCallback(
    (changed: readonly string[], on: boolean) =>
      setKeys((previous) => {
        const next = new Set(previous);
        for (const key of changed) {
          if (on) next.add(key);
          else next.delete(key);
        }
        return [...next];
      }),
    [setKeys],
  );
  const clear = useCallback(() => setKeys([]), [setKeys]);
  return { checked, set, clear };
}

export interface Workspace {
  /** The overview and the list are laid out together once every collection has answered or one is retried. */
  laidOut: boolean;
  oneColumn: boolean;
  /** A profile is chosen (or named by the link): on one column its details come before the list. */
  detailsFirst: boolean;
  /** A linked profile to read while the list loads, so that its details do not wait for the list. */
  prefetch: ProfileRef | null;
  list: ProfileListPanelProps;
  details: DetailsPanelProps;
  fleet: FleetPanelProps;
}

/**
 * The workspace's state in one place: the selection (in the URL), the filter and sort and the ticked profiles
 * (kept for the session), the focus requests between list and details, the bulk run and the open dialog. The page
 * only lays out the three panels this hands out.
 */
export function useWorkspace(): Workspace {
  // Deferred: the workspace's render when the lists arrive (every row, the overview) is done in slices that leave
  // the page answering input, instead of one long task.
  const all = useDeferredValue(useAllProfiles());
  const [selected, select] = useSelectedProfile();
  const oneColumn = !useWideLayout();
  // On one column the details come first once a profile is chosen; choosing moves focus to them, and "Back to the
  // list" moves it to the chosen profile's row. Each request is a new number.
  const [detailsFocus, setDetailsFocus] = useState(0);
  const [listFocus, setListFocus] = useState(0);
  const detailsColumn = useRef<HTMLDivElement>(null);
  const choose = useCallback(
    (ref: ProfileRef) => {
      select(ref);
      if (!oneColumn) return;
      setDetailsFocus((request) => request + 1);
      // Once the details are first in the page (the next render), bring them into view, "Back to the list" included.
      requestAnimationFrame(() => detailsColumn.current?.scrollIntoView?.({ block: "start" }));
    },
    [select, oneColumn],
  );
  const listHeading = useRef<HTMLHeadingElement>(null);
  // Kept in session storage: they survive errors, re-authentication and a redirect sign-in.
  const [filter, setFilter] = useSessionState("filter", NO_FILTER, filterSchema);
  const [sort, setSort] = useSessionState<ProfileSort>("sort", "name", sortSchema);
  const now = useNow();
  const withTenant = useTenantFileName();
  const { checked, set: setChecked, clear: clearChecked } = useChecked();
  const bulk = useBulkRenewal();
  const [reminding, setReminding] = useState(false);
  const lockReason =
    bulk.lock === "elsewhere"
      ? t("bulk.lock.elsewhere")
      : bulk.lock === "unsupported"
        ? t("bulk.lock.unsupported")
        : null;
  // The start of a bulk renewal is a confirmed write: its dialog shows the plan, and sends what it confirms.
  const renewal = useConfirmedWrite<{ items: RunItem[]; chosenSeconds: number }>({
    confirm: true,
    blockedReason: lockReason,
    pending: bulk.active,
    send: ({ onSuccess, onSettled }, { items, chosenSeconds }) => {
      bulk.store.start(items, chosenSeconds);
      onSuccess(null);
      onSettled();
    },
  });

  // Sorted once, filtered per keystroke: the filter keeps the order, and 5,000 profiles filter in a millisecond or
  // two where sorting them takes far longer.
  const sorted = useMemo(() => sortProfiles(all.profiles, sort, now), [all.profiles, sort, now]);
  const shown = useMemo(() => filterProfiles(sorted, filter, now), [sorted, filter, now]);
  const overview = useMemo(() => countByKindAndGroup(all.profiles, now), [all.profiles, now]);
  const kindCounts = useMemo(
    () => new Map([...overview.byKind].map(([kind, counts]) => [kind, Object.values(counts).reduce((a, b) => a + b)])),
    [overview],
  );
  const checkedProfiles = useMemo(
    () => all.profiles.filter((profile) => checked.has(profileKey(profile))),
    [all.profiles, checked],
  );
  const shownChecked = useMemo(
    () => (checked.size === 0 ? 0 : shown.filter((profile) => checked.has(profileKey(profile))).length),
    [shown, checked],
  );

  const selectedRef: ProfileRef | null = selected === "invalid" ? null : selected;
  const selectedKey =
    selectedRef && profileKey({ ...selectedRef, collection: PROFILE_KINDS[selectedRef.kind].collection });
  // Missing only when its collection was read and does not hold it; a collection that failed cannot tell.
  const selectedCollection =
    selectedRef && all.collections.find((read) => read.collection === PROFILE_KINDS[selectedRef.kind].collection);
  const selectedMissing =
    selected === "invalid" ||
    (selectedCollection?.query.isSuccess === true &&
      !all.profiles.some((profile) => profileKey(profile) === selectedKey));
  // Stable callbacks: the overview, the list and its rows are memoized, so a keystroke in the filter renders the list
  // and the rows that come into view, in the keystroke's own frame, and leaves the overview alone.
  const showGroup = useCallback(
    (kind: ProfileFilter["kind"], group: ProfileFilter["group"]) =>
      setFilter((previous) => ({ ...previous, kind, group })),
    [setFilter],
  );
  const checkOne = useCallback((key: string, on: boolean) => setChecked([key], on), [setChecked]);
  const checkShown = useStableCallback((on: boolean) => setChecked(shown.map(profileKey), on));
  const requestRenewal = useStableCallback(renewal.request);
  const remind = useCallback(() => setReminding(true), []);
  const groups = useMemo(() => groupsShown(overview.total), [overview]);
  // Laid out any earlier, the overview would push the list and the details down as each collection arrives (a
  // layout shift under the admin's pointer).
  const laidOut = all.isSettled || all.collections.some((read) => read.query.failureCount > 0);
  /** To the chosen profile's row; to the list's heading when the filters hide it. */
  const backToList = () => {
    if (shown.some((profile) => profileKey(profile) === selectedKey)) return setListFocus((request) => request + 1);
    listHeading.current?.focus({ preventScroll: true });
    listHeading.current?.scrollIntoView?.({ block: "start" });
  };

  const exportCsv = () =>
    saveFile(
      `${withTenant(t("csv.fileName"))} ${fileDate(now)}.csv`,
      new Blob([profilesCsv(csvHeaders(), csvRows(shown, now))], { type: "text/csv;charset=utf-8" }),
    );
  const downloadReminders = (daysBefore: number) => {
    saveFile(
      `${withTenant(t("reminders.fileName"))} ${fileDate(now)}.ics`,
      new Blob([expiryCalendar(expiryReminders(checkedProfiles, daysBefore, now), now)], {
        type: "text/calendar;charset=utf-8",
      }),
    );
    setReminding(false);
  };

  return {
    laidOut,
    oneColumn,
    detailsFirst: oneColumn && selected !== null,
    prefetch: !laidOut && selectedRef !== null && !selectedMissing ? selectedRef : null,
    list: {
      all,
      shown,
      filter,
      onFilterChange: setFilter,
      sort,
      onSortChange: setSort,
      kindCounts,
      groups,
      headingRef: listHeading,
      onExportCsv: exportCsv,
      selection: {
        checked,
        shownChecked,
        onCheck: checkOne,
        onCheckShown: checkShown,
        onClear: clearChecked,
        onRenew: requestRenewal,
        onRemind: remind,
        busy: bulk.active,
        blockedReason: renewal.blockedReason,
      },
      selectedKey,
      onSelect: choose,
      focusSelectedRequest: listFocus,
      now,
    },
    details: {
      columnRef: detailsColumn,
      selected: selectedRef,
      missing: selectedMissing,
      oneColumn,
      onBackToList: oneColumn && selected !== null ? backToList : null,
      focusRequest: detailsFocus,
      now,
    },
    fleet: {
      bulk,
      overview: all.anySucceeded && all.profiles.length > 0 ? overview : null,
      activeKind: filter.kind,
      activeGroup: filter.group,
      onShow: showGroup,
      renewal: renewal.dialog,
      reminding,
      onCloseReminders: () => setReminding(false),
      checkedProfiles,
      expiringChecked: expiryReminders(checkedProfiles, 0, now).length,
      onDownloadReminders: downloadReminders,
      now,
    },
  };
}
