import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import { GraphError } from "../../graph/GraphError";
import { t } from "../../i18n";
import type { TokenRule } from "../../domain/profileKinds";
import { allowedInstead, readRefusedValidity } from "../../domain/refusedValidity";
import { formatValidity } from "../../domain/words/formatValidity";

interface Props {
  error: unknown;
  /** The validity the refused request asked for. */
  sentSeconds: number;
  rule: TokenRule;
  /** Takes the allowed validity as the admin's choice; nothing is sent. */
  onUse: (seconds: number) => void;
}

/**
 * A createToken 400 about the validity, in words: what Intune refused and, when its message names a limit the
 * console can use, the allowed value as one click. Nothing is sent again on its own.
 */
export function RefusedValidity({ error, sentSeconds, rule, onUse }: Props) {
  const refused =
    error instanceof GraphError && error.status === 400 ? readRefusedValidity(error.graphMessage ?? "") : null;
  if (!refused) return null;
  const allowed = rule.expires ? allowedInstead(refused, sentSeconds, rule) : null;
  const vars = { refused: formatValidity(sentSeconds), allowed: allowed === null ? "" : formatValidity(allowed) };
  const text =
    allowed === null
      ? t("create.refused.noLimit", vars)
      : allowed < sentSeconds
        ? t("create.refused.longest", vars)
        : t("create.refused.shortest", vars);
  return (
    <Stack spacing={1} sx={{ alignItems: "flex-start" }}>
      <Box component="p" sx={{ m: 0, fontWeight: 600 }}>
        {text}
      </Box>
      {allowed !== null && (
        <Button variant="contained" size="small" onClick={() => onUse(allowed)}>
          {t("create.refused.use", { duration: formatValidity(allowed) })}
        </Button>
      )}
    </Stack>
  );
}
