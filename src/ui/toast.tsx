import { createContext, useCallback, useContext, useState, type ReactNode } from "react";
import Alert from "@mui/material/Alert";
import Snackbar from "@mui/material/Snackbar";
import { t } from "../i18n";
import { useWideLayout } from "./useWideLayout";

interface Toast {
  id: number;
  message: string;
}

const ToastContext = createContext<((message: string) => void) | null>(null);

/** Success toasts: announced politely (role status), closable, paused while hovered or focused. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const wide = useWideLayout();
  const [toast, setToast] = useState<Toast | null>(null);
  const [open, setOpen] = useState(false);
  const show = useCallback((message: string) => {
    setToast({ id: Date.now(), message });
    setOpen(true);
  }, []);
  const close = useCallback(() => setOpen(false), []);
  return (
    <ToastContext.Provider value={show}>
      {children}
      <Snackbar
        key={toast?.id}
        open={open}
        autoHideDuration={10_000}
        onClose={(_event, reason) => reason !== "clickaway" && close()}
        // Beside the profile list (two columns) at the bottom left, over the list and no wider than its column
        // (the theme), away from the details and their buttons; on one column at the top, where it covers the
        // header rather than a button, as focus moves to the middle of the screen after an action.
        anchorOrigin={wide ? { vertical: "bottom", horizontal: "left" } : { vertical: "top", horizontal: "center" }}
      >
        <Alert role="status" severity="success" variant="filled" onClose={close} closeText={t("toast.close")}>
          {toast?.message}
        </Alert>
      </Snackbar>
    </ToastContext.Provider>
  );
}

export function useToast(): (message: string) => void {
  const show = useContext(ToastContext);
  if (show === null) throw new Error("useToast() needs a ToastProvider");
  return show;
}
