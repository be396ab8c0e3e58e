import { lazy, Suspense, type MouseEvent } from "react";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import { t } from "../../i18n";
import { useTenantChoice } from "../../tenants/TenantContext";
import { overviewHref } from "../../tenants/tenantLinks";
import { isPlainClick } from "../../ui/isPlainClick";
import { PICKER_WIDTH } from "./pickerSize";

// Its own chunk: a console that works in one tenant never downloads the combobox.
const TenantPicker = lazy(() => import("./TenantPicker"));

/**
 * The header's tenant picker (and GDAP discovery beside it) when the console works in several tenants, and the link
 * to the overview of all of them.
 */
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
      <Button
        href={overviewHref(choice.current)}
        aria-current={choice.overview ? "page" : undefined}
        variant={choice.overview ? "contained" : "outlined"}
        onClick={(event: MouseEvent) => {
          if (!isPlainClick(event)) return;
          event.preventDefault();
          choice.showOverview();
        }}
        sx={{ flexShrink: 0, whiteSpace: "nowrap" }}
      >
        {t("tenantOverview.open")}
      </Button>
    </Stack>
  );
}
