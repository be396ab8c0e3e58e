import Button from "@mui/material/Button";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { useAuth } from "../auth/session";
import { t } from "../i18n";
import { ErrorAlert } from "../ui/ErrorAlert";
import { isFramed, openInNewWindow } from "../embedding/framing";

const framed = isFramed();

export function SignInPage() {
  const { status, error, signIn } = useAuth();
  const busy = status === "signing-in";
  return (
    <Paper variant="outlined" sx={{ maxWidth: 560, mx: "auto", mt: { xs: 1, md: 8 }, p: { xs: 2.5, sm: 4 } }}>
      <Stack spacing={2.5}>
        <Typography component="h1" variant="h5">
          {t("auth.welcome.title")}
        </Typography>
        {/* Names such as DeviceManagementConfiguration.ReadWrite.All break anywhere rather than widen the card. */}
        <Typography color="text.secondary" sx={{ overflowWrap: "anywhere" }}>
          {t("auth.welcome.body")}
        </Typography>
        {error && <ErrorAlert title={t("auth.signInFailed")} error={error} context="read" onSignIn={signIn} />}
        <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: "center", flexWrap: "wrap" }}>
          {/* Stays enabled while a sign-in window is open: if the admin closed it, a click opens a new one. */}
          <Button variant="contained" size="large" onClick={signIn}>
            {t("auth.signIn")}
          </Button>
          {framed && (
            <Button variant="text" onClick={openInNewWindow}>
              {t("embedding.openNewWindow")}
            </Button>
          )}
          {busy && (
            <Typography role="status" variant="body2" color="text.secondary">
              {t("auth.signingIn")}
            </Typography>
          )}
        </Stack>
      </Stack>
    </Paper>
  );
}
