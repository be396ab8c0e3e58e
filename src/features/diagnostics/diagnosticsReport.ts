import type { QueryClient } from "@tanstack/react-query";
import { BUILD_INFO } from "../../config/buildInfo";
import type { GraphCall } from "../../graph/callLog";
import type { GraphClient } from "../../graph/client";
import { GraphError } from "../../graph/GraphError";
import { t } from "../../i18n";
import { createAospIdForms, type AospIdForm } from "../../domain/profiles/aospIdForm";
import { profileKeys } from "../../domain/profiles/profileKeys";
import type { EnrollmentProfile, ListedProfile } from "../../domain/profile";
import {
  COLLECTIONS,
  COLLECTION_ORDER,
  KIND_ORDER,
  type ProfileCollection,
  type ProfileKindId,
} from "../../domain/profileKinds";

/** What the console has seen, for the report. */
export interface DiagnosticsSources {
  queryClient: QueryClient;
  calls: GraphClient["calls"];
  cloud: string;
  tenantId: string | null;
  userAgent: string;
  now: Date;
}

interface CollectionReport {
  collection: ProfileCollection;
  /** answered, failed, or not read (yet). */
  outcome: "answered" | "failed" | "notRead";
  status: number | null;
  requestId: string | null;
  pages: number | null;
  profiles: number | null;
}

interface MissingField {
  collection: ProfileCollection;
  /** The list's read, or a profile's read by id. */
  read: "list" | "byId";
  field: string;
  profiles: number;
}

/** What is in the report: counts, field names, kinds and request ids; never a token, a QR code, a name or a setting. */
export interface DiagnosticsReport {
  app: { version: string; builtAt: string };
  generatedAt: string;
  cloud: string;
  tenantId: string | null;
  browser: string;
  collections: CollectionReport[];
  profilesPerKind: Partial<Record<ProfileKindId, number>>;
  missingFields: MissingField[];
  /** How an AOSP profile's id is written in createToken and revokeToken, once a write found it. */
  aospIdForm: "AOSP-<id>" | "<id>" | null;
  graphCalls: {
    method: string;
    path: string;
    status: number;
    requestId: string | null;
    clientRequestId: string;
    at: string;
  }[];
}

const ID_FORM: Record<AospIdForm, DiagnosticsReport["aospIdForm"]> = { prefixed: "AOSP-<id>", bare: "<id>" };
const ACTIONS = new Set(["createToken", "revokeToken"]);

/** Fields Graph did not send at all (a null is an answer; an absent field is not), per field. */
function missing(profiles: readonly object[], fields: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const profile of profiles) {
    for (const field of fields) {
      if ((profile as Record<string, unknown>)[field] === undefined) counts.set(field, (counts.get(field) ?? 0) + 1);
    }
  }
  return counts;
}

/**
 * A call's path, with each profile id replaced by its kind (`{dedicated}`, `AOSP-{aospUserless}`; `{profile}`
 * when the list did not have it) and the query cut to the fields it selected: no id, name or paging token leaves.
 */
function redactedPath(url: string, kindOf: ReadonlyMap<string, ProfileKindId>): string {
  const parsed = new URL(url);
  const segments = parsed.pathname.split("/");
  const [, version, root, collection] = segments;
  const known = root === "deviceManagement" && (COLLECTION_ORDER as readonly string[]).includes(collection ?? "");
  const path = segments.slice(0, known ? 4 : 3);
  for (const segment of segments.slice(path.length)) {
    if (known && path.length === 4) {
      let id = segment;
      try {
        id = decodeURIComponent(segment);
      } catch {
        // Not an encoding the console makes: it is redacted all the same.
      }
      const bare = id.startsWith("AOSP-") && !kindOf.has(id) ? id.slice("AOSP-".length) : id;
      path.push(`${bare === id ? "" : "AOSP-"}{${kindOf.get(bare) ?? "profile"}}`);
    } else path.push(ACTIONS.has(segment) ? segment : "{…}");
  }
  const select = parsed.searchParams.get("$select");
  const query = [select ? `$select=${select}` : null, parsed.searchParams.has("$skiptoken") ? "$skiptoken=…" : null]
    .filter(Boolean)
    .join("&");
  return `/${version ?? ""}/${path.slice(2).join("/")}${query ? `?${query}` : ""}`;
}

