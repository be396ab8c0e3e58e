import { useId, type ReactNode } from "react";
import Stack from "@mui/material/Stack";
import { styled } from "@mui/material/styles";
import { visuallyHidden } from "./visuallyHidden";

// A native <select>, not MUI's: keyboard, screen readers and forced colours know it, and it keeps MUI's input
// stack (about 7 KB gzip) out of the first load; the profile list's inputs load with their own chunk.
const Select = styled("select")(({ theme }) => ({
  ...theme.typography.body2,
  color: theme.palette.text.primary,
  backgroundColor: theme.palette.background.paper,
  border: `1px solid ${theme.palette.text.secondary}`,
  borderRadius: theme.shape.borderRadius,
  padding: theme.spacing(0.5, 1),
  cursor: "pointer",
  maxWidth: "100%",
  "&:focus-visible": { outline: `2px solid ${theme.palette.primary.main}`, outlineOffset: 2 },
}));

interface Props<T extends string> {
  label: string;
  value: T;
  onChange: (value: string) => void;
  children: ReactNode;
  /** Stands for the label in the header, where the label itself is for screen readers only. */
  icon: ReactNode;
  /** The label above the select, filling the width (in the account menu), rather than the icon beside it. */
  stacked?: boolean;
}

/** A labelled setting of the console (language, colour scheme) as a native select. */
export function SettingSelect<T extends string>({ label, value, onChange, children, icon, stacked = false }: Props<T>) {
  const id = useId();
  return (
    <Stack
      direction={stacked ? "column" : "row"}
      spacing={stacked ? 0.5 : 0.75}
      sx={{ alignItems: stacked ? "stretch" : "center", color: "text.secondary" }}
    >
      {!stacked && icon}
      <Stack component="label" htmlFor={id} sx={stacked ? { typography: "body2" } : visuallyHidden}>
        {label}
      </Stack>
      <Select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {children}
      </Select>
    </Stack>
  );
}
