import { useMemo, type ReactNode } from "react";
import CssBaseline from "@mui/material/CssBaseline";
import { ThemeProvider } from "@mui/material/styles";
import { useLocale } from "../i18n/LocaleProvider";
import { createAppTheme } from "./theme";

export function ThemeRoot({ children }: { children: ReactNode }) {
  const { mui } = useLocale();
  const theme = useMemo(() => createAppTheme(mui), [mui]);
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      {children}
    </ThemeProvider>
  );
}
