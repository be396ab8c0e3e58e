import { useId, type ReactNode } from "react";
import Button from "@mui/material/Button";
import CircularProgress from "@mui/material/CircularProgress";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogTitle from "@mui/material/DialogTitle";
import Typography from "@mui/material/Typography";
import { t } from "../../i18n";
import { TokenActionButton } from "../../ui/TokenActionButton";

interface Props {
  open: boolean;
  title: string;
  /** What will happen, in a sentence or two: the dialog's description. */
  body: string;
  /** The facts to weigh before confirming (a TokenFacts list). */
  children?: ReactNode;
  confirmLabel: string;
  pendingLabel: string;
  confirmColor?: "primary" | "error";
  /** The request is on its way: the dialog stays until it settles and can no longer be cancelled. */
  pending: boolean;
  onCancel: () => void;
  onConfirm: () => void;
  /**
   * Once the dialog has closed (its exit transition has ended, and the page is no longer hidden from screen
   * readers): where focus goes after a request, if not back to the button that opened the dialog.
   */
  onClosed?: () => void;
}

/**
 * Asks before a token is replaced or revoked. Cancel comes first and sends nothing; the dialog traps focus and
 * gives it back to the button that opened it (or, after a request, `onClosed` moves it to the outcome).
 */
export function ConfirmTokenDialog(props: Props) {
  const { open, title, body, children, confirmLabel, pendingLabel, confirmColor = "primary", pending } = props;
  const { onClosed } = props;
  const titleId = useId();
  const bodyId = useId();
  return (
    <Dialog
      open={open}
      onClose={pending ? undefined : props.onCancel}
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      maxWidth="sm"
      fullWidth
      slotProps={{ transition: { onExited: onClosed } }}
    >
      <DialogTitle id={titleId} sx={{ overflowWrap: "anywhere" }}>
        {title}
      </DialogTitle>
      <DialogContent>
        {children}
        <Typography id={bodyId} sx={{ mt: 2 }}>
          {body}
        </Typography>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2, flexWrap: "wrap", gap: 1 }}>
        {pending && (
          <Typography role="status" variant="body2" sx={{ mr: "auto" }}>
            {pendingLabel}
          </Typography>
        )}
        <Button onClick={props.onCancel} disabled={pending}>
          {t("dialog.cancel")}
        </Button>
        {/* Keeps focus while the request runs, so the dialog never loses it. */}
        <TokenActionButton
          variant="contained"
          color={confirmColor}
          onClick={props.onConfirm}
          inactive={pending}
          startIcon={pending ? <CircularProgress size={18} color="inherit" aria-hidden /> : undefined}
        >
          {confirmLabel}
        </TokenActionButton>
      </DialogActions>
    </Dialog>
  );
}
