import type { MouseEvent } from "react";

/** A click that follows a link in this tab: not a middle click, nor one that opens a new tab or window. */
export const isPlainClick = (event: MouseEvent) =>
  event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
