import Alert from "@mui/material/Alert";
import AlertTitle from "@mui/material/AlertTitle";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import { t } from "../../i18n";
import type { TenantChoice } from "../../tenants/TenantContext";

/**
 * A link's tenant the console does not know (a customer not discovered in this session, or none of the admin's):
 * said in words, with GDAP discovery to find it, and no other tenant opened in its place until the admin says so.
 */
export default function UnknownTenant({ choice }: { choice: TenantChoice & { requested: string } }) {
  const { requested, current, choose, discovery } = choice;
  const listed = discovery?.status.kind === "found";
  return (
    <Alert severity="info" role="status">
      <AlertTitle component="h2">{t("tenants.unknown.title")}</AlertTitle>
      <Stack spacing={1.5} sx={{ alignItems: "flex-start" }}>
        <Box component="p" sx={{ m: 0, overflowWrap: "anywhere" }}>
          {t("tenants.unknown.body", { tenant: requested })}
        </Box>
        {discovery && (
          <Box component="p" sx={{ m: 0 }}>
            {t(listed ? "tenants.unknown.notFound" : "tenants.unknown.discover")}
          </Box>
        )}
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: "wrap" }}>
          {discovery && (
            <Button variant="contained" size="small" onClick={discovery.open}>
              {t("tenants.discovery.open")}
            </Button>
          )}
          <Button variant="outlined" color="inherit" size="small" onClick={() => choose(current)}>
            <span dir="auto">{t("tenants.unknown.choose", { tenant: current.name })}</span>
          </Button>
        </Stack>
      </Stack>
    </Alert>
  );
}
