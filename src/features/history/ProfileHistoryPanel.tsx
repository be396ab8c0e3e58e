import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import CircularProgress from "@mui/material/CircularProgress";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { t } from "../../i18n";
import type { ProfileKind } from "../../domain/profileKinds";
import { useProfileHistory } from "../../queries/auditLog";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { AuditAccess } from "./AuditAccess";
import { AuditEventList } from "./AuditEventList";
import { useKnownActivities } from "./useKnownActivities";

/** The profile's events in Intune's audit log, newest first, a page at a time. */
export function ProfileHistoryPanel({ kind, profileId }: { kind: ProfileKind; profileId: string }) {
  const history = useProfileHistory(kind, profileId);
  const activities = useKnownActivities();
  const error = history.error ?? activities.accessError;
  const retry = () => {
    void history.refetch();
    activities.retry();
  };
  if (error && !history.data) return <AuditAccess error={error} title={t("history.error.title")} onRetry={retry} />;
  if (!history.data || activities.known === null) {
    return (
      <Box aria-busy="true" sx={{ display: "flex", alignItems: "center", gap: 1, py: 1 }}>
        <CircularProgress size={20} aria-hidden />
        <Typography variant="body2">{t("history.loading")}</Typography>
      </Box>
    );
  }
  const events = history.data.pages.flatMap((page) => page.events);
  return (
    <Stack spacing={1}>
      <Typography variant="body2" color="text.secondary">
        {t("history.intro")}
      </Typography>
      <Typography variant="body2" role="status">
        {events.length === 0 ? t("history.empty") : t("history.count", { count: events.length })}
      </Typography>
      {events.length > 0 && <AuditEventList events={events} known={activities.known} label={t("history.list")} />}
      {history.isFetchNextPageError && (
        <ErrorAlert
          title={t("history.error.title")}
          error={history.error}
          context="read"
          onRetry={() => void history.fetchNextPage()}
        />
      )}
      {history.hasNextPage && (
        <Box>
          <Button
            variant="outlined"
            onClick={history.isFetchingNextPage ? undefined : () => void history.fetchNextPage()}
            aria-disabled={history.isFetchingNextPage || undefined}
          >
            {t("history.more")}
          </Button>
        </Box>
      )}
    </Stack>
  );
}
