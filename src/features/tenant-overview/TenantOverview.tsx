import { lazy, Suspense, useId, useState, type ChangeEvent, type MouseEvent, type ReactNode } from "react";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { t, type MessageKey } from "../../i18n";
import { tenantHref } from "../../tenants/tenantLinks";
import type { Tenant } from "../../tenants/tenant";
import { isPlainClick } from "../../ui/isPlainClick";
import { useNow } from "../../ui/useNow";
import { visuallyHidden } from "../../ui/visuallyHidden";
import { useWideLayout } from "../../ui/useWideLayout";
import type { TenantSource } from "./tenantReads";
import { sortSummaries, type TenantCounts, type TenantSort, type TenantSummary } from "./tenantSummary";
import { TenantStatus } from "./TenantStatus";
import { useTenantOverview } from "./useTenantOverview";

// What is done with the tenants ticked (renewal across tenants, exports): its own chunk, loaded with the overview.
const AcrossTenants = lazy(() => import("../fleet/AcrossTenants"));

interface Props {
  tenants: readonly Tenant[];
  source: TenantSource;
  /** Opens a tenant's workspace. */
  onOpen: (tenant: Tenant) => void;
}

type CountColumn = Exclude<keyof TenantCounts, "total">;

/** The counted token states, in the fleet overview's order and words ("valid": more than 7 days left). */
const COLUMNS: readonly { key: CountColumn; label: MessageKey }[] = [
  { key: "expired", label: "overview.group.expired" },
  { key: "expiringSoon", label: "overview.group.within7" },
  { key: "valid", label: "tenantOverview.valid" },
  { key: "doesNotExpire", label: "overview.group.doesNotExpire" },
  { key: "none", label: "overview.group.none" },
  { key: "unknown", label: "overview.group.unknown" },
];

/** The columns worth showing: "Expiry not reported" only where Graph left an expiry out. */
const columnsFor = (summaries: readonly TenantSummary[]) =>
  COLUMNS.filter(({ key }) => key !== "unknown" || summaries.some((summary) => (summary.counts?.unknown ?? 0) > 0));

const isAttention = (key: keyof TenantCounts) => key === "expired" || key === "expiringSoon";

function Count({ counts, column }: { counts: TenantCounts; column: keyof TenantCounts }) {
  const value = counts[column];
  return (
    <Box
      component="span"
      sx={{
        color: value === 0 ? "text.disabled" : "text.primary",
        fontWeight: value > 0 && isAttention(column) ? 700 : 400,
      }}
    >
      {t("format.number", { value })}
    </Box>
  );
}

/** The id of a tenant's link in the overview: its checkbox is named by it. */
const linkId = (tenant: Tenant) => `tenant-overview-${tenant.id.toLowerCase()}`;

function TenantLink({ tenant, onOpen }: { tenant: Tenant; onOpen: Props["onOpen"] }) {
  return (
    <Box
      component="a"
      id={linkId(tenant)}
      href={tenantHref(tenant)}
      dir="auto"
      onClick={(event: MouseEvent) => {
        if (!isPlainClick(event)) return;
        event.preventDefault();
        onOpen(tenant);
      }}
      sx={{ color: "primary.main", fontWeight: 600, overflowWrap: "anywhere" }}
    >
      {tenant.name}
    </Box>
  );
}

interface LayoutProps {
  summaries: TenantSummary[];
  columns: typeof COLUMNS;
  headingId: string;
  onOpen: Props["onOpen"];
  status: (summary: TenantSummary) => ReactNode;
  /** The tenant's checkbox: what is done with several tenants takes the ticked ones. */
  tick: (summary: TenantSummary) => ReactNode;
}

// A table of plain elements: MUI's table components, shared with the workspace's chunk, would split the first
// load's script into more chunks (about 3 KB gzip more).
const TABLE_SX = {
  width: "100%",
  borderCollapse: "collapse",
  typography: "body2",
  "& th, & td": { px: 2, py: 1, borderBottom: 1, borderColor: "divider", verticalAlign: "top", textAlign: "start" },
  "& thead th": { fontWeight: 600, whiteSpace: "nowrap" },
  "& tbody th": { fontWeight: 400 },
  "& .count": { textAlign: "end", whiteSpace: "nowrap" },
  "& tbody tr:last-of-type > *": { borderBottom: 0 },
} as const;

/** At desktop widths: one row per tenant, its counts in columns. */
function TenantTable({ summaries, columns, headingId, onOpen, status, tick }: LayoutProps) {
  return (
    <Box
      role="group"
      aria-label={t("tenantOverview.table")}
      tabIndex={0}
      sx={{ overflowX: "auto", "&:focus-visible": { outline: 2, outlineColor: "primary.main" } }}
    >
      <Box component="table" aria-labelledby={headingId} sx={TABLE_SX}>
        <thead>
          <tr>
            <th scope="col">
              <Box component="span" sx={visuallyHidden}>
                {t("tenantOverview.column.select")}
              </Box>
            </th>
            <th scope="col">{t("tenantOverview.column.tenant")}</th>
            <th scope="col">{t("tenantOverview.column.state")}</th>
            {columns.map(({ key, label }) => (
              <th key={key} scope="col" className="count">
                {t(label)}
              </th>
            ))}
            <th scope="col" className="count">
              {t("tenantOverview.column.total")}
            </th>
          </tr>
        </thead>
        <tbody>
          {summaries.map((summary) => (
            <tr key={summary.tenant.id}>
              <td>{tick(summary)}</td>
              <th scope="row">
                <TenantLink tenant={summary.tenant} onOpen={onOpen} />
              </th>
              <td>{status(summary)}</td>
              {columns.map(({ key }) => (
                <td key={key} className="count">
                  {summary.counts && <Count counts={summary.counts} column={key} />}
                </td>
              ))}
              <td className="count">{summary.counts && <Count counts={summary.counts} column="total" />}</td>
            </tr>
          ))}
        </tbody>
      </Box>
    </Box>
  );
}

