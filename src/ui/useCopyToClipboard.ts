import { useCallback, useState } from "react";

/** How the last copy went, or the clearing of the clipboard after it. */
export type CopyResult = "copied" | "failed" | "cleared" | "clearFailed";

/**
 * Copies text to the clipboard and remembers how it went, for a status message next to the button; `clear` writes
 * an empty string over what was copied (a token stays on the clipboard until something else replaces it).
 */
export function useCopyToClipboard(): [CopyResult | null, (text: string) => Promise<void>, () => Promise<void>] {
  const [result, setResult] = useState<CopyResult | null>(null);
  const write = useCallback(async (text: string, done: CopyResult, failed: CopyResult) => {
    try {
      await navigator.clipboard.writeText(text);
      setResult(done);
    } catch {
      setResult(failed);
    }
  }, []);
  const copy = useCallback((text: string) => write(text, "copied", "failed"), [write]);
  const clear = useCallback(() => write("", "cleared", "clearFailed"), [write]);
  return [result, copy, clear];
}
