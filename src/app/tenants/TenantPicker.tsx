import Autocomplete, { createFilterOptions } from "@mui/material/Autocomplete";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import TextField from "@mui/material/TextField";
import { t } from "../../i18n";
import type { TenantChoice } from "../../tenants/TenantContext";
import type { Tenant } from "../../tenants/tenant";
import { TenantDiscoveryDialog } from "./TenantDiscoveryDialog";
import { PICKER_WIDTH } from "./pickerSize";

export { default as UnknownTenant } from "./UnknownTenant";
export { default as TenantOverview } from "../../features/tenant-overview/TenantOverview";

// A tenant is found by its name or its id (a partner's admins often know a customer by its domain).
const filterOptions = createFilterOptions<Tenant>({ stringify: (tenant) => `${tenant.name} ${tenant.id}` });

/**
 * The tenant the console works in, in the header: a combobox that filters as the admin types (for a partner with
 * a hundred customers or more), used with the keyboard like any other, as wide as the screen on a phone. With GDAP
 * discovery, the way to find the partner's customers is next to it. A link's tenant the console does not know
 * leaves it empty: no tenant is shown as chosen that the admin did not choose.
 */
export default function TenantPicker({ tenants, current, requested, choose, discovery }: TenantChoice) {
  return (
    <>
      <Autocomplete<Tenant, false, boolean, false>
        options={tenants}
        value={requested === null ? current : null}
        onChange={(_, tenant) => {
          if (tenant) choose(tenant);
        }}
        disableClearable={requested === null}
        autoHighlight
        size="small"
        filterOptions={filterOptions}
        getOptionLabel={(tenant) => tenant.name}
        isOptionEqualToValue={(option, value) => option.id.toLowerCase() === value.id.toLowerCase()}
        noOptionsText={t("tenants.picker.none")}
        renderOption={({ key, ...props }, tenant) => (
          <Box
            component="li"
            key={key}
            {...props}
            sx={{ flexDirection: "column", alignItems: "flex-start !important" }}
          >
            <span dir="auto">{tenant.name}</span>
            <Box component="span" sx={{ typography: "caption", color: "text.secondary", overflowWrap: "anywhere" }}>
              {tenant.id}
            </Box>
          </Box>
        )}
        renderInput={(params) => <TextField {...params} label={t("tenants.picker.label")} />}
        // The list is wider than the field on a wide screen: names and ids on one line each.
        slotProps={{ popper: { sx: { minWidth: { sm: 380 } }, placement: "bottom-start" } }}
        sx={{ width: PICKER_WIDTH, flexShrink: 0 }}
      />
      {discovery && (
        <>
          <Button variant="outlined" onClick={discovery.open} sx={{ flexShrink: 0, whiteSpace: "nowrap" }}>
            {t("tenants.discovery.open")}
          </Button>
          <TenantDiscoveryDialog discovery={discovery} />
        </>
      )}
    </>
  );
}
