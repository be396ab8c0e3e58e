import useMediaQuery from "@mui/material/useMediaQuery";
import { useTheme } from "@mui/material/styles";

/**
 * True from the theme's md breakpoint (900 px) up: room for the profile list and its details side by side, for the
 * token overview as a table, and for the account and its actions in the header. Narrower (a phone, a tablet, a
 * portal frame), one column, and the account in a menu. In a frame the width is the frame's.
 */
export function useWideLayout(): boolean {
  return useMediaQuery(useTheme().breakpoints.up("md"), { noSsr: true });
}
