import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from "react";
import type { Localization } from "@mui/material/locale";
import { activateLanguage, activeLanguage, loadLanguage, muiLocalization, onLanguageChange } from ".";
import { rememberLanguage, type Language } from "./chooseLanguage";

interface Locale {
  language: Language;
  /** MUI's own strings in this language, for the theme. */
  mui: Localization;
  /** Loads the language's chunk, then switches every screen to it and remembers the choice. */
  setLanguage: (language: Language) => void;
}

const LocaleContext = createContext<Locale | null>(null);

/**
 * Holds the active language (loaded and activated before the first render). Its child is a function: on a
 * switch, everything it returns renders again, so components keep calling t() and the formatters directly and
 * pick up the new language at once. Nothing is re-mounted: selection, inputs, open results and caches stay.
 */
export function LocaleProvider({ children }: { children: () => ReactNode }) {
  const [active, setActive] = useState(() => ({ language: activeLanguage(), mui: muiLocalization() }));
  // Only the latest choice wins when chunks arrive out of order.
  const latest = useRef(active.language);
  const setLanguage = useCallback((next: Language) => {
    latest.current = next;
    void loadLanguage(next).then((bundle) => {
      if (latest.current !== next) return;
      activateLanguage(next, bundle);
      rememberLanguage(next);
      setActive({ language: next, mui: muiLocalization() });
    });
  }, []);
  const locale = useMemo(() => ({ ...active, setLanguage }), [active, setLanguage]);
  return <LocaleContext.Provider value={locale}>{children()}</LocaleContext.Provider>;
}

export function useLocale(): Locale {
  const locale = useContext(LocaleContext);
  if (locale === null) throw new Error("useLocale() needs a LocaleProvider");
  return locale;
}

/** The active language; memoInLanguage renders a memoized component again when it changes. */
export function useLanguage(): Language {
  return useSyncExternalStore(onLanguageChange, activeLanguage, activeLanguage);
}
