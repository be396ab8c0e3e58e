import { useEffect, useState } from "react";
import Alert from "@mui/material/Alert";
import { t } from "../i18n";
import { MAX_AUTOMATIC_RETRIES, isThrottled } from "../graph/retryPolicy";

interface Props {
  /** True while the request is still being retried on its own. */
  active: boolean;
  failureCount: number;
  failureReason: unknown;
}

/** Seconds left until `seconds` from when it mounted; remount (key) to start again. */
function useCountdown(seconds: number): number {
  const [until] = useState(() => Date.now() + seconds * 1000);
  const [remaining, setRemaining] = useState(seconds);
  useEffect(() => {
    const timer = window.setInterval(() => setRemaining(Math.max(0, Math.ceil((until - Date.now()) / 1000))), 1000);
    return () => window.clearInterval(timer);
  }, [until]);
  return remaining;
}

function ThrottledNotice({ seconds, attempt }: { seconds: number; attempt: number }) {
  const remaining = useCountdown(seconds);
  return (
    <Alert severity="info" role="status">
      {t("errors.throttled.retrying", { seconds: remaining, attempt, max: MAX_AUTOMATIC_RETRIES + 1 })}
    </Alert>
  );
}

/** Says that a request is being retried, and how long it waits when Graph said so (Retry-After). */
export function RetryNotice({ active, failureCount, failureReason }: Props) {
  if (!active || failureCount === 0) return null;
  const attempt = failureCount + 1;
  if (isThrottled(failureReason) && failureReason.retryAfterSeconds !== null) {
    return (
      <ThrottledNotice
        key={failureReason.clientRequestId}
        seconds={failureReason.retryAfterSeconds}
        attempt={attempt}
      />
    );
  }
  return (
    <Alert severity="info" role="status">
      {t("errors.transient.retrying", { attempt, max: MAX_AUTOMATIC_RETRIES + 1 })}
    </Alert>
  );
}
