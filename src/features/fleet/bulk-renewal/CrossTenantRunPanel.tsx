import { useId } from "react";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { t } from "../../../i18n";
import { TokenActionButton } from "../../../ui/TokenActionButton";
import type { CrossTenantRun, TenantRun } from "./crossTenantRun";
import { RunProgress, useTicker } from "./RunProgress";
import { countItems } from "./runState";
import { BULK_CONCURRENCY } from "./tenantEngine";
import type { CrossTenantRenewal } from "./useCrossTenantRenewal";

/** One tenant's part: its own progress, throttling, lock and failures. */
function TenantPart({ part, store, writesPer20s }: { part: TenantRun; store: CrossTenantRun; writesPer20s: number }) {
  const headingId = useId();
  const lockNoticeId = useId();
  return (
    <Box component="section" aria-labelledby={headingId} sx={{ pt: 1.5, borderTop: 1, borderColor: "divider" }}>
      <Stack spacing={1}>
        <Typography id={headingId} component="h3" variant="subtitle1" dir="auto" sx={{ fontWeight: 600 }}>
          {part.tenant.name}
        </Typography>
        <RunProgress
          run={part.run}
          active={part.active}
          lock={part.lock}
          lockNoticeId={lockNoticeId}
          pausedFor={() => store.pausedFor(part.tenant.id)}
          writesPer20s={writesPer20s}
          announceCounts={false}
          progressLabel={t("bulkAcross.run.progress", { tenant: part.tenant.name })}
          tenant={part.tenant}
          actions={null}
        />
      </Stack>
    </Box>
  );
}

/**
 * A bulk renewal across tenants in progress, or its outcome: the totals, then each tenant's part as a run of that
 * tenant alone shows it. Cancel, Resume and Retry failed act on every tenant; a tenant another tab's run holds is
 * left as it is (its notice says so).
 */
export function CrossTenantRunPanel({ renewal }: { renewal: CrossTenantRenewal }) {
  const { tenants, active, store, writesPer20s } = renewal;
  useTicker(active);
  const headingId = useId();
  const counts = tenants.map((part) => ({ part, counts: countItems(part.run.items) }));
  const sum = (pick: (entry: (typeof counts)[number]) => number) =>
    counts.reduce((total, entry) => total + pick(entry), 0);
  const free = (part: TenantRun) => part.active || part.lock === "free";
  const left = sum(({ counts }) => counts.left);
  const problems = sum(({ counts }) => counts.failed + counts.interrupted);
  const canSend = (pick: (entry: (typeof counts)[number]) => number) =>
    counts.some((entry) => pick(entry) > 0 && free(entry.part));

  return (
    <Paper variant="outlined" component="section" aria-labelledby={headingId} sx={{ p: 2, mb: 3 }}>
      <Stack spacing={1.5}>
        <Typography id={headingId} component="h2" variant="h6">
          {t("bulkAcross.run.heading")}
        </Typography>
        <Typography role="status" aria-live="polite">
          {t("bulkAcross.run.totals", {
            tenants: t("bulkAcross.tenants", { count: tenants.length }),
            done: sum(({ counts }) => counts.done),
            failed: problems,
            left: sum(({ counts }) => counts.left + counts.sending),
          })}
        </Typography>
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: "wrap" }}>
          {active && (
            <Button variant="outlined" color="warning" onClick={store.cancel}>
              {t("bulk.run.cancel")}
            </Button>
          )}
          {!active && left > 0 && (
            <TokenActionButton
              variant="contained"
              onClick={store.resume}
              inactive={!canSend(({ counts }) => counts.left)}
            >
              {t("bulk.run.resume", { count: left })}
            </TokenActionButton>
          )}
          {!active && problems > 0 && (
            <TokenActionButton
              variant="outlined"
              onClick={store.retryFailed}
              inactive={!canSend(({ counts }) => counts.failed + counts.interrupted)}
            >
              {t("bulk.run.retryFailed", { count: problems })}
            </TokenActionButton>
          )}
          {!active && <Button onClick={store.dismiss}>{t("bulk.run.dismiss")}</Button>}
        </Stack>
        {tenants.map((part) => (
          <TenantPart key={part.tenant.id} part={part} store={store} writesPer20s={writesPer20s} />
        ))}
        <Typography variant="caption" color="text.secondary">
          {t("bulkAcross.run.pace", { writes: writesPer20s, concurrency: BULK_CONCURRENCY })}
        </Typography>
      </Stack>
    </Paper>
  );
}
