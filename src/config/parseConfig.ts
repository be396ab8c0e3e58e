import { configSchema, withSingleTenant, type AppConfig } from "./schema";
import type { MessageKey, MessageRef } from "../i18n";

export interface ConfigProblem {
  /** The config.json key at fault, or null when the file as a whole is at fault. */
  key: string | null;
  /** Translated when shown: config.json is read while the language's chunk is still on its way. */
  message: MessageRef;
}

export type ConfigResult = { ok: true; config: AppConfig } | { ok: false; problems: ConfigProblem[] };

/** The schema's own messages (schema.ts) are message keys; zod's built-in ones are English sentences. */
const isSchemaMessage = (value: string): value is MessageKey => value.startsWith("config.key.");

/**
 * Validates the parsed contents of config.json and names every bad key. `pageOrigin` is the origin of the page
 * that loaded it (settings that name a URL of the app itself must be on it).
 */
export function parseConfig(raw: unknown, pageOrigin: string): ConfigResult {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    return { ok: false, problems: [{ key: null, message: { id: "config.notObject" } }] };
  }
  const result = configSchema(pageOrigin).safeParse(raw);
  const problems: ConfigProblem[] = [];
  if (!result.success) {
    for (const issue of result.error.issues) {
      // A key unknown inside a setting's object ("demo": {"size": 5}): that setting is at fault.
      if (issue.code === "unrecognized_keys" && issue.path.length > 0) {
        const key = String(issue.path[0]);
        problems.push({ key, message: { id: `config.key.${key}` as MessageKey } });
        continue;
      }
      if (issue.code === "unrecognized_keys") {
        for (const key of issue.keys) problems.push({ key, message: { id: "config.key.unknown", values: { key } } });
        continue;
      }
      const key = String(issue.path[0] ?? "");
      const vars = issue.code === "custom" ? issue.params : undefined;
      problems.push({
        key,
        message: isSchemaMessage(issue.message)
          ? { id: issue.message, ...(vars ? { values: vars } : {}) }
          : { id: "config.key.type", values: { key, expected: issue.code } },
      });
    }
  }
  const rawDemo = (raw as { demo?: unknown }).demo;
  const demo = rawDemo === true || (typeof rawDemo === "object" && rawDemo !== null);
  const clientId = (raw as { clientId?: unknown }).clientId;
  if (!demo && clientId === undefined) {
    problems.push({ key: "clientId", message: { id: "config.key.clientId.required" } });
  }
  // The demo partner has its customers listed; discovery asks Entra ID and Graph for them.
  if (demo && (raw as { tenantDiscovery?: unknown }).tenantDiscovery !== undefined) {
    problems.push({ key: "tenantDiscovery", message: { id: "config.key.tenantDiscovery.demo" } });
  }
  if (problems.length > 0 || !result.success) return { ok: false, problems };
  const config = withSingleTenant(result.data);
  if (config === null)
    return { ok: false, problems: [{ key: "tenants", message: { id: "config.key.tenants.single" } }] };
  return { ok: true, config };
}
