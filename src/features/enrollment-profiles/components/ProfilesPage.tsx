import { useCallback, useDeferredValue, useMemo, useRef, useState } from "react";
import { usePrefetchQuery, useQueryClient } from "@tanstack/react-query";
import ArrowUpwardIcon from "@mui/icons-material/ArrowUpward";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { t } from "../../../i18n";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { RetryNotice } from "../../../ui/RetryNotice";
import { saveFile } from "../../../ui/saveFile";
import { useSessionState } from "../../../ui/useSessionState";
import { ToastProvider } from "../../../ui/toast";
import { useNow } from "../../../ui/useNow";
import { useOnline } from "../../../ui/useOnline";
import { useGraphClient } from "../../../graph/GraphContext";
import { getProfileQuery } from "../api/getProfile";
import { useAllProfiles, type CollectionRead } from "../api/listProfiles";
import { expiryCalendar } from "../fleet/expiryCalendar";
import { csvHeaders, csvRows, expiryReminders } from "../fleet/fleetExports";
import { profilesCsv } from "../fleet/profilesCsv";
import { useBulkRenewal } from "../fleet/useBulkRenewal";
import { countByKindAndGroup, groupsShown, isExpiryGroup } from "../model/expiryGroups";
import { NO_FILTER, filterProfiles, sortProfiles, type ProfileFilter, type ProfileSort } from "../model/filterSort";
import { profileKey, type ProfileRef } from "../model/profile";
import { COLLECTIONS, PROFILE_KINDS, isProfileKindId } from "../model/profileKinds";
import { useSelectedProfile } from "../useSelectedProfile";
import { BulkRenewDialog } from "./BulkRenewDialog";
import { BulkRunPanel } from "./BulkRunPanel";
import { FleetOverview } from "./FleetOverview";
import { MissingProfile } from "./MissingProfile";
import { ProfileDetails } from "./ProfileDetails";
import { ProfileFilters } from "./ProfileFilters";
import { ProfileList, ProfileListEmpty, ProfileListNoMatch, ProfileListSkeleton } from "./ProfileList";
import { ReminderDialog } from "./ReminderDialog";
import { SelectionBar } from "./SelectionBar";
import { useTenantFileName } from "./tenantFileName";
import { useWideLayout } from "../../../ui/useWideLayout";

const isProfileSort = (value: unknown): value is ProfileSort => value === "name" || value === "expiry";
const isProfileFilter = (value: unknown): value is ProfileFilter => {
  const { text, kind, group } = (value ?? {}) as Partial<ProfileFilter>;
  return (
    typeof text === "string" && (kind === "all" || isProfileKindId(kind)) && (group === "all" || isExpiryGroup(group))
  );
};
const isKeyList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((key) => typeof key === "string");

/** A collection that could not be read, named, with what Graph said; the other collection's profiles stay. */
function CollectionFailure({ read }: { read: CollectionRead }) {
  const { query, collection } = read;
  if (query.isPending) {
    return (
      <RetryNotice active={query.isFetching} failureCount={query.failureCount} failureReason={query.failureReason} />
    );
  }
  if (!query.isError) return null;
  return (
    <ErrorAlert
      title={t("profiles.collectionFailed", { collection: t(COLLECTIONS[collection].label) })}
      error={query.error}
      context="read"
      onRetry={() => void query.refetch()}
    />
  );
}

/** The profiles ticked for bulk actions, kept for the session, whatever the filter shows. */
function useChecked() {
  const [keys, setKeys] = useSessionState<string[]>("checked", [], isKeyList);
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
  return { checked, set, clear: () => setKeys([]) };
}

const dateStamp = (date: Date) => date.toISOString().slice(0, 10);

/** Reads a linked profile while the list loads, so that its details do not wait for the list. */
function PrefetchProfile({ selected }: { selected: ProfileRef }) {
  const queryClient = useQueryClient();
  usePrefetchQuery(getProfileQuery(useGraphClient(), queryClient, PROFILE_KINDS[selected.kind], selected.id));
  return null;
}

