import { useId, useState } from "react";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import CircularProgress from "@mui/material/CircularProgress";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogTitle from "@mui/material/DialogTitle";
import GlobalStyles from "@mui/material/GlobalStyles";
import Typography from "@mui/material/Typography";
import { formatDateTime, formatDateTimeUtc, t } from "../../i18n";
import { TokenActionButton } from "../../ui/TokenActionButton";
import { useNow } from "../../ui/useNow";
import { mayHoldWifiPassword } from "../../domain/tokenExport";
import type { TokenState } from "../../domain/tokenState";
import { useQrCode } from "./qrCode";
import { kindText } from "../../domain/words/kindText";
import { profileName } from "../../domain/words/profileName";
import type { TokenDialogProps } from "./tokenDialog";
import { QrCodeImage } from "./QrCodeImage";

const PRINT_VIEW = "etc-print-view";
const SCREEN_ONLY = "etc-screen-only";

/**
 * While the print view is open, printing shows only its sheet: every other child of <body> (the app, a toast)
 * and the dialog's own frame, title and buttons are left out, and the sheet flows as a plain page, in black on
 * white.
 */
const printStyles = {
  "@media print": {
    [`body > :not(.${PRINT_VIEW})`]: { display: "none !important" },
    [`.${PRINT_VIEW}`]: { position: "static !important" },
    [`.${PRINT_VIEW} .MuiBackdrop-root, .${PRINT_VIEW} .${SCREEN_ONLY}`]: { display: "none !important" },
    [`.${PRINT_VIEW} .MuiDialog-container`]: { display: "block", height: "auto" },
    [`.${PRINT_VIEW} .MuiDialog-paper`]: {
      margin: 0,
      maxWidth: "none",
      maxHeight: "none",
      width: "auto",
      boxShadow: "none",
      overflow: "visible",
    },
    [`.${PRINT_VIEW} .MuiDialogContent-root`]: { overflow: "visible", padding: 0 },
    // Black on white paper whatever the screen's colour scheme (a dark theme's light text would vanish).
    [`.${PRINT_VIEW} .MuiDialog-paper, .${PRINT_VIEW} .MuiDialog-paper *`]: {
      color: "#000 !important",
      borderColor: "#000 !important",
      backgroundColor: "#fff",
    },
    "@page": { margin: "15mm" },
  },
};

/** A QR code a phone camera reads from paper: 6 cm wide with its quiet zone. */
const PRINTED_SIZE = "6cm";

/** The expiry on paper: local time with its zone, then UTC; or that the token does not expire. */
function expiryLines(state: TokenState): string[] {
  if (state.kind === "doesNotExpire") return [t("print.doesNotExpire")];
  if (state.kind === "none") return [t("token.state.none")];
  if (state.kind === "unknown") return [t("token.state.unknown")];
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return [
    t("print.expiry.local", { local: formatDateTime(state.expiresAt), zone }),
    t("print.expiry.utc", { utc: formatDateTimeUtc(state.expiresAt) }),
  ];
}

/**
 * A sheet for field staff: the QR code at a size a camera reads from paper, the profile's name and kind, the
 * expiry in local time and UTC, and a warning. The QR image exists only while this view is open.
 */
export function PrintQrDialog({ open, profile, kind, state, onClose }: TokenDialogProps) {
  const titleId = useId();
  const qr = useQrCode(profile, open);
  const [loadedSrc, setLoadedSrc] = useState<string | null>(null);
  const printedAt = useNow();
  const ready = qr.status === "ready" && loadedSrc === qr.image.src;
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby={titleId} className={PRINT_VIEW} maxWidth="sm" fullWidth>
      {open && <GlobalStyles styles={printStyles} />}
      <DialogTitle id={titleId} className={SCREEN_ONLY}>
        {t("print.title")}
      </DialogTitle>
      <DialogContent>
        <Typography variant="body2" color="text.secondary" className={SCREEN_ONLY} sx={{ mb: 2 }}>
          {t("print.intro")}
        </Typography>
        <Box
          component="section"
          aria-label={profileName(profile)}
          sx={{ display: "grid", justifyItems: "center", gap: 1.5, textAlign: "center", color: "text.primary" }}
        >
          <Typography component="h3" variant="h5" dir="auto" sx={{ overflowWrap: "anywhere" }}>
            {profileName(profile)}
          </Typography>
          <Typography sx={{ fontWeight: 600 }}>{kindText(kind.id, profile)}</Typography>
          <Box sx={{ minHeight: PRINTED_SIZE, display: "grid", placeItems: "center" }}>
            {qr.status === "loading" && <CircularProgress aria-label={t("token.qr.loading")} />}
            {qr.status === "ready" && (
              <QrCodeImage image={qr.image} size={PRINTED_SIZE} onLoad={() => setLoadedSrc(qr.image.src)} />
            )}
            {qr.status === "unavailable" && (
              <Alert severity="error">
                {qr.graphImageUnreadable ? t("token.qr.unreadable") : t("token.qr.unavailable")}
              </Alert>
            )}
          </Box>
          {qr.status === "ready" && qr.graphImageUnreadable && (
            <Typography variant="body2" color="text.secondary" className={SCREEN_ONLY}>
              {t("token.qr.fallback")}
            </Typography>
          )}
          <div>
            {expiryLines(state).map((line) => (
              <Typography key={line}>{line}</Typography>
            ))}
          </div>
          <Box sx={{ border: 2, borderColor: "text.primary", borderRadius: 1, p: 1.5, maxWidth: "14cm" }}>
            <Typography sx={{ fontWeight: 600 }}>{t("print.warning")}</Typography>
            {mayHoldWifiPassword(kind.provisioning, profile) && (
              <Typography sx={{ fontWeight: 600 }}>{t("print.warning.wifi")}</Typography>
            )}
          </Box>
          <Typography variant="body2" color="text.secondary">
            {t("print.printedOn", { date: formatDateTime(printedAt) })}
          </Typography>
        </Box>
      </DialogContent>
      <DialogActions className={SCREEN_ONLY} sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose}>{t("dialog.close")}</Button>
        <TokenActionButton variant="contained" onClick={() => window.print()} disabled={!ready}>
          {t("print.print")}
        </TokenActionButton>
      </DialogActions>
    </Dialog>
  );
}
