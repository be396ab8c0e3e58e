import { createTheme, type Theme, type ThemeOptions } from "@mui/material/styles";
import type { Localization } from "@mui/material/locale";

/**
 * Light and dark colours. Text in each of them meets WCAG AA contrast (4.5:1) on its scheme's backgrounds, and
 * the focus ring (primary) 3:1 or more: MUI's defaults are lighter than that in light mode.
 */
const colorSchemes = {
  light: {
    palette: {
      primary: { main: "#0b5cad" },
      warning: { main: "#a64b00" },
      success: { main: "#1b6e20" },
      background: { default: "#f4f6f9" },
      // MUI's default (38 % black) is too faint for the zero counts shown in this colour.
      text: { disabled: "rgba(0, 0, 0, 0.6)" },
    },
  },
  dark: {
    palette: {
      primary: { main: "#8ab4f8" },
      secondary: { main: "#d7aefb" },
      error: { main: "#f28b82" },
      warning: { main: "#fdc069" },
      success: { main: "#81c995" },
      info: { main: "#8ab4f8" },
      background: { default: "#0f1216", paper: "#181c21" },
      text: { disabled: "rgba(255, 255, 255, 0.6)" },
    },
  },
} satisfies ThemeOptions["colorSchemes"];

/**
 * Japanese has no spaces: let Chromium break its lines between phrases ("アカウントの|切り替え"), not inside a word
 * ("プロファイ|ル"). Browsers without auto-phrase break as before. The first screen applies it to its own root.
 */
export const japaneseLineBreaks = { wordBreak: "auto-phrase" } as const;

/** The look of a button that is pressed and working, or unavailable, but stays focusable (`aria-disabled`). */
const inactiveButton = ({ theme }: { theme: Theme }) => ({
  '&[aria-disabled="true"]': {
    cursor: "default",
    color: theme.palette.action.disabled,
    boxShadow: "none",
    "&.MuiButton-contained": { backgroundColor: theme.palette.action.disabledBackground },
    "&.MuiButton-outlined": { borderColor: theme.palette.action.disabledBackground },
    "&:hover": { backgroundColor: "transparent" },
    "&.MuiButton-contained:hover": { backgroundColor: theme.palette.action.disabledBackground },
  },
});

/** At most `lines` lines of text: names and descriptions may hold 10,000 characters. */
const clamp = (lines: number) =>
  ({
    display: "-webkit-box",
    WebkitLineClamp: lines,
    WebkitBoxOrient: "vertical",
    overflow: "hidden",
    overflowWrap: "anywhere",
  }) as const;

/** Material's standard easing, as MUI's transitions use it. */
const EASE = "cubic-bezier(0.4, 0, 0.2, 1)";

/**
 * The profile list's rows (ProfileList.tsx): plain elements in the looks of MUI's Checkbox and ListItemButton with
 * this theme, as global rules of the list's class, made once per theme: a row that comes into view costs no style
 * work of its own. In a windowed list (data-windowed) rows are placed by their offset alone.
 */
