import { createTheme, type ThemeOptions } from "@mui/material/styles";
import type { Localization } from "@mui/material/locale";

/** Styling lives here, in theme overrides, rather than scattered across components. */
const themeOptions: ThemeOptions = {
  palette: {
    primary: { main: "#0b5cad" },
    // Darker than MUI's defaults so text in these colours meets WCAG AA contrast (4.5:1) on white.
    warning: { main: "#a64b00" },
    success: { main: "#1b6e20" },
    background: { default: "#f4f6f9" },
  },
  shape: { borderRadius: 8 },
  typography: {
    fontFamily: '"Segoe UI", system-ui, -apple-system, "Helvetica Neue", Arial, sans-serif',
    button: { textTransform: "none", fontWeight: 600 },
  },
  components: {
    // Japanese has no spaces: let Chromium break its lines between phrases ("アカウントの|切り替え"), not inside
    // a word ("プロファイ|ル"). Browsers without auto-phrase break as before.
    MuiCssBaseline: { styleOverrides: { "html:lang(ja) body": { wordBreak: "auto-phrase" } } },
    MuiPaper: { styleOverrides: { root: { backgroundImage: "none" } } },
    MuiListItemButton: {
      styleOverrides: {
        root: ({ theme }) => ({
          "&.Mui-selected": { boxShadow: `inset 4px 0 0 ${theme.palette.primary.main}` },
          "&.Mui-focusVisible": { outline: `2px solid ${theme.palette.primary.main}`, outlineOffset: -2 },
        }),
      },
    },
  },
};

/** The theme, with MUI's own strings (its locale) in the admin's language. */
export const createAppTheme = (localization: Localization) => createTheme(themeOptions, localization);
