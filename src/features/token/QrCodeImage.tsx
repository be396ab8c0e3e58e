import Box from "@mui/material/Box";
import { t } from "../../i18n";
import type { QrCode } from "./qrCode";

interface Props {
  image: QrCode;
  size: number | string;
  onLoad?: () => void;
}

/**
 * A QR code image with its white quiet zone, on screen and on paper, in light and dark mode and forced colours
 * alike: scanners need dark modules on light ground, with a light margin around them. The margin is a tenth of the
 * width on each side, whatever margin the image brings itself. Modules stay sharp at any size.
 */
export function QrCodeImage({ image, size, onLoad }: Props) {
  const quietZone = typeof size === "number" ? `${size / 10}px` : `calc(${size} / 10)`;
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
        p: quietZone,
        bgcolor: "#fff",
        forcedColorAdjust: "none",
      }}
    />
  );
}
