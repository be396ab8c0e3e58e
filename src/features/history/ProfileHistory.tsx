import { useId, useState } from "react";
import ExpandLessIcon from "@mui/icons-material/ExpandLess";
import ExpandMoreIcon from "@mui/icons-material/ExpandMore";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Typography from "@mui/material/Typography";
import { t } from "../../i18n";
import type { ProfileKind } from "../../domain/profileKinds";

import { ProfileHistoryPanel } from "./ProfileHistoryPanel";

/** A profile's History: opened on demand, so nothing of the audit log is asked for (nor its permission) before. */
export function ProfileHistory({ kind, profileId }: { kind: ProfileKind; profileId: string }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <Box component="section" aria-labelledby={`${id}-heading`}>
      <Box sx={{ display: "flex", alignItems: "center", justifyContent: "space-between", gap: 1, flexWrap: "wrap" }}>
        <Typography id={`${id}-heading`} component="h3" variant="h6">
          {t("history.heading")}
        </Typography>
        <Button
          aria-expanded={open}
          aria-controls={`${id}-panel`}
          onClick={() => setOpen((was) => !was)}
          startIcon={open ? <ExpandLessIcon aria-hidden /> : <ExpandMoreIcon aria-hidden />}
        >
          {open ? t("history.hide") : t("history.show")}
        </Button>
      </Box>
      <Box id={`${id}-panel`} hidden={!open}>
        {open && <ProfileHistoryPanel kind={kind} profileId={profileId} />}
      </Box>
    </Box>
  );
}
