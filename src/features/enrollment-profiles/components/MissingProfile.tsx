import { useMutationState } from "@tanstack/react-query";
import Paper from "@mui/material/Paper";
import Typography from "@mui/material/Typography";
import { t } from "../../../i18n";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { profileKeys } from "../api/profileKeys";
import type { ProfileRef } from "../model/profile";
import { PROFILE_KINDS } from "../model/profileKinds";

/**
 * The selected profile is not (or no longer) in the tenant. When a token could not be created because it was
 * deleted meanwhile, that failure stays on screen, with its request-id, after the list no longer shows it.
 */
export function MissingProfile({ selected }: { selected: ProfileRef | null }) {
  const failures = useMutationState({
    filters: {
      mutationKey: selected ? profileKeys.createToken(PROFILE_KINDS[selected.kind], selected.id) : ["none"],
      status: "error",
    },
    select: (mutation) => mutation.state.error,
  });
  const failure = selected ? failures.at(-1) : undefined;
  if (failure) return <ErrorAlert title={t("create.error.title")} error={failure} context="create" />;
  return (
    <Paper variant="outlined" sx={{ p: 3 }}>
      <Typography color="text.secondary">{t("profiles.notFound")}</Typography>
    </Paper>
  );
}