export function collectDiagnostics({
  queryClient,
  calls,
  cloud,
  tenantId,
  userAgent,
  now,
}: DiagnosticsSources): DiagnosticsReport {
  const kindOf = new Map<string, ProfileKindId>();
  const perKind: Partial<Record<ProfileKindId, number>> = {};
  const missingFields: MissingField[] = [];
  const collections = COLLECTION_ORDER.map((collection): CollectionReport => {
    const state = queryClient.getQueryState<ListedProfile[]>(profileKeys.list(collection));
    const listed = state?.data ?? [];
    for (const profile of listed) {
      kindOf.set(profile.id, profile.kind);
      perKind[profile.kind] = (perKind[profile.kind] ?? 0) + 1;
    }
    for (const [field, profiles] of missing(listed, COLLECTIONS[collection].listFields)) {
      missingFields.push({ collection, read: "list", field, profiles });
    }
    const read = calls.lists().find((list) => list.path === `/deviceManagement/${collection}`);
    const error = state?.error instanceof GraphError ? state.error : null;
    return {
      collection,
      outcome: state?.status === "success" ? "answered" : state?.status === "error" ? "failed" : "notRead",
      status: read?.status ?? error?.status ?? null,
      requestId: read?.requestId ?? error?.requestId ?? null,
      pages: read?.pages ?? null,
      profiles: state?.status === "success" ? listed.length : null,
    };
  });
  for (const collection of COLLECTION_ORDER) {
    const read = queryClient
      .getQueriesData<EnrollmentProfile>({ queryKey: [...profileKeys.all, "detail", collection] })
      .flatMap(([, profile]) => (profile ? [profile] : []));
    for (const [field, profiles] of missing(read, COLLECTIONS[collection].detailFields)) {
      missingFields.push({ collection, read: "byId", field, profiles });
    }
  }
  const form = tenantId === null ? null : createAospIdForms(tenantId).known();
  return {
    app: { version: BUILD_INFO.version, builtAt: BUILD_INFO.builtAt },
    generatedAt: now.toISOString(),
    cloud,
    tenantId,
    browser: userAgent,
    collections,
    profilesPerKind: Object.fromEntries(
      KIND_ORDER.filter((kind) => perKind[kind]).map((kind) => [kind, perKind[kind]]),
    ),
    missingFields,
    aospIdForm: form ? ID_FORM[form] : null,
    graphCalls: calls.recent().map((call: GraphCall) => ({
      method: call.method,
      path: redactedPath(call.url, kindOf),
      status: call.status,
      requestId: call.requestId,
      clientRequestId: call.clientRequestId,
      at: call.at,
    })),
  };
}

/** The report as an admin pastes it into a ticket: a few lines to read, then everything as JSON. */
export function diagnosticsText(report: DiagnosticsReport): string {
  const collectionLine = (read: CollectionReport) =>
    read.outcome === "notRead"
      ? t("diagnostics.collection.notRead", { collection: read.collection })
      : t("diagnostics.collection", {
          collection: read.collection,
          status: read.status ?? "–",
          pages: read.pages ?? 0,
          requestId: read.requestId ?? "–",
        });
  const missingText = report.missingFields.map((m) => `${m.field} (${m.profiles})`).join(", ");
  const kinds = Object.entries(report.profilesPerKind).map(([kind, count]) => `${kind} ${count}`);
  return [
    t("diagnostics.title"),
    t("diagnostics.app", { version: report.app.version, built: report.app.builtAt, generated: report.generatedAt }),
    t("diagnostics.tenant", { cloud: report.cloud, tenant: report.tenantId ?? "–" }),
    t("diagnostics.browser", { browser: report.browser }),
    ...report.collections.map(collectionLine),
    t("diagnostics.kinds", { kinds: kinds.length ? kinds.join(", ") : "–" }),
    missingText ? t("diagnostics.missing", { fields: missingText }) : t("diagnostics.missing.none"),
    t("diagnostics.aospIdForm", { form: report.aospIdForm ?? t("diagnostics.aospIdForm.unknown") }),
    t("diagnostics.json", { count: report.graphCalls.length }),
    JSON.stringify(report, null, 2),
  ].join("\n");
}

/** The report for the clipboard. */
export const diagnostics = (sources: DiagnosticsSources) => diagnosticsText(collectDiagnostics(sources));
