import { useCallback, useState } from "react";

/** How the last copy went, or the clearing of the clipboard after it. */
export type CopyResult = "copied" | "failed" | "cleared" | "clearFailed";

/** What to copy: text, or a function that builds it when the admin asks (e.g. a report loaded on demand). */
type CopySource = string | (() => Promise<string>);

/**
 * Copies text to the clipboard and remembers how it went, for a status message next to the button; `clear` writes
 * an empty string over what was copied (a token stays on the clipboard until something else replaces it).
 */
export function useCopyToClipboard(): [CopyResult | null, (text: CopySource) => Promise<void>, () => Promise<void>] {
  const [result, setResult] = useState<CopyResult | null>(null);
  const write = useCallback(async (text: CopySource, done: CopyResult, failed: CopyResult) => {
    try {
      await navigator.clipboard.writeText(typeof text === "string" ? text : await text());
      setResult(done);
    } catch {
      setResult(failed);
    }
  }, []);
  const copy = useCallback((text: CopySource) => write(text, "copied", "failed"), [write]);
  const clear = useCallback(() => write("", "cleared", "clearFailed"), [write]);
  return [result, copy, clear];
}
