import { useState } from "react";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import { t } from "../../../i18n";

/**
 * Saves a data: URL as a file. The link exists only for the click: it is never put into the page, so the QR code
 * (which carries the token) is in no attribute of the DOM until the admin asks for it.
 */
function download(src: string, fileName: string) {
  const link = document.createElement("a");
  link.href = src;
  link.download = fileName;
  link.click();
}

/** The token's QR code, for devices to scan at setup. It carries the token, so it too is shown only when asked. */
export function EnrollmentQrCode({ src, fileName }: { src: string; fileName: string }) {
  const [shown, setShown] = useState(false);
  return (
    <Stack spacing={1} sx={{ alignItems: "flex-start" }}>
      <Stack direction="row" spacing={1}>
        <Button variant="outlined" size="small" onClick={() => setShown(!shown)}>
          {shown ? t("token.qr.hide") : t("token.qr.show")}
        </Button>
        <Button variant="outlined" size="small" onClick={() => download(src, fileName)}>
          {t("token.qr.download")}
        </Button>
      </Stack>
      {shown && (
        <Box
          component="img"
          src={src}
          alt={t("token.qr.alt")}
          sx={{
            width: 200,
            height: 200,
            imageRendering: "pixelated",
            border: 1,
            borderColor: "divider",
            p: 1,
            bgcolor: "#fff",
          }}
        />
      )}
    </Stack>
  );
}
