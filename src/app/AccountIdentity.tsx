import Box from "@mui/material/Box";
import Typography from "@mui/material/Typography";
import type { SignedInAccount } from "../auth/session";
import { t } from "../i18n";
import { useTenantNames } from "../tenants/TenantContext";

/** Who is signed in, in the header on a wide screen: name, UPN and tenant (by name among several), one line each. */
export function AccountIdentity({ account }: { account: Omit<SignedInAccount, "id"> }) {
  const tenantName = useTenantNames();
  return (
    <Box sx={{ textAlign: "right", minWidth: 0 }} aria-label={t("auth.account.label")} role="group">
      <Typography variant="body2" sx={{ fontWeight: 600 }} noWrap>
        {account.name}
      </Typography>
      <Typography variant="caption" color="text.secondary" component="p" noWrap>
        {account.username}
      </Typography>
      <Typography variant="caption" color="text.secondary" component="p" noWrap>
        {t("auth.account.tenant", { tenant: tenantName(account.tenant) })}
      </Typography>
    </Box>
  );
}
