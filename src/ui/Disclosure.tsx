import { useId, useState, type ReactNode } from "react";
import ExpandLessIcon from "@mui/icons-material/ExpandLess";
import ExpandMoreIcon from "@mui/icons-material/ExpandMore";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Paper from "@mui/material/Paper";
import Typography from "@mui/material/Typography";

interface Props {
  heading: string;
  /** The heading's level in the page. */
  level: "h2" | "h3";
  show: string;
  hide: string;
  /** A panel of its own on the page (outlined), rather than a part of one. */
  outlined?: boolean;
  /** What it shows when opened: rendered (and so read) only then. */
  children: () => ReactNode;
}

/** A section opened on demand: its heading, and a button that shows or hides what it holds. */
export function Disclosure({ heading, level, show, hide, outlined = false, children }: Props) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const body = (
    <>
      <Box sx={{ display: "flex", alignItems: "center", justifyContent: "space-between", gap: 1, flexWrap: "wrap" }}>
        <Typography id={`${id}-heading`} component={level} variant="h6">
          {heading}
        </Typography>
        <Button
          aria-expanded={open}
          aria-controls={`${id}-panel`}
          onClick={() => setOpen((was) => !was)}
          startIcon={open ? <ExpandLessIcon aria-hidden /> : <ExpandMoreIcon aria-hidden />}
        >
          {open ? hide : show}
        </Button>
      </Box>
      <Box id={`${id}-panel`} hidden={!open}>
        {open && children()}
      </Box>
    </>
  );
  return outlined ? (
    <Paper variant="outlined" component="section" aria-labelledby={`${id}-heading`} sx={{ p: 2, mb: 3 }}>
      {body}
    </Paper>
  ) : (
    <Box component="section" aria-labelledby={`${id}-heading`}>
      {body}
    </Box>
  );
}
