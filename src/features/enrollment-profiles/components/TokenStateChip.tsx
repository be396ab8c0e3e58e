import Chip from "@mui/material/Chip";
import { formatDateTime, t } from "../../../i18n";
import type { TokenState } from "../model/tokenState";

export function tokenStateLabel(state: TokenState): string {
  switch (state.kind) {
    case "none":
      return t("token.state.none");
    case "doesNotExpire":
      return t("token.state.doesNotExpire");
    case "valid":
      return t("token.state.valid", { date: formatDateTime(state.expiresAt) });
    case "expiringSoon":
      return t("token.state.expiringSoon", { date: formatDateTime(state.expiresAt) });
    case "expired":
      return t("token.state.expired", { date: formatDateTime(state.expiresAt) });
  }
}

const COLORS = {
  none: "default",
  valid: "success",
  doesNotExpire: "success",
  expiringSoon: "warning",
  expired: "error",
} as const;

export function TokenStateChip({ state }: { state: TokenState }) {
  return <Chip size="small" variant="outlined" color={COLORS[state.kind]} label={tokenStateLabel(state)} />;
}
