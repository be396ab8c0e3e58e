import Alert from "@mui/material/Alert";
import AlertTitle from "@mui/material/AlertTitle";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import { t, translate } from "../i18n";
import { LanguageSwitcher } from "../ui/LanguageSwitcher";
import type { ConfigProblem } from "./parseConfig";

/** Shown instead of the app when config.json is missing, malformed or invalid: every problem, by key. */
export function ConfigErrorScreen({ problems }: { problems: ConfigProblem[] }) {
  return (
    <Box component="main" sx={{ maxWidth: 760, mx: "auto", p: 3 }}>
      <Box sx={{ display: "flex", justifyContent: "flex-end", mb: 2 }}>
        <LanguageSwitcher />
      </Box>
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
