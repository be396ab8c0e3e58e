import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useGraphPermissions } from "../graph/GraphContext";
import { keepableEvent, type AuditEvent } from "../domain/audit/auditEvent";
import { auditKeys } from "../domain/audit/auditKeys";
import {
  ENROLLMENT_CATEGORY,
  activityTypesPath,
  auditEventsPath,
  profileHistoryFilter,
  recentTokenActivityFilter,
} from "../domain/audit/auditQuery";
import { tokenActivityTypes } from "../domain/audit/tokenActivity";
import type { ProfileKind } from "../domain/profileKinds";

/** Graph with the audit log's permission (DeviceManagementApps.Read.All), asked for only from the admin's click. */
const useAuditGraph = () => useGraphPermissions().clientWith("auditLog");

export interface AuditPage {
  events: AuditEvent[];
  nextLink: string | null;
}

/** The tenant's token activity types (Enrollment category), by what each did: read once per tenant and session. */
export function useTokenActivityTypes() {
  const graph = useAuditGraph();
  return useQuery({
    queryKey: auditKeys.activityTypes(ENROLLMENT_CATEGORY),
    queryFn: async ({ signal }) => {
      const body = await graph.request<{ value?: unknown[] }>(activityTypesPath(ENROLLMENT_CATEGORY), { signal });
      const types = (body?.value ?? []).filter((type): type is string => typeof type === "string");
      return tokenActivityTypes(types);
    },
    staleTime: Infinity,
  });
}

/** Pages of events matching `filter` (null: nothing to ask for), newest first, a page more on each fetchNextPage. */
function useAuditPages(queryKey: readonly unknown[], filter: string | null) {
  const graph = useAuditGraph();
  return useInfiniteQuery({
    queryKey,
    queryFn: async ({ pageParam, signal }): Promise<AuditPage> => {
      const page = await graph.page<unknown>(
        pageParam === null ? auditEventsPath(filter!) : { nextLink: pageParam },
        signal,
      );
      return { events: page.value.map(keepableEvent), nextLink: page.nextLink };
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextLink,
    enabled: filter !== null,
  });
}

/** One profile's events in Intune's audit log (both id forms of an AOSP profile), newest first. */
export const useProfileHistory = (kind: ProfileKind, id: string) =>
  useAuditPages(auditKeys.profile(kind.collection, id), profileHistoryFilter(kind, id));

/** Events of the tenant's token activity per page, when all of it is read. */
const RECENT_PAGE_SIZE = 100;

/**
 * The tenant's token events since `since` (a day's start, so the key holds all day), newest first, every page:
 * filtered and exported whole. Waits for the activity types (null until then), and asks for nothing when the tenant
 * lists no token activity.
 */
export function useRecentTokenActivity(since: Date, tokenTypes: readonly string[] | null) {
  const graph = useAuditGraph();
  const filter = tokenTypes === null ? null : recentTokenActivityFilter(since, tokenTypes);
  return useQuery({
    queryKey: [...auditKeys.recent(since.toISOString()), filter],
    queryFn: async ({ signal }) =>
      (await graph.list<unknown>(auditEventsPath(filter!, RECENT_PAGE_SIZE), signal)).map(keepableEvent),
    enabled: filter !== null,
  });
}
