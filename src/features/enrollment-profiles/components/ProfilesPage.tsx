import { useDeferredValue, useMemo } from "react";
import Box from "@mui/material/Box";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { t } from "../../../i18n";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { RetryNotice } from "../../../ui/RetryNotice";
import { useSessionState } from "../../../ui/useSessionState";
import { ToastProvider } from "../../../ui/toast";
import { useNow } from "../../../ui/useNow";
import { useAllProfiles, type CollectionRead } from "../api/listProfiles";
import { filterProfiles, sortProfiles, type ProfileFilter, type ProfileSort } from "../model/filterSort";
import { profileKey, type ProfileRef } from "../model/profile";
import { COLLECTIONS, PROFILE_KINDS, isProfileKindId, type ProfileKindId } from "../model/profileKinds";
import { useSelectedProfile } from "../useSelectedProfile";
import { MissingProfile } from "./MissingProfile";
import { ProfileDetails } from "./ProfileDetails";
import { ProfileFilters } from "./ProfileFilters";
import { ProfileList, ProfileListEmpty, ProfileListNoMatch, ProfileListSkeleton } from "./ProfileList";

const NO_FILTER: ProfileFilter = { text: "", kind: "all" };
const isProfileSort = (value: unknown): value is ProfileSort => value === "name" || value === "expiry";
const isProfileFilter = (value: unknown): value is ProfileFilter => {
  const { text, kind } = (value ?? {}) as Partial<ProfileFilter>;
  return typeof text === "string" && (kind === "all" || isProfileKindId(kind));
};

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

export function ProfilesPage() {
  const all = useAllProfiles();
  const [selected, select] = useSelectedProfile();
  // Kept in session storage: they survive errors, re-authentication and a redirect sign-in.
  const [filter, setFilter] = useSessionState("filter", NO_FILTER, isProfileFilter);
  const [sort, setSort] = useSessionState<ProfileSort>("sort", "name", isProfileSort);
  const deferredFilter = useDeferredValue(filter);
  const now = useNow();

  const shown = useMemo(
    () => sortProfiles(filterProfiles(all.profiles, deferredFilter), sort, now),
    [all.profiles, deferredFilter, sort, now],
  );
  const kindCounts = useMemo(() => {
    const counts = new Map<ProfileKindId, number>();
    for (const profile of all.profiles) counts.set(profile.kind, (counts.get(profile.kind) ?? 0) + 1);
    return counts;
  }, [all.profiles]);

  const selectedRef: ProfileRef | null = selected === "invalid" ? null : selected;
  const selectedKey = selectedRef && profileKey({ ...selectedRef, collection: PROFILE_KINDS[selectedRef.kind].collection });
  // Missing only when its collection was read and does not hold it; a collection that failed cannot tell.
  const selectedCollection = selectedRef && all.collections.find((read) => read.collection === PROFILE_KINDS[selectedRef.kind].collection);
  const selectedMissing =
    selected === "invalid" ||
    (selectedCollection?.query.isSuccess === true && !all.profiles.some((profile) => profileKey(profile) === selectedKey));
  const failedOrPending = all.collections.filter((read) => !read.query.isSuccess);

  return (
    <ToastProvider>
      <Box
        sx={{
          display: "grid",
          gap: 3,
          gridTemplateColumns: { xs: "1fr", md: "minmax(320px, 5fr) 7fr" },
          alignItems: "start",
        }}
      >
        <Paper variant="outlined" component="section" aria-labelledby="profiles-heading">
          <Stack spacing={2} sx={{ p: 2, pb: 1.5 }}>
            <Stack direction="row" sx={{ alignItems: "baseline", justifyContent: "space-between" }}>
              <Typography id="profiles-heading" component="h1" variant="h6">
                {t("profiles.heading")}
              </Typography>
              {all.anySucceeded && (
                <Typography variant="body2" color="text.secondary" aria-live="polite">
                  {t("profiles.count", {
                    shown: shown.length.toLocaleString(),
                    total: all.profiles.length.toLocaleString(),
                  })}
                </Typography>
              )}
            </Stack>
            <ProfileFilters
              filter={filter}
              onFilterChange={setFilter}
              sort={sort}
              onSortChange={setSort}
              kindCounts={kindCounts}
            />
            {!all.isPending &&
              failedOrPending.map((read) => <CollectionFailure key={read.collection} read={read} />)}
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
            <ProfileListNoMatch onClear={() => setFilter(NO_FILTER)} />
          )}
          {shown.length > 0 && (
            <ProfileList profiles={shown} selectedKey={selectedKey} onSelect={select} now={now} />
          )}
        </Paper>

        {/* Beside a long list the details stay in view; on a phone they come first once a profile is chosen. */}
        <Box
          sx={{
            position: { md: "sticky" },
            top: { md: 24 },
            maxHeight: { md: "calc(100vh - 48px)" },
            overflowY: { md: "auto" },
            order: { xs: selected ? -1 : 0, md: 0 },
          }}
        >
          {selectedMissing ? (
            <MissingProfile selected={selectedRef} />
          ) : selectedRef === null ? (
            <Paper variant="outlined" sx={{ p: 3 }}>
              <Typography color="text.secondary">{t("profiles.selectPrompt")}</Typography>
            </Paper>
          ) : (
            <ProfileDetails selected={selectedRef} now={now} />
          )}
        </Box>
      </Box>
    </ToastProvider>
  );
}
