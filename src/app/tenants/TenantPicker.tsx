import Autocomplete, { createFilterOptions } from "@mui/material/Autocomplete";
import Box from "@mui/material/Box";
import TextField from "@mui/material/TextField";
import { t } from "../../i18n";
import type { TenantChoice } from "../../tenants/TenantContext";
import type { Tenant } from "../../tenants/tenant";

// A tenant is found by its name or its id (a partner's admins often know a customer by its domain).
const filterOptions = createFilterOptions<Tenant>({ stringify: (tenant) => `${tenant.name} ${tenant.id}` });

/**
 * The tenant the console works in, in the header: a combobox that filters as the admin types (for a partner with
 * a hundred customers or more), used with the keyboard like any other, as wide as the screen on a phone.
 */
export default function TenantPicker({ tenants, current, choose }: TenantChoice) {
  return (
    <Autocomplete
      options={tenants}
      value={current}
      onChange={(_, tenant) => {
        if (tenant) choose(tenant);
      }}
      disableClearable
      autoHighlight
      size="small"
      filterOptions={filterOptions}
      getOptionLabel={(tenant) => tenant.name}
      isOptionEqualToValue={(option, value) => option.id.toLowerCase() === value.id.toLowerCase()}
      noOptionsText={t("tenants.picker.none")}
      renderOption={({ key, ...props }, tenant) => (
        <Box component="li" key={key} {...props} sx={{ flexDirection: "column", alignItems: "flex-start !important" }}>
          <span dir="auto">{tenant.name}</span>
          <Box component="span" sx={{ typography: "caption", color: "text.secondary", overflowWrap: "anywhere" }}>
            {tenant.id}
          </Box>
        </Box>
      )}
      renderInput={(params) => <TextField {...params} label={t("tenants.picker.label")} />}
      // The list is wider than the field on a wide screen: names and ids on one line each.
      slotProps={{ popper: { sx: { minWidth: { sm: 380 } }, placement: "bottom-start" } }}
      sx={{ width: { xs: "100%", sm: 260 } }}
    />
  );
}
