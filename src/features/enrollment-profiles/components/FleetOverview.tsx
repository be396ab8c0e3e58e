import { memo } from "react";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Paper from "@mui/material/Paper";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import Typography from "@mui/material/Typography";
import { t } from "../../../i18n";
import { useLanguage } from "../../../i18n/LocaleProvider";
import { GROUP_LABEL } from "./groupLabel";
import { GROUP_ORDER, type ExpiryGroup, type GroupCounts } from "../model/expiryGroups";
import type { ProfileFilter } from "../model/filterSort";
import { KIND_ORDER, PROFILE_KINDS, type ProfileKindId } from "../model/profileKinds";

interface Props {
  byKind: ReadonlyMap<ProfileKindId, GroupCounts>;
  total: GroupCounts;
  /** The list's kind and token-state filters: the count they select is shown pressed. */
  activeKind: ProfileFilter["kind"];
  activeGroup: ProfileFilter["group"];
  /** Filters the list to one group (and kind, or every kind). */
  onShow: (kind: ProfileKindId | "all", group: ExpiryGroup) => void;
}


/**
 * The fleet's tokens at a glance: how many profiles in each expiry group, per kind; a count filters the list.
 * Memoized: typing in the list's filter does not render it again.
 */
export const FleetOverview = memo(function FleetOverview({ byKind, total, activeKind, activeGroup, onShow }: Props) {
  useLanguage(); // memoized: renders again on a switch of language only because it asks for it
  const kinds = KIND_ORDER.filter((kind) => byKind.has(kind));
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
              {GROUP_ORDER.map((group) => (
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
                  {GROUP_ORDER.map((group) => (
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
              {GROUP_ORDER.map((group) => (
                <TableCell key={group} align="center">
                  {cell("all", group, total[group], t("overview.allKinds"))}
                </TableCell>
              ))}
            </TableRow>
          </TableBody>
        </Table>
      </Box>
    </Paper>
  );
});
