import { useEffect, useEffectEvent, useRef, useState, type RefObject } from "react";
import { t } from "../i18n";
import { useToast } from "./toast";
import { useOnline } from "./useOnline";

/** What the write reports back: the same callbacks a react-query mutate() takes. */
export interface WriteCallbacks {
  /** The write succeeded; the toast that says so, or null for none. */
  onSuccess: (toastMessage: string | null) => void;
  onError: () => void;
  onSettled: () => void;
}

interface Options<Input> {
  /** Ask first, in a dialog (a replacement, a revoke, a bulk renewal); otherwise the write starts at once. */
  confirm: boolean;
  /** Why else the write cannot be sent now (another tab's run), or none; being offline the hook knows itself. */
  blockedReason?: string | null;
  /** The write is on its way (the mutation's pending state). */
  pending: boolean;
  /** Sends the write once, and reports through the callbacks (mutation.mutate(variables, callbacks)). */
  send: (callbacks: WriteCallbacks, input: Input) => void;
  /**
   * Where focus goes once the write succeeded (and its dialog has closed): what came of it. Without it, focus
   * stays where it is, or goes back to the button that opened the dialog.
   */
  focusResult?: () => void;
}

export interface ConfirmedWrite<Input> {
  /** The button that starts the write: Try again hands focus back to it while the request runs. */
  buttonRef: RefObject<HTMLButtonElement | null>;
  /** The failure's heading (ErrorAlert's headingRef): focus goes there when the write failed. */
  errorHeadingRef: RefObject<HTMLHeadingElement | null>;
  /** The button is inactive: the write is on its way, or blocked. */
  inactive: boolean;
  /** Why the write cannot be sent now (the reason given, else offline), or null: to show beside the button. */
  blockedReason: string | null;
  /** The button: asks first when it should, else sends. */
  request: () => void;
  /** Try again, from the failure's alert: the alert goes away while the request runs, so focus moves to the button. */
  retry: () => void;
  /** For the confirmation dialog: it sends what it confirms. */
  dialog: { open: boolean; onCancel: () => void; onConfirm: (input: Input) => void; onClosed: () => void };
}

type Outcome = "result" | "error";

/**
 * The one way a token is written after the admin asked for it: one request at a time (a second click can land
 * before React re-renders the disabled button), its button inactive while it runs or is blocked, the confirmation first where it is needed,
 * a toast on success, and focus on what came of it (the result or the failure's heading) once the request has
 * settled, or, after a confirmation, once the dialog has closed (until then it holds focus and hides the page from
 * screen readers).
 */
export function useConfirmedWrite<Input = void>(options: Options<Input>): ConfirmedWrite<Input> {
  const { confirm, pending, send, focusResult } = options;
  const online = useOnline();
  const blockedReason = options.blockedReason ?? (online ? null : t("create.offline"));
  const toast = useToast();
  const inFlight = useRef(false);
  const [confirming, setConfirming] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const errorHeadingRef = useRef<HTMLHeadingElement>(null);
  // Set by the write's callbacks, which run in the same render batch as the mutation's settled state.
  const focusNext = useRef<{ outcome: Outcome; afterDialog: boolean } | null>(null);

  const focusOutcome = () => {
    const next = focusNext.current;
    focusNext.current = null;
    if (next?.outcome === "result") focusResult?.();
    if (next?.outcome === "error") errorHeadingRef.current?.focus();
  };
  const focusSettled = useEffectEvent(() => {
    if (focusNext.current && !focusNext.current.afterDialog) focusOutcome();
  });
  // After every render: the settled state may arrive in the same render as the request's start.
  useEffect(() => {
    if (!pending) focusSettled();
  });

  const submit = (input: Input) => {
    if (inFlight.current) return;
    inFlight.current = true;
    const afterDialog = confirm;
    const settle = (outcome: Outcome) => (focusNext.current = { outcome, afterDialog });
    send(
      {
        onSuccess: (toastMessage) => {
          if (toastMessage !== null) toast(toastMessage);
          if (focusResult) settle("result");
        },
        onError: () => settle("error"),
        onSettled: () => {
          inFlight.current = false;
          setConfirming(false);
        },
      },
      input,
    );
  };
  // A write sent without asking has no input: what it sends is what a confirmation dialog would supply.
  const request = () => (confirm ? setConfirming(true) : submit(undefined as Input));

  return {
    buttonRef,
    errorHeadingRef,
    inactive: pending || blockedReason !== null,
    blockedReason,
    request,
    retry: () => {
      buttonRef.current?.focus();
      request();
    },
    dialog: {
      open: confirming,
      onCancel: () => setConfirming(false),
      onConfirm: submit,
      onClosed: () => {
        if (focusNext.current?.afterDialog) focusOutcome();
      },
    },
  };
}
