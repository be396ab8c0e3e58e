/** The audit log's query keys: token writes make them stale (the write's event is in the log now). */
export const auditKeys = {
  all: ["audit-log"] as const,
  activityTypes: (category: string) => [...auditKeys.all, "activity-types", category] as const,
  profile: (collection: string, id: string) => [...auditKeys.all, "profile", collection, id] as const,
  recent: (since: string) => [...auditKeys.all, "recent", since] as const,
};
