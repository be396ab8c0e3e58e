import { useId } from "react";
import Button from "@mui/material/Button";
import Divider from "@mui/material/Divider";
import Popover from "@mui/material/Popover";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { t } from "../i18n";
import { ColorSchemeSwitcher } from "./ColorSchemeSwitcher";
import { CopyDiagnosticsButton } from "./CopyDiagnosticsButton";
import { LanguageSwitcher } from "./LanguageSwitcher";
import type { SignedInAccount } from "../auth/session";
import { useTenantNames } from "../tenants/TenantContext";

export interface AccountActions {
  account: SignedInAccount;
  switchAccount: () => void;
  /** Signs out, dropping what the console kept for the admin. */
  signOut: () => void;
  /** The diagnostics report, for "Copy diagnostics". */
  diagnostics: () => Promise<string>;
}

/**
 * The header's account menu on a narrow screen (opened by AccountMenuButton): who is signed in, to which tenant, the
 * settings and the account's actions. A dialog that keeps focus inside while open (Escape closes it) and hands it
 * back to the button.
 */
export function AccountMenuPanel({
  account,
  switchAccount,
  signOut,
  diagnostics,
  id,
  anchor,
  onClose,
}: AccountActions & {
  id: string;
  /** The button the panel hangs from, while it is open. */
  anchor: HTMLElement | null;
  onClose: () => void;
}) {
  const headingId = useId();
  const tenantName = useTenantNames();
  const then = (action: () => void) => () => {
    onClose();
    action();
  };
  return (
    <Popover
      open={anchor !== null}
      anchorEl={anchor}
      onClose={onClose}
      anchorOrigin={{ vertical: "bottom", horizontal: "right" }}
      transformOrigin={{ vertical: "top", horizontal: "right" }}
      slotProps={{
        paper: {
          id,
          role: "dialog",
          "aria-labelledby": headingId,
          sx: { width: 320, maxWidth: "calc(100% - 16px)", p: 2 },
        },
      }}
    >
      <Stack spacing={2}>
        <div>
          <Typography id={headingId} component="h2" variant="subtitle1" sx={{ fontWeight: 700 }}>
            {t("auth.account.label")}
          </Typography>
          <Typography sx={{ fontWeight: 600, overflowWrap: "anywhere" }}>{account.name}</Typography>
          <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: "anywhere" }}>
            {account.username}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: "anywhere" }}>
            {t("auth.account.tenant", { tenant: tenantName(account.tenant) })}
          </Typography>
        </div>
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: "wrap" }}>
          <Button variant="outlined" onClick={then(switchAccount)}>
            {t("auth.switchAccount")}
          </Button>
          <Button variant="outlined" onClick={then(signOut)}>
            {t("auth.signOut")}
          </Button>
        </Stack>
        <Divider />
        <LanguageSwitcher stacked />
        <ColorSchemeSwitcher stacked />
        <Divider />
        <CopyDiagnosticsButton report={diagnostics} />
      </Stack>
    </Popover>
  );
}
