import { FRAME_NOTICE_ID, useFrameTrust } from "../embedding/frameTrust";
import { ActionButton, type ActionButtonProps } from "./ActionButton";

type Props = Omit<ActionButtonProps, "inactive"> & {
  /** Not possible right now for a reason of its own (no token, offline, working), which it describes itself. */
  inactive?: boolean;
};

/**
 * The one gate for every control that reveals, copies, shows, downloads, exports or prints a token or its QR code,
 * or sends a write (create, replace, revoke, renew, resume): in a frame the console does not trust (or has not
 * verified yet) it is off, and points at the notice at the top of the page that says why.
 */
export function TokenActionButton({ inactive = false, "aria-describedby": describedBy, ...props }: Props) {
  const trusted = useFrameTrust().status === "trusted";
  return (
    <ActionButton
      {...props}
      inactive={inactive || !trusted}
      aria-describedby={trusted ? describedBy : [describedBy, FRAME_NOTICE_ID].filter(Boolean).join(" ")}
    />
  );
}
