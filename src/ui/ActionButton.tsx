import Button, { type ButtonProps } from "@mui/material/Button";

export type ActionButtonProps = ButtonProps & {
  /** Working, or not possible right now (offline, say): the button says so but keeps its place in the Tab order. */
  inactive: boolean;
};

/**
 * A button that stays focusable while it cannot be used: `aria-disabled` instead of `disabled`, so pressing it
 * never drops keyboard focus to the page, and the reason it gives (`aria-describedby`) can still be reached. A press
 * meanwhile does nothing; the theme gives it the disabled look.
 */
export function ActionButton({ inactive, onClick, ...props }: ActionButtonProps) {
  return (
    <Button
      {...props}
      aria-disabled={inactive || undefined}
      disableRipple={inactive}
      onClick={inactive ? undefined : onClick}
    />
  );
}
