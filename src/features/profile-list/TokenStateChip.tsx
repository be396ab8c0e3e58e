import type { ReactElement } from "react";
import Chip, { type ChipProps } from "@mui/material/Chip";
import type { Theme } from "@mui/material/styles";
import AllInclusiveIcon from "@mui/icons-material/AllInclusive";
import CheckCircleOutlinedIcon from "@mui/icons-material/CheckCircleOutlined";
import ErrorOutlinedIcon from "@mui/icons-material/ErrorOutlined";
import HelpOutlinedIcon from "@mui/icons-material/HelpOutlined";
import RemoveCircleOutlinedIcon from "@mui/icons-material/RemoveCircleOutlined";
import ScheduleIcon from "@mui/icons-material/Schedule";
import { formatDateTime, formatRelativeTime, t } from "../../i18n";
import { useNow } from "../../ui/useNow";
import { relativeTime } from "../../domain/relativeTime";
import type { TokenState, TokenStateKind } from "../../domain/tokenState";

/** A token's state in words, with the exact date and how far it is from now: "Expires in 2 days (…)". */
export function tokenStateLabel(state: TokenState, now: Date): string {
  switch (state.kind) {
    case "none":
      return t("token.state.none");
    case "doesNotExpire":
      return t("token.state.doesNotExpire");
    case "unknown":
      return t("token.state.unknown");
    case "valid":
    case "expiringSoon":
    case "expired":
      return t(`token.state.${state.kind}`, {
        date: formatDateTime(state.expiresAt),
        relative: formatRelativeTime(relativeTime(state.expiresAt, now)),
      });
  }
}

/**
 * Each state has its own icon, so it never rests on colour alone. Expiring soon is the one state an admin must
 * act on before it is too late: a filled amber chip, in light and dark mode, and the system's "mark" colours
 * under forced colours, where every other state keeps the plain text colour.
 */
const LOOK: Record<TokenStateKind, { color: ChipProps["color"]; icon: ReactElement }> = {
  none: { color: "default", icon: <RemoveCircleOutlinedIcon /> },
  valid: { color: "success", icon: <CheckCircleOutlinedIcon /> },
  doesNotExpire: { color: "success", icon: <AllInclusiveIcon /> },
  expiringSoon: { color: "default", icon: <ScheduleIcon /> },
  expired: { color: "error", icon: <ErrorOutlinedIcon /> },
  unknown: { color: "default", icon: <HelpOutlinedIcon /> },
};

const expiringSoon = (theme: Theme) => ({
  bgcolor: "#ffefc2",
  color: "#4a3000",
  borderColor: "#8f5f00",
  "& .MuiChip-icon": { color: "inherit" },
  ...theme.applyStyles("dark", { bgcolor: "#4a3500", color: "#ffe08a", borderColor: "#ffd54f" }),
  "@media (forced-colors: active)": {
    forcedColorAdjust: "none",
    bgcolor: "Mark",
    color: "MarkText",
    borderColor: "MarkText",
  },
});

/** A long date wraps instead of being cut off with an ellipsis in a narrow list. */
const wrapping = {
  height: "auto",
  minHeight: 24,
  "& .MuiChip-label": { whiteSpace: "normal", py: 0.25 },
} as const;

/** The token's state; relative times follow the shared clock unless the caller pins `now`. */
export function TokenStateChip({ state, now }: { state: TokenState; now?: Date }) {
  const clock = useNow();
  const { color, icon } = LOOK[state.kind];
  return (
    <Chip
      size="small"
      variant="outlined"
      color={color}
      icon={icon}
      label={tokenStateLabel(state, now ?? clock)}
      sx={[wrapping, state.kind === "expiringSoon" && expiringSoon]}
    />
  );
}
