import { useState } from "react";
import Box from "@mui/material/Box";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { t } from "../../i18n";
import { CopyStatus } from "../../ui/CopyStatus";
import { TokenActionButton } from "../../ui/TokenActionButton";
import { useCopyToClipboard } from "../../ui/useCopyToClipboard";
import { visuallyHidden } from "../../ui/visuallyHidden";

const MASK = "•".repeat(12);

/** The token value stays hidden until the admin asks; copying works without showing it. */
export function EnrollmentTokenValue({ value }: { value: string }) {
  const [revealed, setRevealed] = useState(false);
  const [copyResult, copy, clearClipboard] = useCopyToClipboard();

  return (
    <Stack spacing={0.5}>
      <Typography id="token-value-label" variant="body2" color="text.secondary">
        {t("token.value.label")}
      </Typography>
      <Stack direction="row" spacing={1.5} useFlexGap sx={{ alignItems: "center", flexWrap: "wrap" }}>
        <Box
          aria-labelledby="token-value-label"
          role="group"
          sx={{ fontFamily: "monospace", fontSize: "1.25rem", letterSpacing: "0.08em", wordBreak: "break-all", mr: 1 }}
        >
          {revealed ? (
            value
          ) : (
            <>
              <span aria-hidden>{MASK}</span>
              <Box component="span" sx={visuallyHidden}>
                {t("token.value.masked")}
              </Box>
            </>
          )}
        </Box>
        <TokenActionButton variant="outlined" size="small" onClick={() => setRevealed(!revealed)}>
          {revealed ? t("token.hide") : t("token.reveal")}
        </TokenActionButton>
        <TokenActionButton variant="outlined" size="small" onClick={() => void copy(value)}>
          {t("token.copy")}
        </TokenActionButton>
      </Stack>
      <CopyStatus
        result={copyResult}
        copied={t("token.copied")}
        failed={t("token.copyFailed")}
        onClear={() => void clearClipboard()}
      />
    </Stack>
  );
}
