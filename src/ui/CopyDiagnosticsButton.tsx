import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import TroubleshootOutlinedIcon from "@mui/icons-material/TroubleshootOutlined";
import { t } from "../i18n";
import { useCopyToClipboard, type CopyResult } from "./useCopyToClipboard";
import { visuallyHidden } from "./visuallyHidden";

interface Props {
  /** Builds the report when the admin asks for it. */
  report: () => Promise<string>;
}

const statusOf = (result: CopyResult | null) =>
  result === "copied" ? t("diagnostics.copied") : result === "failed" ? t("diagnostics.copyFailed") : "";

/** "Copy diagnostics" in the account menu: the console's report for a support ticket, to the clipboard. */
export function CopyDiagnosticsButton({ report }: Props) {
  const [result, copy] = useCopyToClipboard();
  return (
    <Stack spacing={0.5} sx={{ alignItems: "flex-start" }}>
      <Button variant="outlined" onClick={() => void copy(report)} startIcon={<TroubleshootOutlinedIcon aria-hidden />}>
        {t("diagnostics.copy")}
      </Button>
      <Box
        component="span"
        role="status"
        sx={{ typography: "body2", color: result === "failed" ? "error.main" : "text.secondary" }}
      >
        {statusOf(result)}
      </Box>
    </Stack>
  );
}

/**
 * The same in the wide header, where room is short: an icon named by its tooltip; the outcome is announced. It fills
 * the room the header keeps for it.
 */
export function CopyDiagnosticsIconButton({ report }: Props) {
  const [result, copy] = useCopyToClipboard();
  const status = statusOf(result);
  return (
    <>
      <Button
        onClick={() => void copy(report)}
        aria-label={t("diagnostics.copy")}
        title={status || t("diagnostics.copy")}
        color={result === "copied" ? "success" : "primary"}
        sx={{ minWidth: 0, p: 0, width: "100%", height: "100%" }}
      >
        <TroubleshootOutlinedIcon aria-hidden />
      </Button>
      <Box component="span" role="status" sx={visuallyHidden}>
        {status}
      </Box>
    </>
  );
}