export function ProfilesPage() {
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
  const [filter, setFilter] = useSessionState("filter", NO_FILTER, isProfileFilter);
  const [sort, setSort] = useSessionState<ProfileSort>("sort", "name", isProfileSort);
  const now = useNow();
  const online = useOnline();
  const { checked, set: setChecked, clear: clearChecked } = useChecked();
  const bulk = useBulkRenewal();
  const [dialog, setDialog] = useState<"renew" | "remind" | null>(null);

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
  const failedOrPending = all.collections.filter((read) => !read.query.isSuccess);
  // Stable callbacks: the overview, the list and its rows are memoized, so a keystroke in the filter renders the list
  // and the rows that come into view, in the keystroke's own frame, and leaves the overview alone.
  const showGroup = useCallback(
    (kind: ProfileFilter["kind"], group: ProfileFilter["group"]) =>
      setFilter((previous) => ({ ...previous, kind, group })),
    [setFilter],
  );
  const checkOne = useCallback((key: string, on: boolean) => setChecked([key], on), [setChecked]);
  // The overview and the list are laid out together once every collection has answered, or once one is being
  // retried (its notice says so): laid out any earlier, the overview would push the list and the details down as
  // each collection arrives (a layout shift under the admin's pointer).
  const laidOut = all.isSettled || all.collections.some((read) => read.query.failureCount > 0);
  /** To the chosen profile's row; to the list's heading when the filters hide it. */
  const backToList = () => {
    if (shown.some((profile) => profileKey(profile) === selectedKey)) return setListFocus((request) => request + 1);
    listHeading.current?.focus({ preventScroll: true });
    listHeading.current?.scrollIntoView?.({ block: "start" });
  };

  const withTenant = useTenantFileName();
  const exportCsv = () =>
    saveFile(
      `${withTenant(t("csv.fileName"))} ${dateStamp(now)}.csv`,
      new Blob([profilesCsv(csvHeaders(), csvRows(shown, now))], { type: "text/csv;charset=utf-8" }),
    );
  const downloadReminders = (daysBefore: number) => {
    saveFile(
      `${withTenant(t("reminders.fileName"))} ${dateStamp(now)}.ics`,
      new Blob([expiryCalendar(expiryReminders(checkedProfiles, daysBefore, now), now)], {
        type: "text/calendar;charset=utf-8",
      }),
    );
    setDialog(null);
  };
  const expiringChecked = expiryReminders(checkedProfiles, 0, now).length;

  const runPanel = bulk.run && (
    <BulkRunPanel
      run={bulk.run}
      active={bulk.active}
      lock={bulk.lock}
      store={bulk.store}
      writesPer20s={bulk.writesPer20s}
    />
  );
  if (!laidOut) {
    return (
      <ToastProvider>
        {runPanel}
        <Paper variant="outlined">
          <ProfileListSkeleton />
        </Paper>
        {selectedRef !== null && !selectedMissing && <PrefetchProfile selected={selectedRef} />}
      </ToastProvider>
    );
  }
  const list = (
    <Paper key="list" variant="outlined" component="section" aria-labelledby="profiles-heading">
      <Stack spacing={2} sx={{ p: 2, pb: 1.5 }}>
        <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: "baseline", flexWrap: "wrap" }}>
          <Typography
            id="profiles-heading"
            ref={listHeading}
            tabIndex={-1}
            component="h1"
            variant="h6"
            sx={{ flexGrow: 1 }}
          >
            {t("profiles.heading")}
          </Typography>
          {all.anySucceeded && (
            <Typography variant="body2" color="text.secondary" aria-live="polite">
              {t("profiles.count", { shown: shown.length, total: all.profiles.length })}
            </Typography>
          )}
          {shown.length > 0 && (
            <Button size="small" onClick={exportCsv}>
              {t("csv.export")}
            </Button>
          )}
        </Stack>
        <ProfileFilters
          filter={filter}
          onFilterChange={setFilter}
          sort={sort}
          onSortChange={setSort}
          kindCounts={kindCounts}
          groups={groupsShown(overview.total)}
        />
        {!all.isPending && failedOrPending.map((read) => <CollectionFailure key={read.collection} read={read} />)}
        {all.profiles.length > 0 && (
          <SelectionBar
            shown={shown.length}
            shownChecked={shownChecked}
            checked={checked.size}
            onCheckShown={(on) => setChecked(shown.map(profileKey), on)}
            onClear={clearChecked}
            onRenew={() => setDialog("renew")}
            onRemind={() => setDialog("remind")}
            busy={bulk.active}
            blockedReason={
              bulk.lock === "elsewhere"
                ? t("bulk.lock.elsewhere")
                : bulk.lock === "unsupported"
                  ? t("bulk.lock.unsupported")
                  : online
                    ? null
                    : t("create.offline")
            }
          />
        )}
      </Stack>
      {all.isPending && (
        <>
          <Box sx={{ px: 2 }}>
            {all.collections.map(({ collection, query }) => (
              <RetryNotice
                key={collection}
                active={query.isFetching}
                failureCount={query.failureCount}
                failureReason={query.failureReason}
              />
            ))}
          </Box>
          <ProfileListSkeleton />
        </>
      )}
      {all.isSettled && all.anySucceeded && all.profiles.length === 0 && failedOrPending.length === 0 && (
        <ProfileListEmpty />
      )}
      {all.profiles.length > 0 && shown.length === 0 && <ProfileListNoMatch onClear={() => setFilter(NO_FILTER)} />}
      {shown.length > 0 && (
        <ProfileList
          profiles={shown}
          selectedKey={selectedKey}
          onSelect={choose}
          focusSelectedRequest={listFocus}
          checked={checked}
          onCheck={checkOne}
          now={now}
        />
      )}
    </Paper>
  );
  const details = (
    <Box
      key="details"
      ref={detailsColumn}
      sx={{
        position: { md: "sticky" },
        top: { md: 24 },
        maxHeight: { md: "calc(100vh - 48px)" },
        overflowY: { md: "auto" },
      }}
    >
      {oneColumn && selected !== null && (
        <Button startIcon={<ArrowUpwardIcon aria-hidden />} onClick={backToList} sx={{ mb: 1 }}>
          {t("details.backToList")}
        </Button>
      )}
      {selectedMissing ? (
        <MissingProfile selected={selectedRef} />
      ) : selectedRef === null ? (
        // On one column the list itself says what to do; below a long list this would only be found last.
        !oneColumn && (
          <Paper variant="outlined" sx={{ p: 3 }}>
            <Typography color="text.secondary">{t("profiles.selectPrompt")}</Typography>
          </Paper>
        )
      ) : (
        <ProfileDetails selected={selectedRef} now={now} focusRequest={detailsFocus} />
      )}
    </Box>
  );

  return (
    <ToastProvider>
      {runPanel}
      {all.anySucceeded && all.profiles.length > 0 && (
        <FleetOverview
          byKind={overview.byKind}
          total={overview.total}
          activeKind={filter.kind}
          activeGroup={filter.group}
          onShow={showGroup}
        />
      )}
      <Box
        sx={{
          display: "grid",
          gap: { xs: 2, md: 3 },
          gridTemplateColumns: { xs: "minmax(0, 1fr)", md: "minmax(320px, 5fr) minmax(0, 7fr)" },
          alignItems: "start",
        }}
      >
        {/* On one column the chosen profile's details come before the list, in the page as on screen: the Tab
            order follows what is shown. */}
        {oneColumn && selected !== null ? [details, list] : [list, details]}
      </Box>
      {dialog === "renew" && (
        <BulkRenewDialog
          open
          profiles={checkedProfiles}
          now={now}
          writesPer20s={bulk.writesPer20s}
          onCancel={() => setDialog(null)}
          onConfirm={(plan, chosenSeconds) => {
            setDialog(null);
            bulk.store.start(plan.items, chosenSeconds);
          }}
        />
      )}
      {dialog === "remind" && (
        <ReminderDialog
          open
          profiles={checkedProfiles}
          expiring={expiringChecked}
          onCancel={() => setDialog(null)}
          onDownload={downloadReminders}
        />
      )}
    </ToastProvider>
  );
}
