import { useQueryClient } from "@tanstack/react-query";
import Alert from "@mui/material/Alert";
import AlertTitle from "@mui/material/AlertTitle";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import { useAuth } from "../auth/session";
import { t } from "../i18n";
import { describeError } from "../ui/describeError";
import { useSignOut } from "./useSignOut";

/**
 * What the admin must know about the session itself, above whatever screen is up: a sign-out that failed (they may
 * still be signed in, with write rights), or a sign-in window that came back as another account (whose token was
 * not used).
 */
export function SessionNoticeAlert() {
  const { notice, account, reauthenticate, switchAccount, dismissNotice } = useAuth();
  const signOut = useSignOut();
  const queryClient = useQueryClient();
  if (notice === null) return null;

  if (notice.kind === "signOutFailed") {
    const reason = describeError(notice.error, "read");
    return (
      <Alert severity="error" role="alert" sx={{ mb: 2 }}>
        <AlertTitle>{t("auth.signOutFailed.title")}</AlertTitle>
        <Stack spacing={1}>
          <Box component="p" sx={{ m: 0 }}>
            {t("auth.signOutFailed.body")}
          </Box>
          <Box component="p" sx={{ m: 0, fontWeight: 600 }}>
            {reason.title}
          </Box>
          <Box component="p" sx={{ m: 0, fontFamily: "monospace", fontSize: "0.8125rem" }}>
            {t("errors.code", { code: notice.error.code })}
          </Box>
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: "wrap" }}>
            <Button variant="contained" size="small" onClick={signOut}>
              {t("auth.signOutAgain")}
            </Button>
          </Stack>
        </Stack>
      </Alert>
    );
  }

  const answered = `${notice.answered.name} (${notice.answered.username})`;
  const signedIn = account ? `${account.name} (${account.username})` : null;
  const signInAgain = () =>
    reauthenticate().then(
      // What failed while the other account answered can go again now.
      () => queryClient.refetchQueries({ type: "active", predicate: (query) => query.state.status === "error" }),
      () => undefined,
    );
  return (
    <Alert severity="warning" role="alert" sx={{ mb: 2 }}>
      <AlertTitle>{t("auth.otherAccount.title")}</AlertTitle>
      <Stack spacing={1}>
        <Box component="p" sx={{ m: 0, overflowWrap: "anywhere" }}>
          {signedIn
            ? t("auth.otherAccount.body", { answered, signedIn })
            : t("auth.otherAccount.bodySignedOut", { answered })}
        </Box>
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: "wrap" }}>
          {signedIn && (
            <Button variant="contained" size="small" onClick={() => void signInAgain()}>
              {t("auth.otherAccount.signInAgain", { name: account!.name })}
            </Button>
          )}
          <Button variant="outlined" color="inherit" size="small" onClick={switchAccount}>
            {t("auth.switchAccount")}
          </Button>
          <Button color="inherit" size="small" onClick={dismissNotice}>
            {t("notice.dismiss")}
          </Button>
        </Stack>
      </Stack>
    </Alert>
  );
}
