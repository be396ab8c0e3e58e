import { useDeferredValue } from "react";
import Box from "@mui/material/Box";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import FormControl from "@mui/material/FormControl";
import InputLabel from "@mui/material/InputLabel";
import NativeSelect from "@mui/material/NativeSelect";
import OutlinedInput from "@mui/material/OutlinedInput";
import Typography from "@mui/material/Typography";
import { t } from "../../../i18n";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { RetryNotice } from "../../../ui/RetryNotice";
import { useSessionState } from "../../../ui/useSessionState";
import { ToastProvider } from "../../../ui/toast";
import { useNow } from "../../../ui/useNow";
import { useProfiles } from "../api/listProfiles";
import { filterAndSortProfiles, type ProfileSort } from "../model/filterSort";
import { DEFAULT_VALIDITY_SECONDS, isValidValidity } from "../model/validity";
import { useSelectedProfileId } from "../useSelectedProfileId";
import { ProfileDetails } from "./ProfileDetails";
import { ProfileList, ProfileListEmpty, ProfileListNoMatch, ProfileListSkeleton } from "./ProfileList";

const isString = (value: unknown): value is string => typeof value === "string";
const isProfileSort = (value: unknown): value is ProfileSort => value === "name" || value === "expiry";
const isValidity = (value: unknown): value is number => typeof value === "number" && isValidValidity(value);

export function ProfilesPage() {
  const profiles = useProfiles();
  const [selectedId, select] = useSelectedProfileId();
  // Kept in session storage: they survive errors, re-authentication and a redirect sign-in.
  const [filter, setFilter] = useSessionState("filter", "", isString);
  const [sort, setSort] = useSessionState<ProfileSort>("sort", "name", isProfileSort);
  const [seconds, setSeconds] = useSessionState("validity", DEFAULT_VALIDITY_SECONDS, isValidity);
  const deferredFilter = useDeferredValue(filter);
  const now = useNow();

  const all = profiles.data ?? [];
  const shown = filterAndSortProfiles(all, deferredFilter, sort, now);
  const selectedMissing = profiles.isSuccess && selectedId !== null && !all.some((p) => p.id === selectedId);

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
            <Stack
              direction="row"
              spacing={1}
              useFlexGap
              sx={{ alignItems: "baseline", justifyContent: "space-between", flexWrap: "wrap" }}
            >
              <Typography id="profiles-heading" component="h1" variant="h6">
                {t("profiles.heading")}
              </Typography>
              {profiles.isSuccess && (
                <Typography variant="body2" color="text.secondary" aria-live="polite">
                  {t("profiles.count", { shown: shown.length, total: all.length })}
                </Typography>
              )}
            </Stack>
            <Stack direction="row" spacing={1.5}>
              <FormControl size="small" fullWidth>
                <InputLabel htmlFor="profile-filter">{t("profiles.filter.label")}</InputLabel>
                <OutlinedInput
                  id="profile-filter"
                  label={t("profiles.filter.label")}
                  placeholder={t("profiles.filter.placeholder")}
                  type="search"
                  value={filter}
                  onChange={(event) => setFilter(event.target.value)}
                />
              </FormControl>
              <FormControl size="small" sx={{ minWidth: 150 }}>
                <InputLabel htmlFor="profile-sort" variant="outlined">
                  {t("profiles.sort.label")}
                </InputLabel>
                <NativeSelect
                  id="profile-sort"
                  value={sort}
                  onChange={(event) => setSort(event.target.value as ProfileSort)}
                  input={<OutlinedInput label={t("profiles.sort.label")} />}
                >
                  <option value="name">{t("profiles.sort.name")}</option>
                  <option value="expiry">{t("profiles.sort.expiry")}</option>
                </NativeSelect>
              </FormControl>
            </Stack>
          </Stack>
          {profiles.isPending && (
            <>
              <Box sx={{ px: 2 }}>
                <RetryNotice
                  active={profiles.isFetching}
                  failureCount={profiles.failureCount}
                  failureReason={profiles.failureReason}
                />
              </Box>
              <ProfileListSkeleton />
            </>
          )}
          {profiles.isError && (
            <Box sx={{ p: 2 }}>
              <ErrorAlert
                title={t("profiles.error.title")}
                error={profiles.error}
                context="read"
                onRetry={() => void profiles.refetch()}
              />
            </Box>
          )}
          {profiles.isSuccess && all.length === 0 && <ProfileListEmpty />}
          {profiles.isSuccess && all.length > 0 && shown.length === 0 && (
            <ProfileListNoMatch filter={deferredFilter} onClear={() => setFilter("")} />
          )}
          {shown.length > 0 && <ProfileList profiles={shown} selectedId={selectedId} onSelect={select} now={now} />}
        </Paper>

        {/* Beside a long list the details stay in view; on a phone they come first once a profile is chosen. */}
        <Box
          sx={{
            position: { md: "sticky" },
            top: { md: 24 },
            maxHeight: { md: "calc(100vh - 48px)" },
            overflowY: { md: "auto" },
            order: { xs: selectedId ? -1 : 0, md: 0 },
          }}
        >
          {selectedId === null || selectedMissing ? (
            <Paper variant="outlined" sx={{ p: 3 }}>
              <Typography color="text.secondary">
                {selectedMissing ? t("profiles.notFound") : t("profiles.selectPrompt")}
              </Typography>
            </Paper>
          ) : (
            <ProfileDetails profileId={selectedId} now={now} seconds={seconds} onSecondsChange={setSeconds} />
          )}
        </Box>
      </Box>
    </ToastProvider>
  );
}
