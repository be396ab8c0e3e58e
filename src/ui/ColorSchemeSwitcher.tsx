import ContrastIcon from "@mui/icons-material/Contrast";
import { useColorScheme } from "@mui/material/styles";
import { t } from "../i18n";
import { COLOR_SCHEME_MODES, isColorSchemeMode } from "../storage/colorScheme";
import { SettingSelect } from "./SettingSelect";

/** System, light or dark: applied at once, remembered across reloads (the theme's provider keeps it). */
export function ColorSchemeSwitcher({ stacked = false }: { stacked?: boolean }) {
  const { mode, setMode } = useColorScheme();
  return (
    <SettingSelect
      label={t("colorScheme.label")}
      value={isColorSchemeMode(mode) ? mode : "system"}
      onChange={(value) => isColorSchemeMode(value) && setMode(value)}
      stacked={stacked}
      icon={<ContrastIcon fontSize="small" aria-hidden />}
    >
      {COLOR_SCHEME_MODES.map((option) => (
        <option key={option} value={option}>
          {t(`colorScheme.${option}`)}
        </option>
      ))}
    </SettingSelect>
  );
}
