import Alert from "@mui/material/Alert";
import AlertTitle from "@mui/material/AlertTitle";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import { t, translate } from "../i18n";
import { ColorSchemeSwitcher } from "../ui/ColorSchemeSwitcher";
import { LanguageSwitcher } from "../ui/LanguageSwitcher";
import type { ConfigProblem } from "../config/parseConfig";

/** Shown instead of the app when config.json is missing, malformed or invalid: every problem, by key. */
export function ConfigErrorScreen({ problems }: { problems: ConfigProblem[] }) {
  return (
    <Box component="main" sx={{ maxWidth: 760, mx: "auto", p: { xs: 1.5, sm: 3 } }}>
      <Stack direction="row" spacing={2} useFlexGap sx={{ justifyContent: "flex-end", flexWrap: "wrap", mb: 2 }}>
        <LanguageSwitcher />
        <ColorSchemeSwitcher />
      </Stack>
      <Alert
        severity="error"
        role="alert"
        action={
          <Button color="inherit" onClick={() => window.location.reload()}>
            {t("config.retry")}
          </Button>
        }
      >
        <AlertTitle component="h1">{t("config.title")}</AlertTitle>
        <p>{t("config.intro")}</p>
        <Box component="ul" sx={{ pl: 2.5, mb: 0 }}>
          {problems.map((problem, index) => (
            <li key={index}>
              {problem.key && (
                <Box component="code" sx={{ fontWeight: 600, mr: 1 }}>
                  {problem.key}
                </Box>
              )}
              {translate(problem.message)}
            </li>
          ))}
        </Box>
      </Alert>
    </Box>
  );
}
