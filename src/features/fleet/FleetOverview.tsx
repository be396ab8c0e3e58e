import { useId, useState } from "react";
import ExpandMoreIcon from "@mui/icons-material/ExpandMore";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Paper from "@mui/material/Paper";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { t } from "../../i18n";
import { memoInLanguage } from "../../i18n/memoInLanguage";
import { GROUP_LABEL } from "../../domain/words/groupLabel";
import { GROUP_ORDER, groupsShown, type ExpiryGroup, type GroupCounts } from "../../domain/expiryGroups";
import type { ProfileFilter } from "../../domain/filterSort";
import { KIND_ORDER, PROFILE_KINDS, type ProfileKindId } from "../../domain/profileKinds";
import { useWideLayout } from "../../ui/useWideLayout";

interface Props {
  byKind: ReadonlyMap<ProfileKindId, GroupCounts>;
  total: GroupCounts;
  /** The list's kind and token-state filters: the count they select is shown pressed. */
  activeKind: ProfileFilter["kind"];
  activeGroup: ProfileFilter["group"];
  /** Filters the list to one group (and kind, or every kind). */
  onShow: (kind: ProfileKindId | "all", group: ExpiryGroup) => void;
}

/** One kind's (or every kind's) counts as buttons that wrap: "Expired: 2". Groups without a profile are left out. */
function KindCounts({
  kind,
  label,
  counts,
  activeKind,
  activeGroup,
  onShow,
}: Pick<Props, "activeKind" | "activeGroup" | "onShow"> & {
  kind: ProfileKindId | "all";
  label: string;
  counts: GroupCounts;
}) {
  const headingId = useId();
  return (
    <Box component="section" aria-labelledby={headingId}>
      <Typography id={headingId} component="h3" variant="subtitle2" sx={{ mb: 0.5 }}>
        {label}
      </Typography>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: "wrap" }}>
        {GROUP_ORDER.filter((group) => counts[group] > 0).map((group) => {
          const active = activeKind === kind && activeGroup === group;
          return (
            <Button
              key={group}
              size="small"
              variant={active ? "contained" : "outlined"}
              aria-pressed={active}
              aria-describedby={headingId}
              onClick={() => onShow(kind, group)}
            >
              {t("overview.groupCount", { group: t(GROUP_LABEL[group]), count: counts[group] })}
            </Button>
          );
        })}
      </Stack>
    </Box>
  );
}

/** On a narrow screen: every kind's counts first, those of each kind behind a disclosure. No table to scroll. */
function CompactOverview({
  kinds,
  byKind,
  total,
  activeKind,
  activeGroup,
  onShow,
}: Props & { kinds: ProfileKindId[] }) {
  const [perKind, setPerKind] = useState(activeKind !== "all" && activeGroup !== "all");
  const perKindId = useId();
  return (
    <Stack spacing={1.5} sx={{ px: 2, pt: 1, pb: 2 }}>
      <KindCounts
        kind="all"
        label={t("overview.allKinds")}
        counts={total}
        activeKind={activeKind}
        activeGroup={activeGroup}
        onShow={onShow}
      />
      <div>
        <Button
          size="small"
          color="inherit"
          aria-expanded={perKind}
          aria-controls={perKindId}
          onClick={() => setPerKind(!perKind)}
          endIcon={<ExpandMoreIcon aria-hidden sx={{ transform: perKind ? "rotate(180deg)" : "none" }} />}
        >
          {t("overview.perKind")}
        </Button>
      </div>
      <Stack id={perKindId} spacing={1.5} hidden={!perKind}>
        {perKind &&
          kinds.map((kind) => (
            <KindCounts
              key={kind}
              kind={kind}
              label={t(PROFILE_KINDS[kind].label)}
              counts={byKind.get(kind)!}
              activeKind={activeKind}
              activeGroup={activeGroup}
              onShow={onShow}
            />
          ))}
      </Stack>
    </Stack>
  );
}

/**
 * The fleet's tokens at a glance: how many profiles in each expiry group, per kind; a count filters the list.
 * Memoized: typing in the list's filter does not render it again.
 */
export const FleetOverview = memoInLanguage(function FleetOverview(props: Props) {
  const { byKind, total, activeKind, activeGroup, onShow } = props;
  const kinds = KIND_ORDER.filter((kind) => byKind.has(kind));
  const groups = groupsShown(total);
  const table = useWideLayout();
  const cell = (kind: ProfileKindId | "all", group: ExpiryGroup, count: number, label: string) => {
    if (count === 0) {
      return (
        <Typography component="span" color="text.disabled">
          {t("format.number", { value: count })}
        </Typography>
      );
    }
    const active = activeKind === kind && activeGroup === group;
    return (
      <Button
        size="small"
        variant={active ? "contained" : "text"}
        aria-pressed={active}
        aria-label={t("overview.show", { count, group: t(GROUP_LABEL[group]), kind: label })}
        onClick={() => onShow(kind, group)}
        sx={{ minWidth: 40 }}
      >
        {t("format.number", { value: count })}
      </Button>
    );
  };
  return (
    <Paper variant="outlined" component="section" aria-labelledby="overview-heading" sx={{ mb: 3 }}>
      <Typography id="overview-heading" component="h2" variant="h6" sx={{ px: 2, pt: 1.5 }}>
        {t("overview.heading")}
      </Typography>
      {table ? (
        <Box
          role="group"
          aria-label={t("overview.table")}
          tabIndex={0}
          sx={{ overflowX: "auto", "&:focus-visible": { outline: 2, outlineColor: "primary.main" } }}
        >
          <Table size="small" sx={{ "& td, & th": { whiteSpace: "nowrap" } }}>
            <TableHead>
              <TableRow>
                <TableCell component="th" scope="col">
                  {t("overview.kind")}
                </TableCell>
                {groups.map((group) => (
                  <TableCell key={group} component="th" scope="col" align="center">
                    {t(GROUP_LABEL[group])}
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {kinds.map((kind) => {
                const counts = byKind.get(kind)!;
                const label = t(PROFILE_KINDS[kind].label);
                return (
                  <TableRow key={kind}>
                    <TableCell component="th" scope="row">
                      {label}
                    </TableCell>
                    {groups.map((group) => (
                      <TableCell key={group} align="center">
                        {cell(kind, group, counts[group], label)}
                      </TableCell>
                    ))}
                  </TableRow>
                );
              })}
              <TableRow sx={{ "& th, & td": { borderBottom: 0, fontWeight: 700 } }}>
                <TableCell component="th" scope="row">
                  {t("overview.allKinds")}
                </TableCell>
                {groups.map((group) => (
                  <TableCell key={group} align="center">
                    {cell("all", group, total[group], t("overview.allKinds"))}
                  </TableCell>
                ))}
              </TableRow>
            </TableBody>
          </Table>
        </Box>
      ) : (
        <CompactOverview {...props} kinds={kinds} />
      )}
    </Paper>
  );
});
