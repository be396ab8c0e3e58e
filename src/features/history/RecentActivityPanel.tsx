import { useId, useState } from "react";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import CircularProgress from "@mui/material/CircularProgress";
import FormControl from "@mui/material/FormControl";
import InputLabel from "@mui/material/InputLabel";
import NativeSelect from "@mui/material/NativeSelect";
import OutlinedInput from "@mui/material/OutlinedInput";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { formatDateTime, t } from "../../i18n";
import { localDateStamp } from "../../domain/fileName";
import { tenantFileName } from "../../domain/tenantFileName";
import {
  RECENT_DAYS,
  activityCsv,
  actorsOf,
  daysBefore,
  filterActivity,
  type ActivityFilter,
} from "../../domain/audit/recentActivity";
import type { TokenActivity } from "../../domain/audit/tokenActivity";
import { useRecentTokenActivity } from "../../queries/auditLog";
import { saveFile } from "../../ui/saveFile";
import { useTenantChoice } from "../../tenants/TenantContext";
import { AuditAccess } from "./AuditAccess";
import { AuditEventList } from "./AuditEventList";
import { useKnownActivities } from "./useKnownActivities";

/** Events shown at first, and added by each Show more. */
const STEP = 50;

const isTokenActivity = (value: string): value is TokenActivity => value === "createToken" || value === "revokeToken";

/** The last 30 days of token events across the tenant's profiles: filtered by person and kind, exported as CSV. */
export function RecentActivityPanel({ now }: { now: Date }) {
  const id = useId();
  const day = localDateStamp(now);
  // A day's start: the same all day, and so the same read.
  const since = daysBefore(now, RECENT_DAYS);
  const activities = useKnownActivities();
  const types = activities.known && [...activities.known.keys()];
  const recent = useRecentTokenActivity(since, types);
  const [filter, setFilter] = useState<ActivityFilter>({ actor: null, activity: null });
  const [limit, setLimit] = useState(STEP);
  const tenant = useTenantChoice()?.current ?? null;

  const error = recent.error ?? activities.accessError;
  if (error) {
    const retry = () => {
      void recent.refetch();
      activities.retry();
    };
    return <AuditAccess error={error} title={t("activity.error.title")} onRetry={retry} />;
  }
  if (types !== null && types.length === 0) {
    return <Typography variant="body2">{t("activity.noTypes")}</Typography>;
  }
  if (!recent.data || activities.known === null) {
    return (
      <Box aria-busy="true" sx={{ display: "flex", alignItems: "center", gap: 1, py: 1 }}>
        <CircularProgress size={20} aria-hidden />
        <Typography variant="body2">{t("activity.loading")}</Typography>
      </Box>
    );
  }
  const known = activities.known;
  const all = recent.data;
  const shown = filterActivity(all, filter, known);
  const exportCsv = () =>
    saveFile(
      `${tenantFileName(tenant, t("activity.fileName"))} ${day}.csv`,
      new Blob([activityCsv(shown, known, formatDateTime)], { type: "text/csv;charset=utf-8" }),
    );
  return (
    <Stack spacing={1.5}>
      <Typography variant="body2" color="text.secondary">
        {t("activity.intro", { days: RECENT_DAYS })}
      </Typography>
      <Stack direction="row" useFlexGap spacing={2} sx={{ flexWrap: "wrap", alignItems: "center" }}>
        <FormControl size="small" sx={{ flex: "1 1 220px" }}>
          <InputLabel htmlFor={`${id}-actor`} variant="outlined" shrink>
            {t("activity.person")}
          </InputLabel>
          <NativeSelect
            id={`${id}-actor`}
            value={filter.actor ?? ""}
            onChange={(event) => {
              setFilter({ ...filter, actor: event.target.value === "" ? null : event.target.value });
              setLimit(STEP);
            }}
            // "Everyone" is the empty value: the label stays above it, not on it.
            input={<OutlinedInput notched label={t("activity.person")} />}
          >
            <option value="">{t("activity.person.all")}</option>
            {actorsOf(all).map((actor) => (
              <option key={actor} value={actor}>
                {actor}
              </option>
            ))}
          </NativeSelect>
        </FormControl>
        <FormControl size="small" sx={{ flex: "1 1 200px" }}>
          <InputLabel htmlFor={`${id}-kind`} variant="outlined" shrink>
            {t("activity.kind")}
          </InputLabel>
          <NativeSelect
            id={`${id}-kind`}
            value={filter.activity ?? ""}
            onChange={(event) => {
              const value = event.target.value;
              setFilter({ ...filter, activity: isTokenActivity(value) ? value : null });
              setLimit(STEP);
            }}
            input={<OutlinedInput notched label={t("activity.kind")} />}
          >
            <option value="">{t("activity.kind.all")}</option>
            <option value="createToken">{t("audit.activity.createToken")}</option>
            <option value="revokeToken">{t("audit.activity.revokeToken")}</option>
          </NativeSelect>
        </FormControl>
        <Button variant="outlined" onClick={exportCsv} disabled={shown.length === 0}>
          {t("activity.export")}
        </Button>
      </Stack>
      <Typography variant="body2" role="status">
        {all.length === 0
          ? t("activity.empty", { days: RECENT_DAYS })
          : t("activity.count", { total: all.length, shown: shown.length, days: RECENT_DAYS })}
      </Typography>
      {shown.length > 0 && (
        <AuditEventList events={shown.slice(0, limit)} known={known} label={t("activity.list")} showProfile />
      )}
      {shown.length > limit && (
        <Box>
          <Button variant="outlined" onClick={() => setLimit(limit + STEP)}>
            {t("activity.more")}
          </Button>
        </Box>
      )}
    </Stack>
  );
}
