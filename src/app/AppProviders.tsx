import { useMemo, type ReactNode } from "react";
import CssBaseline from "@mui/material/CssBaseline";
import { ThemeProvider } from "@mui/material/styles";
import { useLocale } from "../i18n/LocaleProvider";
import { COLOR_SCHEME_STORAGE_KEY } from "../storage/colorScheme";
import { createAppTheme } from "./theme";

/**
 * The theme in the admin's language and colour scheme: the system's (prefers-color-scheme) until the admin picks
 * light or dark with the switch; MUI remembers that choice in local storage and follows a change in another tab.
 */
export function ThemeRoot({ children }: { children: ReactNode }) {
  const { mui } = useLocale();
  const theme = useMemo(() => createAppTheme(mui), [mui]);
  return (
    <ThemeProvider
      theme={theme}
      defaultMode="system"
      modeStorageKey={COLOR_SCHEME_STORAGE_KEY}
      colorSchemeStorageKey={COLOR_SCHEME_STORAGE_KEY}
      disableTransitionOnChange
      // Nothing is rendered on a server: the first render already has the right scheme (no flash of light).
      noSsr
    >
      {/* color-scheme on <html>: native controls (selects, the date picker, scroll bars) follow the scheme. */}
      <CssBaseline enableColorScheme />
      {children}
    </ThemeProvider>
  );
}