const profileRows = (theme: Theme) => {
  const { primary, action, text, divider } = theme.palette;
  const ring = { outline: `2px solid ${primary.main}` };
  return {
    ".profile-rows": {
      margin: 0,
      padding: 0,
      listStyle: "none",
      position: "relative",
      "& > li": {
        display: "flex",
        alignItems: "stretch",
        boxSizing: "border-box",
        borderBottom: `1px solid ${divider}`,
        backgroundClip: "padding-box",
      },
      "&[data-windowed] > li": { position: "absolute", top: 0, left: 0, width: "100%" },
      "& .row-check": {
        position: "relative",
        display: "flex",
        alignItems: "center",
        justifyContent: "center",
        alignSelf: "flex-start",
        boxSizing: "border-box",
        margin: "4px 0 0 4px",
        padding: 9,
        borderRadius: "50%",
        color: text.secondary,
        cursor: "pointer",
        userSelect: "none",
        WebkitTapHighlightColor: "transparent",
        "&:hover": { backgroundColor: theme.alpha(primary.main, action.hoverOpacity) },
        "@media (hover: none)": { "&:hover": { backgroundColor: "transparent" } },
        "&.row-checked": { color: primary.main },
      },
      "& .row-check > input": {
        position: "absolute",
        top: 0,
        left: 0,
        width: "100%",
        height: "100%",
        margin: 0,
        padding: 0,
        opacity: 0,
        zIndex: 1,
        cursor: "inherit",
      },
      "& .row-check > svg": {
        display: "block",
        width: "1em",
        height: "1em",
        fontSize: theme.typography.pxToRem(24),
        flexShrink: 0,
        fill: "currentColor",
        transition: `fill 200ms ${EASE}`,
      },
      "& .row-check > input:focus-visible + svg": {
        ...ring,
        outlineOffset: 2,
        borderRadius: theme.shape.borderRadius,
      },
      "& .row-link": {
        position: "relative",
        display: "block",
        flexGrow: 1,
        minWidth: 0,
        boxSizing: "border-box",
        padding: "10px 16px 10px 4px",
        color: "inherit",
        textDecoration: "none",
        textAlign: "left",
        cursor: "pointer",
        userSelect: "none",
        WebkitTapHighlightColor: "transparent",
        outline: 0,
        transition: `background-color 150ms ${EASE}`,
        "&:hover": { backgroundColor: action.hover },
        "&:focus-visible": { ...ring, outlineOffset: -2 },
        // The selected profile: a bar on its leading edge. A border, not a shadow: forced colours keep borders.
        "&[aria-current]": {
          backgroundColor: theme.alpha(primary.main, action.selectedOpacity),
          borderInlineStart: `4px solid ${primary.main}`,
        },
        "&[aria-current]:hover": {
          backgroundColor: theme.alpha(primary.main, `${action.selectedOpacity} + ${action.hoverOpacity}`),
        },
        "@media (hover: none)": {
          "&:hover": { backgroundColor: "transparent" },
          "&[aria-current]:hover": { backgroundColor: theme.alpha(primary.main, action.selectedOpacity) },
        },
      },
      "& .row-name": { ...clamp(3), ...theme.typography.body1, fontWeight: 600 },
      "& .row-detail": { display: "block" },
      "& .row-kind": { display: "block", ...theme.typography.body2, fontWeight: 500 },
      "& .row-description": { ...clamp(2), ...theme.typography.body2, color: text.secondary },
      "& .row-state": {
        display: "flex",
        flexWrap: "wrap",
        alignItems: "center",
        gap: theme.spacing(1),
        marginTop: theme.spacing(0.75),
      },
      "& .row-devices": { ...theme.typography.caption, color: text.secondary },
    },
  } as const;
};

/**
 * Styling lives here, in theme overrides, rather than scattered across components. Exported for the first screen,
 * rendered at build time in each scheme on its own (firstScreen/renderFirstScreen.tsx).
 */
export const themeOptions = {
  colorSchemes,
  // One keyboard focus ring for every MUI control: a 2 px outline in the scheme's primary colour, 3:1 or more
  // against the page in both schemes, and an outline, so forced colours keep it.
  focusVisible: true,
  shape: { borderRadius: 8 },
  typography: {
    fontFamily: '"Segoe UI", system-ui, -apple-system, "Helvetica Neue", Arial, sans-serif',
    button: { textTransform: "none", fontWeight: 600 },
  },
  components: {
    MuiCssBaseline: {
      styleOverrides: (theme) => ({ "html:lang(ja) body": japaneseLineBreaks, ...profileRows(theme) }),
    },
    MuiPaper: { styleOverrides: { root: { backgroundImage: "none" } } },
    MuiButton: {
      styleOverrides: {
        root: (props) => ({
          ...inactiveButton(props),
          // Forced colours drop a contained button's fill: an outline of the system's button colour keeps its shape.
          "@media (forced-colors: active)": { "&.MuiButton-contained": { outline: "1px solid ButtonText" } },
        }),
      },
    },
    // Edges that hold in dark mode (a dark dialog on a dark page) and in forced colours, where backgrounds go.
    MuiDialog: {
      styleOverrides: { paper: ({ theme }) => ({ border: `1px solid ${theme.palette.divider}` }) },
    },
    MuiPopover: {
      styleOverrides: { paper: ({ theme }) => ({ border: `1px solid ${theme.palette.divider}` }) },
    },
    MuiSnackbar: {
      styleOverrides: {
        root: ({ theme }) => ({
          "& .MuiAlert-root": { border: `1px solid ${theme.palette.background.paper}`, overflowWrap: "anywhere" },
          // Bottom left beside the profile list: no wider than the list's column, off the details' buttons.
          [theme.breakpoints.up("md")]: { maxWidth: 360 },
        }),
      },
    },
  },
} satisfies ThemeOptions;

/** The theme, in light and dark, with MUI's own strings (its locale) in the admin's language. */
export const createAppTheme = (localization: Localization) => createTheme(themeOptions, localization);
