import { useMutationState } from "@tanstack/react-query";
import Paper from "@mui/material/Paper";
import Typography from "@mui/material/Typography";
import { t } from "../../i18n";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { profileKeys } from "../../domain/profiles/profileKeys";
import type { ProfileRef } from "../../domain/profile";
import { PROFILE_KINDS } from "../../domain/profileKinds";

const sameKey = (a: readonly unknown[] | undefined, b: readonly unknown[]) =>
  a !== undefined && a.length === b.length && a.every((part, index) => part === b[index]);

/**
 * The selected profile is not (or no longer) in the tenant. When a token could not be created or revoked because
 * the profile was deleted meanwhile, that failure stays on screen, with its request-id, after the list no longer
 * shows it.
 */
export function MissingProfile({ selected }: { selected: ProfileRef | null }) {
  const kind = selected && PROFILE_KINDS[selected.kind];
  const create = selected && kind ? profileKeys.createToken(kind, selected.id) : null;
  const revoke = selected && kind ? profileKeys.revokeToken(kind, selected.id) : null;
  const failures = useMutationState({
    filters: {
      status: "error",
      predicate: (mutation) =>
        (create !== null && sameKey(mutation.options.mutationKey, create)) ||
        (revoke !== null && sameKey(mutation.options.mutationKey, revoke)),
    },
    select: (mutation) => ({
      error: mutation.state.error,
      revoke: revoke !== null && sameKey(mutation.options.mutationKey, revoke),
      at: mutation.state.submittedAt,
    }),
  });
  const failure = failures.toSorted((a, b) => a.at - b.at).at(-1);
  if (failure) {
    return failure.revoke ? (
      <ErrorAlert title={t("revoke.error.title")} error={failure.error} context="revoke" />
    ) : (
      <ErrorAlert title={t("create.error.title")} error={failure.error} context="create" />
    );
  }
  return (
    <Paper variant="outlined" sx={{ p: 3 }}>
      <Typography color="text.secondary">{t("profiles.notFound")}</Typography>
    </Paper>
  );
}
