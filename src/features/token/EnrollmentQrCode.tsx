import { useState } from "react";
import CircularProgress from "@mui/material/CircularProgress";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { t } from "../../i18n";
import { saveFile } from "../../ui/saveFile";
import { TokenActionButton } from "../../ui/TokenActionButton";
import type { EnrollmentProfile } from "../../domain/profile";
import { loadQrCode, qrCodeFile, useQrCode } from "./qrCode";
import { QrCodeImage } from "./QrCodeImage";

interface Props {
  profile: Pick<EnrollmentProfile, "qrCodeImage" | "qrCodeContent">;
  /** The file name without its extension, which depends on the image. */
  fileName: string;
}

/**
 * The token's QR code, for devices to scan at setup. It carries the token, so it too exists in the page only when
 * asked: the image is built when shown, and a download builds its own copy on the click.
 */
export function EnrollmentQrCode({ profile, fileName }: Props) {
  const [shown, setShown] = useState(false);
  const qr = useQrCode(profile, shown);
  const [downloadFailed, setDownloadFailed] = useState(false);

  const download = async () => {
    const { image } = await loadQrCode(profile).catch(() => ({ image: null }));
    setDownloadFailed(image === null);
    if (image) saveFile(`${fileName}.${image.extension}`, qrCodeFile(image));
  };

  return (
    <Stack spacing={1} sx={{ alignItems: "flex-start" }}>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: "wrap" }}>
        <TokenActionButton variant="outlined" size="small" onClick={() => setShown(!shown)} aria-expanded={shown}>
          {shown ? t("token.qr.hide") : t("token.qr.show")}
        </TokenActionButton>
        <TokenActionButton variant="outlined" size="small" onClick={() => void download()}>
          {t("token.qr.download")}
        </TokenActionButton>
      </Stack>
      {qr.status === "loading" && <CircularProgress size={24} aria-label={t("token.qr.loading")} />}
      {qr.status === "ready" && <QrCodeImage image={qr.image} size={200} />}
      {qr.status === "ready" && qr.graphImageUnreadable && (
        <Typography variant="body2" color="text.secondary">
          {t("token.qr.fallback")}
        </Typography>
      )}
      {(qr.status === "unavailable" || downloadFailed) && (
        <Typography variant="body2" color="error">
          {qr.status === "unavailable" && qr.graphImageUnreadable
            ? t("token.qr.unreadable")
            : t("token.qr.unavailable")}
        </Typography>
      )}
    </Stack>
  );
}
