import type { RefObject } from "react";
import ArrowUpwardIcon from "@mui/icons-material/ArrowUpward";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Paper from "@mui/material/Paper";
import Typography from "@mui/material/Typography";
import { t } from "../../i18n";
import type { ProfileRef } from "../../domain/profile";
import { MissingProfile } from "./MissingProfile";
import { ProfileDetails } from "./ProfileDetails";

export interface DetailsPanelProps {
  columnRef: RefObject<HTMLDivElement | null>;
  selected: ProfileRef | null;
  /** The link names a profile its collection does not hold, or no valid profile at all. */
  missing: boolean;
  oneColumn: boolean;
  /** "Back to the list", on one column once a profile is chosen. */
  onBackToList: (() => void) | null;
  focusRequest: number;
  now: Date;
}

/** The chosen profile's details (or why there are none), beside the list or, on one column, before it. */
export function DetailsPanel({
  columnRef,
  selected,
  missing,
  oneColumn,
  onBackToList,
  focusRequest,
  now,
}: DetailsPanelProps) {
  return (
    <Box
      ref={columnRef}
      sx={{
        position: { md: "sticky" },
        top: { md: 24 },
        maxHeight: { md: "calc(100vh - 48px)" },
        overflowY: { md: "auto" },
      }}
    >
      {onBackToList && (
        <Button startIcon={<ArrowUpwardIcon aria-hidden />} onClick={onBackToList} sx={{ mb: 1 }}>
          {t("details.backToList")}
        </Button>
      )}
      {missing ? (
        <MissingProfile selected={selected} />
      ) : selected === null ? (
        // On one column the list itself says what to do; below a long list this would only be found last.
        !oneColumn && (
          <Paper variant="outlined" sx={{ p: 3 }}>
            <Typography color="text.secondary">{t("profiles.selectPrompt")}</Typography>
          </Paper>
        )
      ) : (
        <ProfileDetails selected={selected} now={now} focusRequest={focusRequest} />
      )}
    </Box>
  );
}
