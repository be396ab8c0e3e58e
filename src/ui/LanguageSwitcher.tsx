import TranslateIcon from "@mui/icons-material/Translate";
import { LANGUAGES, isLanguage, t, type Language } from "../i18n";
import { useLocale } from "../i18n/LocaleProvider";
import { SettingSelect } from "./SettingSelect";

const languages = Object.keys(LANGUAGES) as Language[];

/** The language switcher: applied at once, remembered across reloads. */
export function LanguageSwitcher({ stacked = false }: { stacked?: boolean }) {
  const { language, setLanguage } = useLocale();
  return (
    <SettingSelect
      label={t("language.label")}
      value={language}
      onChange={(value) => isLanguage(value) && setLanguage(value)}
      stacked={stacked}
      icon={<TranslateIcon fontSize="small" aria-hidden />}
    >
      {languages.map((option) => (
        // Each language is named in itself ("日本語") and marked, so screen readers pronounce it right.
        <option key={option} value={option} lang={option}>
          {t(`language.name.${option}`)}
        </option>
      ))}
    </SettingSelect>
  );
}
