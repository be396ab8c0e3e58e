/** The colour scheme the admin picked: local storage, as it is not secret and should outlive the tab. */
export const COLOR_SCHEME_STORAGE_KEY = "etc.colorScheme";

export const COLOR_SCHEME_MODES = ["system", "light", "dark"] as const;
export type ColorSchemeMode = (typeof COLOR_SCHEME_MODES)[number];

export const isColorSchemeMode = (value: unknown): value is ColorSchemeMode =>
  COLOR_SCHEME_MODES.includes(value as ColorSchemeMode);

/** The stored choice, for pages without the app's theme (the popup relay); null for "follow the system". */
export function storedColorScheme(): "light" | "dark" | null {
  try {
    const stored = window.localStorage.getItem(COLOR_SCHEME_STORAGE_KEY);
    return stored === "light" || stored === "dark" ? stored : null;
  } catch {
    return null; // Storage blocked: follow the system.
  }
}
