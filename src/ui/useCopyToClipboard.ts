import { useCallback, useState } from "react";

export type CopyResult = "copied" | "failed";

/**
 * Copies text (or what a function builds, when asked) to the clipboard and remembers how it went, for a status
 * message next to the button.
 */
export function useCopyToClipboard(): [CopyResult | null, (text: string | (() => Promise<string>)) => Promise<void>] {
  const [result, setResult] = useState<CopyResult | null>(null);
  const copy = useCallback(async (text: string | (() => Promise<string>)) => {
    try {
      await navigator.clipboard.writeText(typeof text === "string" ? text : await text());
      setResult("copied");
    } catch {
      setResult("failed");
    }
  }, []);
  return [result, copy];
}
