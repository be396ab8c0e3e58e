import { useTokenActivityTypes } from "../../queries/auditLog";
import type { TokenActivity } from "../../domain/audit/tokenActivity";
import { lacksAuditAccess } from "./AuditAccess";

/**
 * The tenant's token activity types (getAuditActivityTypes). The function is not documented: when it fails for any
 * reason but access, the events are still shown, their activities as Intune writes them.
 */
export function useKnownActivities(): {
  known: ReadonlyMap<string, TokenActivity> | null;
  accessError: unknown;
  retry: () => void;
} {
  const types = useTokenActivityTypes();
  const noAccess = types.isError && lacksAuditAccess(types.error);
  return {
    known: types.data ?? (types.isError && !noAccess ? NONE : null),
    accessError: noAccess ? types.error : null,
    retry: () => void types.refetch(),
  };
}

const NONE: ReadonlyMap<string, TokenActivity> = new Map();
