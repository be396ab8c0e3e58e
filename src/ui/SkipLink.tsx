import { styled } from "@mui/material/styles";
import { t } from "../i18n";

const Link = styled("a")(({ theme }) => ({
  position: "absolute",
  insetInlineStart: theme.spacing(1),
  top: theme.spacing(1),
  zIndex: theme.zIndex.tooltip,
  padding: theme.spacing(1, 2),
  ...theme.typography.button,
  color: theme.palette.primary.contrastText,
  backgroundColor: theme.palette.primary.main,
  borderRadius: theme.shape.borderRadius,
  // Out of sight until it has focus: the first Tab of the page shows it.
  "&:not(:focus)": {
    clipPath: "inset(50%)",
    width: 1,
    height: 1,
    overflow: "hidden",
    whiteSpace: "nowrap",
    padding: 0,
  },
  "&:focus-visible": { outline: `2px solid ${theme.palette.text.primary}`, outlineOffset: 2 },
}));

/** "Skip to main content": the first stop of the Tab key, past the header. */
export function SkipLink({ target }: { target: string }) {
  return (
    <Link
      href={`#${target}`}
      onClick={(event) => {
        // Focus, not the URL's fragment: the query string carries the selected profile, and a fragment would stay.
        event.preventDefault();
        document.getElementById(target)?.focus();
      }}
    >
      {t("app.skipToMain")}
    </Link>
  );
}
