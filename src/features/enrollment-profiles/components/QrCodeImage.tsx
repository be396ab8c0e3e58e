import Box from "@mui/material/Box";
import { t } from "../../../i18n";
import type { QrImage } from "./enrollmentQrImage";

interface Props {
  image: QrImage;
  size: number | string;
  onLoad?: () => void;
}

/**
 * A QR code image with its white quiet zone, on screen and on paper, in light and dark mode and forced colours
 * alike: scanners need dark modules on light ground. Modules stay sharp at any size.
 */
export function QrCodeImage({ image, size, onLoad }: Props) {
  return (
    <Box
      component="img"
      src={image.src}
      onLoad={onLoad}
      alt={t("token.qr.alt")}
      sx={{
        display: "block",
        width: size,
        height: size,
        imageRendering: "pixelated",
        border: 1,
        borderColor: "divider",
        p: 1,
        bgcolor: "#fff",
        forcedColorAdjust: "none",
      }}
    />
  );
}
