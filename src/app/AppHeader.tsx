import { Suspense, useId, useState } from "react";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import { useAuth } from "../auth/session";
import { t } from "../i18n";
import { ColorSchemeSwitcher } from "../ui/ColorSchemeSwitcher";
import type { AccountActions } from "../ui/AccountMenu";
import { AccountMenuButton } from "../ui/AccountMenuButton";
import { LanguageSwitcher } from "../ui/LanguageSwitcher";
import { useWideLayout } from "../ui/useWideLayout";
import { TenantPickerSlot } from "./tenants/TenantPickerSlot";
import { AccountIdentity } from "./AccountIdentity";
import { HeaderBar } from "./AppLayout";
// Only a signed-in admin needs them: they come with the workspace's chunk.
import { AccountMenuPanel, CopyDiagnosticsIconButton } from "./loadWorkspace";
import { useDiagnosticsReport } from "./useDiagnosticsReport";
import { useSignOut } from "./useSignOut";

function AccountBar({
  account,
  switchAccount,
  signOut,
  diagnostics,
  size,
}: AccountActions & { size: "small" | "medium" }) {
  return (
    // At the end of the bar, also when it wraps onto a second line of its own.
    <Stack direction="row" spacing={2} sx={{ alignItems: "center", minWidth: 0, ml: "auto" }}>
      <AccountIdentity account={account} />
      {/* The button's room is kept while its code loads, so nothing moves when it comes. */}
      <Box sx={{ width: 40, height: 40, flexShrink: 0 }}>
        <Suspense fallback={null}>
          <CopyDiagnosticsIconButton report={diagnostics} />
        </Suspense>
      </Box>
      <Button variant="text" size={size} onClick={switchAccount} sx={{ flexShrink: 0 }}>
        {t("auth.switchAccount")}
      </Button>
      <Button variant="outlined" size={size} onClick={signOut} sx={{ flexShrink: 0 }}>
        {t("auth.signOut")}
      </Button>
    </Stack>
  );
}

/**
 * The account as one button on a narrow screen. The button is part of the first screen (the header does not grow
 * when it arrives); the menu's code comes with the workspace, and a press before it is there opens it once it is.
 */
function NarrowAccountMenu(actions: AccountActions) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  // Mounted from the first press on, so that closing it plays out and hands focus back to the button.
  const [used, setUsed] = useState(false);
  const panelId = useId();
  return (
    <>
      <AccountMenuButton
        name={actions.account.name}
        panelId={anchor !== null ? panelId : undefined}
        onClick={(event) => {
          setUsed(true);
          setAnchor(event.currentTarget);
        }}
      />
      {used && (
        <Suspense fallback={null}>
          <AccountMenuPanel {...actions} id={panelId} anchor={anchor} onClose={() => setAnchor(null)} />
        </Suspense>
      )}
    </>
  );
}

function DemoBadge() {
  return (
    <Box
      component="span"
      sx={{
        px: 1,
        py: 0.25,
        borderRadius: 4,
        bgcolor: "secondary.main",
        color: "secondary.contrastText",
        typography: "caption",
        fontWeight: 600,
        whiteSpace: "nowrap",
      }}
    >
      {t("app.demoBadge")}
    </Box>
  );
}

/**
 * The top bar with the settings and the account. When space is short (a phone, a tablet, a narrow portal frame),
 * the account, its actions and the settings collapse into one menu.
 */
export function AppHeader({ demo, framed }: { demo: boolean; framed: boolean }) {
  const { account, switchAccount } = useAuth();
  const diagnostics = useDiagnosticsReport();
  const wide = useWideLayout();
  const size = framed ? "small" : "medium";
  const signOutAndForget = useSignOut();
  return (
    <HeaderBar
      framed={framed}
      badge={
        <>
          {demo && <DemoBadge />}
          <TenantPickerSlot />
        </>
      }
    >
      {account && !wide ? (
        <NarrowAccountMenu
          account={account}
          switchAccount={switchAccount}
          signOut={signOutAndForget}
          diagnostics={diagnostics}
        />
      ) : (
        <>
          <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: "center", flexWrap: "wrap" }}>
            <LanguageSwitcher />
            <ColorSchemeSwitcher />
          </Stack>
          {account && (
            <AccountBar
              account={account}
              switchAccount={switchAccount}
              signOut={signOutAndForget}
              diagnostics={diagnostics}
              size={size}
            />
          )}
        </>
      )}
    </HeaderBar>
  );
}
