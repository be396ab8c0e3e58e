import type { MouseEvent } from "react";
import Button from "@mui/material/Button";
import Typography from "@mui/material/Typography";
import AccountCircleOutlinedIcon from "@mui/icons-material/AccountCircleOutlined";
import { t } from "../i18n";

interface Props {
  name: string;
  /** Whether the account menu it opens is open, and the menu's id while it is. */
  panelId?: string;
  onClick: (event: MouseEvent<HTMLElement>) => void;
}

/** The header's button with the admin's name on a narrow screen: it opens the account menu. */
export function AccountMenuButton({ name, panelId, onClick }: Props) {
  return (
    <Button
      color="inherit"
      onClick={onClick}
      aria-haspopup="dialog"
      aria-expanded={panelId !== undefined}
      aria-controls={panelId}
      aria-label={t("auth.menu.button", { name })}
      startIcon={<AccountCircleOutlinedIcon aria-hidden />}
      // At the end of the bar, on a line of its own when the title takes the first.
      sx={{ minWidth: 0, maxWidth: "100%", ml: "auto" }}
    >
      <Typography component="span" variant="body2" noWrap sx={{ fontWeight: 600, maxWidth: "40vw" }}>
        {name}
      </Typography>
    </Button>
  );
}
