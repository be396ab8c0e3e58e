import { useId } from "react";
import Button from "@mui/material/Button";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { t } from "../../../i18n";
import { TokenActionButton } from "../../../ui/TokenActionButton";
import { countItems, type RunState } from "./runState";
import type { LockState } from "./runLock";
import type { RunStore } from "./runStore";
import { RunProgress, useTicker } from "./RunProgress";
import { BULK_CONCURRENCY } from "./tenantEngine";

interface Props {
  run: RunState;
  active: boolean;
  /** A run of another tab holds the tenant's lock (or the browser cannot tell): this tab cannot send meanwhile. */
  lock: LockState;
  store: RunStore;
  writesPer20s: number;
}

/** A bulk renewal in progress, or its outcome: progress, what happened to each profile, and what can be done next. */
export function BulkRunPanel({ run, active, lock, store, writesPer20s }: Props) {
  useTicker(active);
  const lockNoticeId = useId();
  const locked = !active && lock !== "free";
  const counts = countItems(run.items);
  const problems = counts.failed + counts.interrupted;
  const describedBy = locked ? lockNoticeId : undefined;

  return (
    <Paper variant="outlined" component="section" aria-labelledby="bulk-run-heading" sx={{ p: 2, mb: 3 }}>
      <Stack spacing={1.5}>
        <Typography id="bulk-run-heading" component="h2" variant="h6">
          {t("bulk.run.heading")}
        </Typography>
        <RunProgress
          run={run}
          active={active}
          lock={lock}
          lockNoticeId={lockNoticeId}
          pausedFor={store.pausedFor}
          writesPer20s={writesPer20s}
          announceCounts
          progressLabel={t("bulk.run.progress")}
          tenant={null}
          actions={
            <>
              {active && (
                <Button variant="outlined" color="warning" onClick={store.cancel}>
                  {t("bulk.run.cancel")}
                </Button>
              )}
              {!active && counts.left > 0 && (
                <TokenActionButton
                  variant="contained"
                  onClick={store.resume}
                  inactive={locked}
                  aria-describedby={describedBy}
                >
                  {t("bulk.run.resume", { count: counts.left })}
                </TokenActionButton>
              )}
              {!active && problems > 0 && (
                <TokenActionButton
                  variant="outlined"
                  onClick={store.retryFailed}
                  inactive={locked}
                  aria-describedby={describedBy}
                >
                  {t("bulk.run.retryFailed", { count: problems })}
                </TokenActionButton>
              )}
              {!active && <Button onClick={store.dismiss}>{t("bulk.run.dismiss")}</Button>}
            </>
          }
        />
        <Typography variant="caption" color="text.secondary">
          {t("bulk.run.pace", { writes: writesPer20s, concurrency: BULK_CONCURRENCY })}
        </Typography>
      </Stack>
    </Paper>
  );
}
