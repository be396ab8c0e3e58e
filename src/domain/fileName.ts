/** Characters Windows, macOS or Linux refuse in a file name, controls, and bidi controls that can disguise one. */
const UNSAFE = /[<>:"/\\|?*\p{Cc}\p{Bidi_Control}]/gu;
/** Names Windows reserves for devices, with or without an extension. */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
const MAX_LENGTH = 80;

/**
 * A display name made safe as (part of) a file name on every common file system: unsafe characters become "_",
 * runs of white space one space, no leading or trailing dots or spaces, no reserved device name, at most 80
 * characters (whole code points). `fallback` when nothing is left.
 */
export function safeFileName(name: string, fallback: string): string {
  const cleaned = name.normalize("NFC").replace(/\s+/g, " ").replace(UNSAFE, "_");
  const clipped = Array.from(cleaned).slice(0, MAX_LENGTH).join("");
  const trimmed = clipped.replace(/^[\s.]+|[\s.]+$/g, "");
  if (trimmed === "") return fallback;
  return RESERVED.test(trimmed) ? `_${trimmed}` : trimmed;
}

/** The local calendar date as YYYY-MM-DD: sorts well in a folder and reads the same in every language. */
export function localDateStamp(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
