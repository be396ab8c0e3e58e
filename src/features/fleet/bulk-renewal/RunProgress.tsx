import { useEffect, useState, type ReactNode } from "react";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import LinearProgress from "@mui/material/LinearProgress";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { formatDateTime, t } from "../../../i18n";
import { describeError } from "../../../ui/describeError";
import { countItems, fromStoredFailure, type RunItem, type RunState } from "./runState";
import type { LockState } from "./runLock";
import { profileName } from "../../../domain/words/profileName";
import type { Tenant } from "../../../tenants/tenant";
import { ReportDownloads } from "../../history/ReportDownloads";
import { reportedWrites } from "./runReport";

/** Seconds until the run is through: the pace sets the speed, a throttling pause comes on top. */
function remainingSeconds(left: number, writesPer20s: number, pausedMs: number) {
  return Math.ceil((left * 20) / writesPer20s + pausedMs / 1000);
}

/** Renders again every second while `active`: the time left and a throttling pause change without an event. */
export function useTicker(active: boolean) {
  const [, setTick] = useState(0);
  useEffect(() => {
    if (!active) return;
    const timer = window.setInterval(() => setTick((tick) => tick + 1), 1000);
    return () => window.clearInterval(timer);
  }, [active]);
}

function FailureLine({ item }: { item: RunItem }) {
  if (item.status === "interrupted") {
    return <>{t("bulk.result.interrupted")}</>;
  }
  const description = describeError(fromStoredFailure(item.failure!), "create");
  return (
    <>
      {description.title}
      {description.message && (
        <Box component="span" dir="auto">
          {" — "}
          {description.message}
        </Box>
      )}
      {description.details.length > 0 && (
        <Box component="span" sx={{ display: "block", fontFamily: "monospace", fontSize: "0.8125rem" }}>
          {description.details.join(" · ")}
        </Box>
      )}
    </>
  );
}

export interface RunProgressProps {
  run: RunState;
  active: boolean;
  /** A run of another tab holds the tenant's lock (or the browser cannot tell): this tab cannot send meanwhile. */
  lock: LockState;
  /** Where the lock's notice is, for the buttons it keeps off (aria-describedby). */
  lockNoticeId: string;
  /** Milliseconds Intune's throttling holds the run for now. */
  pausedFor: () => number;
  writesPer20s: number;
  /** Whether the counts are a live region: one run's are; a run across tenants announces its totals instead. */
  announceCounts: boolean;
  /** The buttons that act on the run, before Show all. */
  actions: ReactNode;
  /** What the progress bar is named (the run, or a tenant's part of it). */
  progressLabel: string;
  /** The tenant a part of a run across tenants wrote in, for its report; null: the tenant the console works in. */
  tenant: Tenant | null;
}

/** One tenant's run as it goes: progress, what stops it, what happened to each profile. */
export function RunProgress({
  run,
  active,
  lock,
  lockNoticeId,
  pausedFor,
  writesPer20s,
  announceCounts,
  actions,
  progressLabel,
  tenant,
}: RunProgressProps) {
  const locked = !active && lock !== "free";
  const [showAll, setShowAll] = useState(false);
  const counts = countItems(run.items);
  const settled = counts.done + counts.failed + counts.interrupted + counts.skipped;
  const paused = active ? pausedFor() : 0;
  const problems = run.items.filter((item) => item.status === "failed" || item.status === "interrupted");
  const listed = showAll ? run.items : problems;
  const finished = !active && counts.left === 0 && counts.sending === 0;
  const seconds = remainingSeconds(counts.left + counts.sending, writesPer20s, paused);

  return (
    <>
      <LinearProgress
        variant="determinate"
        value={counts.total === 0 ? 100 : (settled / counts.total) * 100}
        aria-label={progressLabel}
        aria-valuetext={t("bulk.run.progressText", { settled, total: counts.total })}
      />
      <Typography {...(announceCounts ? { role: "status", "aria-live": "polite" as const } : {})}>
        {t("bulk.run.counts", {
          done: counts.done,
          failed: counts.failed + counts.interrupted,
          left: counts.left + counts.sending,
        })}
        {active &&
          counts.left + counts.sending > 0 &&
          ` · ${t("bulk.run.remaining", { minutes: Math.floor(seconds / 60), seconds: seconds % 60 })}`}
      </Typography>
      {paused > 0 && (
        <Alert severity="info" role="status">
          {t("bulk.run.throttled", { seconds: Math.ceil(paused / 1000) })}
        </Alert>
      )}
      {locked && (
        <Alert id={lockNoticeId} severity="info" role="status">
          {t(lock === "elsewhere" ? "bulk.lock.elsewhere" : "bulk.lock.unsupported")}
        </Alert>
      )}
      {/* Held by another tab's run, the lock's notice says why nothing was sent. */}
      {!active && !locked && counts.left > 0 && (
        <Alert severity="warning">
          {run.stoppedBy
            ? t("bulk.run.throttleStopped", {
                time: formatDateTime(new Date(run.stoppedBy.until)),
                left: t("bulk.profiles", { count: counts.left }),
              })
            : run.cancelled
              ? t("bulk.run.cancelled", { left: t("bulk.profiles", { count: counts.left }) })
              : t("bulk.run.stopped", { left: t("bulk.profiles", { count: counts.left }) })}
        </Alert>
      )}
      {counts.skipped > 0 && (
        <Typography variant="body2">{t("bulk.run.skipped", { count: counts.skipped })}</Typography>
      )}
      {finished && (
        <Alert severity={counts.failed + counts.interrupted > 0 ? "warning" : "success"}>
          {t("bulk.run.summary", {
            done: counts.done,
            total: counts.total,
            failed: counts.failed + counts.interrupted,
          })}
        </Alert>
      )}
      {!active && settled > 0 && (
        <ReportDownloads
          startedAt={new Date(run.startedAt)}
          writes={() => reportedWrites(run.items)}
          label={t("report.ofRun")}
          tenant={tenant}
        />
      )}
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: "wrap" }}>
        {actions}
        <Button onClick={() => setShowAll(!showAll)} aria-expanded={showAll}>
          {showAll ? t("bulk.run.showProblems") : t("bulk.run.showAll", { count: counts.total })}
        </Button>
      </Stack>
      {listed.length > 0 && (
        <Box
          component="ul"
          aria-label={t("bulk.run.results")}
          sx={{ m: 0, p: 0, listStyle: "none", maxHeight: 360, overflowY: "auto" }}
        >
          {listed.map((item) => (
            <Box component="li" key={item.key} sx={{ py: 0.75, borderTop: 1, borderColor: "divider" }}>
              <Typography component="span" dir="auto" sx={{ fontWeight: 600, overflowWrap: "anywhere" }}>
                {profileName({ displayName: item.name })}
              </Typography>
              {" — "}
              <Typography component="span" variant="body2">
                {t(`bulk.status.${item.status}`)}
                {item.throttled > 0 && ` ${t("bulk.result.throttled", { count: item.throttled })}`}
              </Typography>
              {(item.status === "failed" || item.status === "interrupted") && (
                <Typography component="p" variant="body2" color="text.secondary" sx={{ overflowWrap: "anywhere" }}>
                  <FailureLine item={item} />
                </Typography>
              )}
            </Box>
          ))}
        </Box>
      )}
    </>
  );
}
