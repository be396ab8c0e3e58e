import AppBar from "@mui/material/AppBar";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import Toolbar from "@mui/material/Toolbar";
import Typography from "@mui/material/Typography";
import { useAuth } from "../auth/session";
import { t } from "../i18n";
import { forgetAccountState } from "../ui/accountState";
import { LanguageSwitcher } from "../ui/LanguageSwitcher";
import { visuallyHidden } from "../ui/visuallyHidden";

/** The top bar. Framed in a portal it is compact: the portal already shows where the admin is. */
export function AppHeader({ demo, framed }: { demo: boolean; framed: boolean }) {
  const { account, signOut, switchAccount } = useAuth();
  const size = framed ? "small" : "medium";
  // What the console kept for the admin goes with the sign-out (switching accounts drops it too, in AccountScope).
  const signOutAndForget = () => {
    forgetAccountState();
    signOut();
  };
  return (
    <AppBar position="static" color="inherit" elevation={0} sx={{ borderBottom: 1, borderColor: "divider" }}>
      <Toolbar variant={framed ? "dense" : "regular"} sx={{ gap: 2, flexWrap: "wrap", py: framed ? 0.5 : 1 }}>
        <Stack direction="row" spacing={1.5} sx={{ alignItems: "center", flexGrow: 1 }}>
          <Typography
            component="p"
            variant={framed ? "subtitle1" : "h6"}
            sx={{ fontWeight: 700, ...(framed ? visuallyHidden : {}) }}
          >
            {t("app.title")}
          </Typography>
          {demo && (
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
              }}
            >
              {t("app.demoBadge")}
            </Box>
          )}
        </Stack>
        <LanguageSwitcher />
        {account && (
          <Stack direction="row" spacing={2} sx={{ alignItems: "center" }}>
            <Box sx={{ textAlign: "right", minWidth: 0 }} aria-label={t("auth.account.label")} role="group">
              <Typography variant="body2" sx={{ fontWeight: 600 }} noWrap>
                {account.name}
              </Typography>
              <Typography variant="caption" color="text.secondary" component="p" noWrap>
                {t("auth.account.summary", { username: account.username, tenant: account.tenant })}
              </Typography>
            </Box>
            <Button variant="text" size={size} onClick={switchAccount}>
              {t("auth.switchAccount")}
            </Button>
            <Button variant="outlined" size={size} onClick={signOutAndForget}>
              {t("auth.signOut")}
            </Button>
          </Stack>
        )}
      </Toolbar>
    </AppBar>
  );
}
