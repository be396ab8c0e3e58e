import { createTheme } from "@mui/material/styles";

/** Styling lives here, in theme overrides, rather than scattered across components. */
export const theme = createTheme({
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
});
