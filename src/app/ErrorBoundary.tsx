import { Component, type ReactNode } from "react";
import Alert from "@mui/material/Alert";
import AlertTitle from "@mui/material/AlertTitle";
import Button from "@mui/material/Button";
import { t } from "../i18n";

/** The last line of defence: an unexpected render error shows a readable message, never a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <Alert
        severity="error"
        role="alert"
        sx={{ m: 3 }}
        action={
          <Button color="inherit" onClick={() => window.location.reload()}>
            {t("app.crash.reload")}
          </Button>
        }
      >
        <AlertTitle>{t("app.crash.title")}</AlertTitle>
        {t("app.crash.body")}
      </Alert>
    );
  }
}
