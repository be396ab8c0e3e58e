import { lazy, Suspense } from "react";
import Box from "@mui/material/Box";
import { useTenantChoice } from "../../tenants/TenantContext";

// Its own chunk: a console that works in one tenant never downloads the combobox.
const TenantPicker = lazy(() => import("./TenantPicker"));

const SIZE = { width: { xs: "100%", sm: 260 }, minHeight: 40 };

/** The header's tenant picker when the console works in several tenants; nothing otherwise. */
export function TenantPickerSlot() {
  const choice = useTenantChoice();
  if (choice === null) return null;
  return (
    // The picker's room is kept while its code loads, so nothing moves when it comes.
    <Box sx={SIZE}>
      <Suspense fallback={null}>
        <TenantPicker {...choice} />
      </Suspense>
    </Box>
  );
}
