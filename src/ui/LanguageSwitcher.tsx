import { useId } from "react";
import Stack from "@mui/material/Stack";
import { styled } from "@mui/material/styles";
import { LANGUAGES, isLanguage, t, type Language } from "../i18n";
import { useLocale } from "../i18n/LocaleProvider";

const languages = Object.keys(LANGUAGES) as Language[];

// A native <select>, not MUI's: keyboard, screen readers and forced colours know it, and it keeps MUI's input
// stack (about 7 KB gzip) out of the first load; the profile list's inputs load with their own chunk.
const Select = styled("select")(({ theme }) => ({
  ...theme.typography.body2,
  color: theme.palette.text.primary,
  backgroundColor: theme.palette.background.paper,
  border: `1px solid ${theme.palette.text.secondary}`,
  borderRadius: theme.shape.borderRadius,
  padding: theme.spacing(0.5, 1),
  cursor: "pointer",
  "&:focus-visible": { outline: `2px solid ${theme.palette.primary.main}`, outlineOffset: 2 },
}));

/** The language switcher: applied at once, remembered across reloads. */
export function LanguageSwitcher() {
  const { language, setLanguage } = useLocale();
  const id = useId();
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: "center" }}>
      <Stack component="label" htmlFor={id} sx={{ typography: "body2", color: "text.secondary" }}>
        {t("language.label")}
      </Stack>
      <Select
        id={id}
        value={language}
        onChange={(event) => isLanguage(event.target.value) && setLanguage(event.target.value)}
      >
        {languages.map((option) => (
          // Each language is named in itself ("日本語") and marked, so screen readers pronounce it right.
          <option key={option} value={option} lang={option}>
            {t(`language.name.${option}`)}
          </option>
        ))}
      </Select>
    </Stack>
  );
}
