import { useId, type ReactNode } from "react";
import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogTitle from "@mui/material/DialogTitle";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { t, type MessageKey } from "../../i18n";
import { CopyStatus } from "../../ui/CopyStatus";
import { saveFile } from "../../ui/saveFile";
import { TokenActionButton } from "../../ui/TokenActionButton";
import { useCopyToClipboard } from "../../ui/useCopyToClipboard";
import { localDateStamp, safeFileName } from "../../domain/fileName";
import { availableExports, buildExport, mayHoldWifiPassword, type ExportFormat } from "../../domain/tokenExport";
import { profileName } from "../../domain/words/profileName";
import { useTenantFileName } from "./useTenantFileName";
import type { TokenDialogProps } from "./tokenDialog";

const COPY_LABEL: Record<Exclude<ExportFormat, "adminCenter">, MessageKey> = {
  zeroTouch: "export.zeroTouch.copy",
  knox: "export.knox.copy",
};

/** One way out: what it is for, and its button. */
function ExportOption({ format, children }: { format: ExportFormat; children: ReactNode }) {
  const headingId = useId();
  return (
    <Stack component="section" aria-labelledby={headingId} spacing={0.5} sx={{ alignItems: "flex-start" }}>
      <Typography id={headingId} component="h3" variant="subtitle1" sx={{ fontWeight: 600 }}>
        {t(`export.${format}.title`)}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {t(`export.${format}.body`)}
      </Typography>
      {children}
    </Stack>
  );
}

/**
 * The token as the files and snippets other tools take: the admin center's JSON file, Zero-touch DPC extras,
 * Knox Mobile Enrollment custom JSON. Each is built from Graph's qrCodeContent when its button is pressed.
 */
export function ExportTokenDialog({ open, profile, kind, state, onClose }: TokenDialogProps) {
  const titleId = useId();
  const [copied, copy, clearClipboard] = useCopyToClipboard();
  const withTenant = useTenantFileName();
  const formats = availableExports(kind.provisioning, profile);

  const download = () => {
    const contents = buildExport("adminCenter", profile);
    if (contents === null) return;
    const name = safeFileName(profileName(profile), "profile");
    const fileName = `${withTenant(t("export.adminCenter.fileName", { name, date: localDateStamp(new Date()) }))}.json`;
    saveFile(fileName, new Blob([contents], { type: "application/json" }));
  };
  const copyFormat = (format: ExportFormat) => {
    const contents = buildExport(format, profile);
    if (contents !== null) void copy(contents);
  };

  return (
    <Dialog open={open} onClose={onClose} aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <DialogTitle id={titleId} sx={{ overflowWrap: "anywhere" }}>
        {t("export.title", { name: profileName(profile) })}
      </DialogTitle>
      <DialogContent>
        <Stack spacing={2.5}>
          <Alert severity="warning">
            <Typography variant="body2">{t("export.secret")}</Typography>
            {mayHoldWifiPassword(kind.provisioning, profile) && (
              <Typography variant="body2" sx={{ mt: 1, fontWeight: 600 }}>
                {t("export.secret.wifi")}
              </Typography>
            )}
          </Alert>
          {formats.map((format) =>
            format === "adminCenter" ? (
              <ExportOption key={format} format={format}>
                {state.kind === "doesNotExpire" && (
                  <Typography variant="body2" color="text.secondary">
                    {t("export.doesNotExpire")}
                  </Typography>
                )}
                <TokenActionButton variant="outlined" size="small" onClick={download} sx={{ mt: 0.5 }}>
                  {t("export.adminCenter.download")}
                </TokenActionButton>
              </ExportOption>
            ) : (
              <ExportOption key={format} format={format}>
                <TokenActionButton variant="outlined" size="small" onClick={() => copyFormat(format)} sx={{ mt: 0.5 }}>
                  {t(COPY_LABEL[format])}
                </TokenActionButton>
              </ExportOption>
            ),
          )}
          <CopyStatus
            result={copied}
            copied={t("export.copied")}
            failed={t("export.copyFailed")}
            onClear={() => void clearClipboard()}
          />
        </Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose}>{t("dialog.close")}</Button>
      </DialogActions>
    </Dialog>
  );
}
