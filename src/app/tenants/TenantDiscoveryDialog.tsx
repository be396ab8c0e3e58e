import { useId } from "react";
import Alert from "@mui/material/Alert";
import AlertTitle from "@mui/material/AlertTitle";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import CircularProgress from "@mui/material/CircularProgress";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogTitle from "@mui/material/DialogTitle";
import Stack from "@mui/material/Stack";
import { t } from "../../i18n";
import type { TenantDiscoveryChoice } from "../../tenants/TenantContext";
import { ErrorAlert } from "../../ui/ErrorAlert";

/** Not granted yet: why the console asks, and the admin's way to allow it (or to have an administrator do it). */
function NotGranted({ discovery, asked }: { discovery: TenantDiscoveryChoice; asked: boolean }) {
  return (
    <Stack spacing={1.5} sx={{ alignItems: "flex-start" }}>
      <Box component="p" sx={{ m: 0 }}>
        {t(asked ? "tenants.discovery.declined" : "tenants.discovery.notGranted")}
      </Box>
      <Button variant="contained" onClick={discovery.allow}>
        {t("tenants.discovery.allow")}
      </Button>
      <Box component="a" href={discovery.adminConsentUrl} target="_blank" rel="noopener noreferrer">
        {t("tenants.discovery.adminConsent")}
      </Box>
    </Stack>
  );
}

function Status({ discovery }: { discovery: TenantDiscoveryChoice }) {
  const { status } = discovery;
  switch (status.kind) {
    case "idle":
      return null;
    case "finding":
    case "granting":
      return (
        <Stack direction="row" spacing={1.5} sx={{ alignItems: "center" }}>
          <CircularProgress size={20} aria-hidden />
          <span>{t(status.kind === "finding" ? "tenants.discovery.finding" : "tenants.discovery.granting")}</span>
        </Stack>
      );
    case "notGranted":
      return <NotGranted discovery={discovery} asked={status.asked} />;
    case "found":
      return (
        <Box component="p" sx={{ m: 0 }}>
          {t("tenants.discovery.found", { count: status.count })}
        </Box>
      );
    case "refused":
      return (
        <Alert severity="warning">
          <AlertTitle>{t("tenants.discovery.refused")}</AlertTitle>
          {t("tenants.discovery.refusedHint", { code: status.error.code })}
        </Alert>
      );
    case "failed":
      return (
        <ErrorAlert
          title={t("tenants.discovery.failed")}
          error={status.error}
          context="read"
          onRetry={discovery.open}
          onSignIn={discovery.allow}
        />
      );
  }
}

/**
 * GDAP discovery, opened by the admin: it lists the partner's customers silently, or says the permission is not
 * granted and offers to ask for it; what it finds joins the tenant picker. Every change is read out.
 */
export function TenantDiscoveryDialog({ discovery }: { discovery: TenantDiscoveryChoice }) {
  const titleId = useId();
  return (
    <Dialog open={discovery.isOpen} onClose={discovery.close} aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <DialogTitle id={titleId}>{t("tenants.discovery.title")}</DialogTitle>
      <DialogContent>
        <Box role="status" aria-live="polite">
          <Status discovery={discovery} />
        </Box>
      </DialogContent>
      <DialogActions>
        <Button onClick={discovery.close}>{t("tenants.discovery.close")}</Button>
      </DialogActions>
    </Dialog>
  );
}