/** On a phone: a card per tenant, its name a heading, its counts a list of terms. */
function TenantCards({ summaries, columns, onOpen, status, tick }: LayoutProps) {
  return (
    <Stack component="ul" spacing={1.5} sx={{ listStyle: "none", m: 0, p: 2, pt: 0 }}>
      {summaries.map((summary) => (
        <Paper key={summary.tenant.id} component="li" variant="outlined" sx={{ p: 1.5 }}>
          <Stack direction="row" spacing={1} sx={{ alignItems: "center", mb: 0.5 }}>
            {tick(summary)}
            <Typography component="h2" variant="subtitle1">
              <TenantLink tenant={summary.tenant} onOpen={onOpen} />
            </Typography>
          </Stack>
          {status(summary)}
          {summary.counts && (
            <Box
              component="dl"
              sx={{ display: "grid", gridTemplateColumns: "1fr auto", columnGap: 2, rowGap: 0.25, m: 0, mt: 1 }}
            >
              {[...columns, { key: "total" as const, label: "tenantOverview.column.total" as const }].map(
                ({ key, label }) => (
                  <Box key={key} sx={{ display: "contents" }}>
                    <Box component="dt">{t(label)}</Box>
                    <Box component="dd" sx={{ m: 0, textAlign: "end" }}>
                      <Count counts={summary.counts!} column={key} />
                    </Box>
                  </Box>
                ),
              )}
            </Box>
          )}
        </Paper>
      ))}
    </Stack>
  );
}

/**
 * Every tenant at a glance: per tenant its profiles by token state, or why it could not be read. Tenants are read
 * a few at a time and shown as they answer; a tenant's name opens its workspace.
 */
export default function TenantOverview({ tenants, source, onOpen }: Props) {
  const { summaries, answered, reads } = useTenantOverview(tenants, source);
  const [sort, setSort] = useState<TenantSort>("attention");
  const wide = useWideLayout();
  const headingId = useId();
  const sortId = useId();
  const sorted = sortSummaries(summaries, sort);
  const Layout = wide ? TenantTable : TenantCards;
  const now = useNow();
  // The tenants ticked (by id, in lower case), for what is done with several tenants at once.
  const [ticked, setTicked] = useState<ReadonlySet<string>>(() => new Set());
  const keyOf = (tenant: Tenant) => tenant.id.toLowerCase();
  const tickable = (summary: TenantSummary) => summary.state === "ready";
  const selection = summaries
    .filter((summary) => tickable(summary) && ticked.has(keyOf(summary.tenant)))
    .map(({ tenant, profiles }) => ({ tenant, profiles }));
  const tick = (summary: TenantSummary) => (
    <Box
      component="input"
      type="checkbox"
      checked={tickable(summary) && ticked.has(keyOf(summary.tenant))}
      disabled={!tickable(summary)}
      onChange={(event: ChangeEvent<HTMLInputElement>) => {
        const next = new Set(ticked);
        if (event.target.checked) next.add(keyOf(summary.tenant));
        else next.delete(keyOf(summary.tenant));
        setTicked(next);
      }}
      aria-labelledby={linkId(summary.tenant)}
      sx={{ width: 18, height: 18, m: 0, accentColor: (theme) => theme.palette.primary.main }}
    />
  );
  return (
    <Paper variant="outlined" component="section" aria-labelledby={headingId}>
      <Stack direction="row" spacing={2} useFlexGap sx={{ p: 2, alignItems: "center", flexWrap: "wrap" }}>
        <Typography id={headingId} component="h1" variant="h6" sx={{ flexGrow: 1 }}>
          {t("tenantOverview.heading")}
        </Typography>
        <Typography role="status" variant="body2" color="text.secondary">
          {t("tenantOverview.progress", { read: answered, total: tenants.length })}
        </Typography>
        <Stack direction="row" spacing={1} sx={{ alignItems: "center" }}>
          <Typography component="label" htmlFor={sortId} variant="body2">
            {t("tenantOverview.sort.label")}
          </Typography>
          <Box
            component="select"
            id={sortId}
            value={sort}
            onChange={(event) => setSort((event.target as HTMLSelectElement).value as TenantSort)}
            sx={{ typography: "body2", p: 0.5, color: "text.primary", bgcolor: "background.paper" }}
          >
            <option value="attention">{t("tenantOverview.sort.attention")}</option>
            <option value="name">{t("tenantOverview.sort.name")}</option>
          </Box>
        </Stack>
        <Button size="small" variant="outlined" onClick={() => reads.readAll(tenants)}>
          {t("tenantOverview.refresh")}
        </Button>
      </Stack>
      <Suspense fallback={null}>
        <AcrossTenants tenants={tenants} source={source} selection={selection} now={now} />
      </Suspense>
      <Layout
        summaries={sorted}
        tick={tick}
        columns={columnsFor(summaries)}
        headingId={headingId}
        onOpen={onOpen}
        status={(summary) => (
          <TenantStatus
            summary={summary}
            onSignIn={() => reads.signIn(summary.tenant)}
            onRetry={() => reads.readAgain(summary.tenant)}
          />
        )}
      />
    </Paper>
  );
}
