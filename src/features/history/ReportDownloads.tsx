import { useId } from "react";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { useAuth } from "../../auth/session";
import { t } from "../../i18n";
import { localDateStamp } from "../../domain/fileName";
import { runReportCsv, runReportJson, type ReportedWrite } from "../../domain/runReport";
import { tenantFileName } from "../../domain/tenantFileName";
import { useTenantChoice } from "../../tenants/TenantContext";
import type { Tenant } from "../../tenants/tenant";
import { saveFile } from "../../ui/saveFile";

interface Props {
  startedAt: Date;
  /** Built when a button is pressed, from the run's items as they are then. */
  writes: () => readonly ReportedWrite[];
  /** What the report is of, said before the buttons ("Report of this run"). */
  label: string;
  /** The tenant written in, when not the one the console works in (a part of a run across tenants). */
  tenant?: Tenant | null;
}

/**
 * A report of a run (or one write) to hand a customer: when, who, the tenant, each profile with its kind, old and new
 * expiry, the result and Graph's request-id; as CSV or JSON, built when asked. Never a token.
 */
export function ReportDownloads({ startedAt, writes, label, tenant: writtenIn = null }: Props) {
  const id = useId();
  const account = useAuth().account;
  const chosen = useTenantChoice()?.current ?? null;
  const current = writtenIn ?? chosen;
  const tenant = current ? { id: current.id, name: current.name } : { id: account?.tenant ?? "", name: null };
  const save = (format: "csv" | "json") => {
    const input = { startedAt, by: account?.username ?? "", tenant, writes: writes() };
    const name = `${tenantFileName(current, t("report.fileName"))} ${localDateStamp(startedAt)}.${format}`;
    saveFile(
      name,
      format === "csv"
        ? new Blob([runReportCsv(input)], { type: "text/csv;charset=utf-8" })
        : new Blob([runReportJson(input)], { type: "application/json" }),
    );
  };
  return (
    <Stack
      role="group"
      aria-labelledby={id}
      direction="row"
      spacing={1}
      useFlexGap
      sx={{ flexWrap: "wrap", alignItems: "center" }}
    >
      <Typography id={id} variant="body2">
        {label}
      </Typography>
      <Button size="small" variant="outlined" onClick={() => save("csv")}>
        {t("report.csv")}
      </Button>
      <Button size="small" variant="outlined" onClick={() => save("json")}>
        {t("report.json")}
      </Button>
    </Stack>
  );
}
