import Box from "@mui/material/Box";
import Typography from "@mui/material/Typography";
import type { SignedInAccount } from "../auth/session";
import { t } from "../i18n";

/** Who is signed in, in the header on a wide screen: name, UPN and tenant, one line each. */
export function AccountIdentity({ account }: { account: Omit<SignedInAccount, "id"> }) {
  return (
    <Box sx={{ textAlign: "right", minWidth: 0 }} aria-label={t("auth.account.label")} role="group">
      <Typography variant="body2" sx={{ fontWeight: 600 }} noWrap>
        {account.name}
      </Typography>
      <Typography variant="caption" color="text.secondary" component="p" noWrap>
        {account.username}
      </Typography>
      <Typography variant="caption" color="text.secondary" component="p" noWrap>
        {t("auth.account.tenant", { tenant: account.tenant })}
      </Typography>
    </Box>
  );
}
