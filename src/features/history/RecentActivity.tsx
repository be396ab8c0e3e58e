import { useId, useState } from "react";
import ExpandLessIcon from "@mui/icons-material/ExpandLess";
import ExpandMoreIcon from "@mui/icons-material/ExpandMore";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Paper from "@mui/material/Paper";
import Typography from "@mui/material/Typography";
import { t } from "../../i18n";
import { RecentActivityPanel } from "./RecentActivityPanel";

/**
 * The tenant's recent token activity, opened on demand: nothing of the audit log (nor its permission) is asked
 * for before.
 */
export function RecentActivity({ now }: { now: Date }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <Paper variant="outlined" component="section" aria-labelledby={`${id}-heading`} sx={{ p: 2, mb: 3 }}>
      <Box sx={{ display: "flex", alignItems: "center", justifyContent: "space-between", gap: 1, flexWrap: "wrap" }}>
        <Typography id={`${id}-heading`} component="h2" variant="h6">
          {t("activity.heading")}
        </Typography>
        <Button
          aria-expanded={open}
          aria-controls={`${id}-panel`}
          onClick={() => setOpen((was) => !was)}
          startIcon={open ? <ExpandLessIcon aria-hidden /> : <ExpandMoreIcon aria-hidden />}
        >
          {open ? t("activity.hide") : t("activity.show")}
        </Button>
      </Box>
      <Box id={`${id}-panel`} hidden={!open}>
        {open && <RecentActivityPanel now={now} />}
      </Box>
    </Paper>
  );
}
