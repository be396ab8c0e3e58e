import type { MouseEvent, Ref } from "react";
import Button from "@mui/material/Button";
import Typography from "@mui/material/Typography";
import AccountCircleOutlinedIcon from "@mui/icons-material/AccountCircleOutlined";
import { t } from "../i18n";

interface Props {
  name: string;
  /** Whether the account menu it opens is open, and the menu's id while it is. */
  panelId?: string;
  /** Absent while the menu's code is still loading: the button holds its place in the header, so nothing shifts. */
  onClick?: (event: MouseEvent<HTMLElement>) => void;
  ref?: Ref<HTMLButtonElement>;
}

/** The header's button with the admin's name on a narrow screen: it opens the account menu. */
export function AccountMenuButton({ name, panelId, onClick, ref }: Props) {
  return (
    <Button
      ref={ref}
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
