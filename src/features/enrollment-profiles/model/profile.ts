import type { AndroidForWorkEnrollmentProfile } from "@microsoft/microsoft-graph-types-beta";

/** A profile as Graph returns it; `id` is the key and always present. */
export type EnrollmentProfile = AndroidForWorkEnrollmentProfile & { id: string };
