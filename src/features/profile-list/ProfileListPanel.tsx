import type { Dispatch, RefObject, SetStateAction } from "react";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { t } from "../../i18n";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { RetryNotice } from "../../ui/RetryNotice";
import type { AllProfiles, CollectionRead } from "../../queries/listProfiles";
import type { ExpiryGroup } from "../../domain/expiryGroups";
import { NO_FILTER, type ProfileFilter, type ProfileSort } from "../../domain/filterSort";
import type { ListedProfile, ProfileRef } from "../../domain/profile";
import { COLLECTIONS, type ProfileKindId } from "../../domain/profileKinds";
import { ProfileFilters } from "./ProfileFilters";
import { ProfileList, ProfileListEmpty, ProfileListNoMatch, ProfileListSkeleton } from "./ProfileList";
import { SelectionBar } from "./SelectionBar";

export interface ProfileListPanelProps {
  all: AllProfiles;
  /** The profiles the filter lets through, in the chosen order. */
  shown: ListedProfile[];
  filter: ProfileFilter;
  onFilterChange: Dispatch<SetStateAction<ProfileFilter>>;
  sort: ProfileSort;
  onSortChange: (sort: ProfileSort) => void;
  kindCounts: Map<ProfileKindId, number>;
  groups: readonly ExpiryGroup[];
  headingRef: RefObject<HTMLHeadingElement | null>;
  onExportCsv: () => void;
  selection: {
    checked: ReadonlySet<string>;
    shownChecked: number;
    onCheck: (key: string, on: boolean) => void;
    onCheckShown: (on: boolean) => void;
    onClear: () => void;
    onRenew: () => void;
    onRemind: () => void;
    busy: boolean;
    blockedReason: string | null;
  };
  selectedKey: string | null;
  onSelect: (ref: ProfileRef) => void;
  focusSelectedRequest: number;
  now: Date;
}

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

/** The profile list: its heading and count, the CSV export, filters and sort, the ticked profiles, the rows. */
export function ProfileListPanel({
  all,
  shown,
  filter,
  onFilterChange,
  sort,
  onSortChange,
  kindCounts,
  groups,
  headingRef,
  onExportCsv,
  selection,
  selectedKey,
  onSelect,
  focusSelectedRequest,
  now,
}: ProfileListPanelProps) {
  const failedOrPending = all.collections.filter((read) => !read.query.isSuccess);
  return (
    <Paper variant="outlined" component="section" aria-labelledby="profiles-heading">
      <Stack spacing={2} sx={{ p: 2, pb: 1.5 }}>
        <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: "baseline", flexWrap: "wrap" }}>
          <Typography
            id="profiles-heading"
            ref={headingRef}
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
            <Button size="small" onClick={onExportCsv}>
              {t("csv.export")}
            </Button>
          )}
        </Stack>
        <ProfileFilters
          filter={filter}
          onFilterChange={onFilterChange}
          sort={sort}
          onSortChange={onSortChange}
          kindCounts={kindCounts}
          groups={groups}
        />
        {!all.isPending && failedOrPending.map((read) => <CollectionFailure key={read.collection} read={read} />)}
        {all.profiles.length > 0 && (
          <SelectionBar
            shown={shown.length}
            shownChecked={selection.shownChecked}
            checked={selection.checked.size}
            onCheckShown={selection.onCheckShown}
            onClear={selection.onClear}
            onRenew={selection.onRenew}
            onRemind={selection.onRemind}
            busy={selection.busy}
            blockedReason={selection.blockedReason}
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
      {all.profiles.length > 0 && shown.length === 0 && (
        <ProfileListNoMatch onClear={() => onFilterChange(NO_FILTER)} />
      )}
      {shown.length > 0 && (
        <ProfileList
          profiles={shown}
          total={all.profiles.length}
          selectedKey={selectedKey}
          onSelect={onSelect}
          focusSelectedRequest={focusSelectedRequest}
          checked={selection.checked}
          onCheck={selection.onCheck}
          now={now}
        />
      )}
    </Paper>
  );
}

/** The list's place while the collections are first read. */
export function ProfileListPlaceholder() {
  return (
    <Paper variant="outlined">
      <ProfileListSkeleton />
    </Paper>
  );
}
