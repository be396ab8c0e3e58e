import Chip from "@mui/material/Chip";
import { formatDateTime, t } from "../../../i18n";
import type { TokenState } from "../model/tokenState";

export function tokenStateLabel(state: TokenState): string {
  if (state.kind === "none") return t("token.state.none");
  return t(state.kind === "valid" ? "token.state.valid" : "token.state.expired", {
    date: formatDateTime(state.expiresAt),
  });
}

const COLORS = { none: "default", valid: "success", expired: "warning" } as const;

export function TokenStateChip({ state }: { state: TokenState }) {
  return <Chip size="small" variant="outlined" color={COLORS[state.kind]} label={tokenStateLabel(state)} />;
}
