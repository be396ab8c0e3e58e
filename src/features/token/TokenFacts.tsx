import Box from "@mui/material/Box";
import { formatDateTime, formatDateTimeUtc, formatRelativeTime, t } from "../../i18n";
import { relativeTime } from "../../domain/relativeTime";
import type { TokenState } from "../../domain/tokenState";
import { formatValidity } from "../../domain/words/formatValidity";

/** A token's expiry in the dialogs: local time, UTC and how long from now; or that it does not expire. */
export function describeCurrentToken(state: TokenState, now: Date): string {
  switch (state.kind) {
    case "valid":
    case "expiringSoon":
    case "expired": {
      const vars = {
        local: formatDateTime(state.expiresAt),
        utc: formatDateTimeUtc(state.expiresAt),
        relative: formatRelativeTime(relativeTime(state.expiresAt, now)),
      };
      return state.kind === "expired" ? t("lifecycle.expired", vars) : t("lifecycle.validUntil", vars);
    }
    case "doesNotExpire":
      return t("lifecycle.doesNotExpire");
    case "none":
      return t("token.state.none");
    case "unknown":
      return t("token.state.unknown");
  }
}

/** The token a create would make: valid for `seconds` from now, or (null) one that does not expire. */
export function describeNewToken(seconds: number | null, now: Date): string {
  if (seconds === null) return t("lifecycle.doesNotExpire");
  const expiresAt = new Date(now.getTime() + seconds * 1000);
  return t("lifecycle.newValidUntil", {
    duration: formatValidity(seconds),
    local: formatDateTime(expiresAt),
    utc: formatDateTimeUtc(expiresAt),
  });
}

/** Terms and their values, as a description list. */
export function TokenFacts({ facts }: { facts: [term: string, value: string][] }) {
  return (
    <Box
      component="dl"
      sx={{
        display: "grid",
        gridTemplateColumns: { xs: "1fr", sm: "max-content 1fr" },
        columnGap: 2,
        rowGap: { xs: 0.25, sm: 1 },
        m: 0,
        "& dt": { fontWeight: 600 },
        "& dd": { m: 0, mb: { xs: 1, sm: 0 } },
      }}
    >
      {facts.map(([term, value]) => (
        <Box key={term} sx={{ display: "contents" }}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </Box>
      ))}
    </Box>
  );
}
