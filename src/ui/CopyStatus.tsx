import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { t } from "../i18n";
import type { CopyResult } from "./useCopyToClipboard";

interface Props {
  result: CopyResult | null;
  /** What was copied, in words ("Token copied to the clipboard"), and what to do when the browser refused. */
  copied: string;
  failed: string;
  onClear: () => void;
}

/**
 * How copying a secret went. Once copied, it says that the clipboard keeps the secret until something else is
 * copied (other apps can read it), with a button that empties it.
 */
export function CopyStatus({ result, copied, failed, onClear }: Props) {
  const message = {
    copied,
    failed,
    cleared: t("clipboard.cleared"),
    clearFailed: t("clipboard.clearFailed"),
  };
  const problem = result === "failed" || result === "clearFailed";
  return (
    <Stack spacing={0.5} sx={{ alignItems: "flex-start" }}>
      <Typography role="status" variant="body2" color={problem ? "error" : "text.secondary"}>
        {result === null ? "" : message[result]}
      </Typography>
      {/* The button stays once pressed, so that keyboard focus has somewhere to stay. */}
      {result !== null && result !== "failed" && (
        <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: "center", flexWrap: "wrap" }}>
          {result === "copied" && (
            <Typography variant="body2" color="text.secondary">
              {t("clipboard.keepsSecret")}
            </Typography>
          )}
          <Button size="small" onClick={onClear}>
            {t("clipboard.clear")}
          </Button>
        </Stack>
      )}
    </Stack>
  );
}
