import type { ReactNode } from "react";
import AppBar from "@mui/material/AppBar";
import Box from "@mui/material/Box";
import CircularProgress from "@mui/material/CircularProgress";
import Container from "@mui/material/Container";
import Stack from "@mui/material/Stack";
import Toolbar from "@mui/material/Toolbar";
import Typography from "@mui/material/Typography";
import { t } from "../i18n";
import { visuallyHidden } from "../ui/visuallyHidden";

// The page's frame, shared by the app and its static first screen (firstScreen/), which index.html paints before
// any script has run: what both render from here is laid out alike, so the app replaces it without a shift.

/**
 * The top bar: the console's name, a badge after it (the demo tenant's), and at its end what the header holds
 * (children). Framed in a portal it is compact: the portal already shows where the admin is.
 */
export function HeaderBar({ framed, badge, children }: { framed: boolean; badge?: ReactNode; children: ReactNode }) {
  return (
    <AppBar position="static" color="inherit" elevation={0} sx={{ borderBottom: 1, borderColor: "divider" }}>
      <Toolbar
        variant={framed ? "dense" : "regular"}
        sx={{ gap: { xs: 1, md: 2 }, flexWrap: "wrap", py: framed ? 0.5 : 1, px: { xs: 1.5, sm: 2 } }}
      >
        {/* The badge wraps onto a line of its own rather than the name onto two: the name keeps its size. */}
        <Stack
          direction="row"
          spacing={1.5}
          useFlexGap
          sx={{ alignItems: "center", flexGrow: 1, minWidth: 0, flexWrap: "wrap" }}
        >
          <Typography
            component="p"
            variant={framed ? "subtitle1" : "h6"}
            sx={{ fontWeight: 700, lineHeight: 1.3, ...(framed ? visuallyHidden : {}) }}
          >
            {t("app.title")}
          </Typography>
          {badge}
        </Stack>
        {children}
      </Toolbar>
    </AppBar>
  );
}

/** The main landmark, below the header: the skip link's target in the app (id), busy on the first screen. */
export function MainArea({
  framed,
  id,
  busy = false,
  children,
}: {
  framed: boolean;
  id?: string;
  busy?: boolean;
  children: ReactNode;
}) {
  return (
    <Container
      component="main"
      id={id}
      tabIndex={id === undefined ? undefined : -1}
      aria-busy={busy || undefined}
      maxWidth={framed ? false : "xl"}
      sx={{ py: framed ? 1.5 : 3, px: { xs: 1.5, sm: 3 }, outline: "none" }}
    >
      {children}
    </Container>
  );
}

/** What the main area shows while the console starts. */
export function Loading() {
  return (
    <Box role="status" aria-label={t("app.loading")} sx={{ display: "grid", placeItems: "center", py: 10 }}>
      <CircularProgress aria-hidden />
    </Box>
  );
}
