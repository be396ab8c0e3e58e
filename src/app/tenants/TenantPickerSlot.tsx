import { lazy, Suspense } from "react";
import Stack from "@mui/material/Stack";
import { useTenantChoice } from "../../tenants/TenantContext";
import { PICKER_WIDTH } from "./pickerSize";

// Its own chunk: a console that works in one tenant never downloads the combobox.
const TenantPicker = lazy(() => import("./TenantPicker"));

/** The header's tenant picker (and GDAP discovery beside it) when the console works in several tenants. */
export function TenantPickerSlot() {
  const choice = useTenantChoice();
  if (choice === null) return null;
  return (
    // The picker's room is kept while its code loads, so nothing moves when it comes.
    <Stack
      direction="row"
      spacing={1}
      useFlexGap
      sx={{ minWidth: PICKER_WIDTH, minHeight: 40, alignItems: "center", flexWrap: { xs: "wrap", sm: "nowrap" } }}
    >
      <Suspense fallback={null}>
        <TenantPicker {...choice} />
      </Suspense>
    </Stack>
  );
}
