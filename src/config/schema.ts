import * as z from "zod/mini";
import type { MessageKey } from "../i18n";
import { CLOUD_NAMES } from "./clouds";

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DOMAIN = /^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

function parseUrl(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/** https, or http on this machine (Entra accepts http only for localhost). */
function isSecureUrl(url: URL | null): url is URL {
  if (!url) return false;
  const local = url.hostname === "localhost" || url.hostname === "127.0.0.1";
  return url.protocol === "https:" || (url.protocol === "http:" && local);
}

const isRedirectUri = (value: string) => isSecureUrl(parseUrl(value));
/** An origin only: scheme, host and port, nothing after it ("https://portal.contoso.com"). */
const isOrigin = (value: string) => {
  const url = parseUrl(value);
  return isSecureUrl(url) && url.origin === value.replace(/\/$/, "");
};

/** The largest generated demo tenant ("demo": {"profiles": N}). */
export const MAX_DEMO_PROFILES = 20_000;
/** The largest demo partner ("demo": {"tenants": N}): customer tenants of a managed-service provider. */
export const MAX_DEMO_TENANTS = 200;
/** The largest generated customer of the demo partner ("demo": {"tenants": N, "profiles": P}). */
export const MAX_DEMO_CUSTOMER_PROFILES = 1_000;
/** A tenant's display name in the picker. */
const MAX_TENANT_NAME = 120;

const isTenantId = (value: string) => GUID.test(value) || DOMAIN.test(value);
const sameIds = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * Bulk renewal's pace. Intune allows 100 writes per 20 s per app and tenant, shared by every tool that writes to the
 * tenant: the console takes 40 by default and never more than 80.
 */
export const DEFAULT_BULK_WRITES_PER_20S = 40;
export const MAX_BULK_WRITES_PER_20S = 80;

/** Each error message is an i18n key, so the config screen can say what is wrong in the user's language. */
const message = (key: MessageKey) => ({ error: key });

/**
 * The schema of config.json for a page on `pageOrigin` (scheme, host and port of the page that loads it): the
 * redirect bridge must be a page of the app's own origin, where MSAL's cache and the sign-in response live.
 */
export const configSchema = (pageOrigin: string) =>
  z.strictObject({
    clientId: z.optional(
      z.string(message("config.key.clientId.guid")).check(z.regex(GUID, message("config.key.clientId.guid"))),
    ),
    tenantId: z._default(
      z
        .string(message("config.key.tenantId"))
        .check(z.refine((v) => v === "organizations" || isTenantId(v), message("config.key.tenantId"))),
      "organizations",
    ),
    // The tenants to work in (a managed-service provider's customers); fewer than two: the signed-in tenant only.
    tenants: z.optional(
      z
        .array(
          z.strictObject(
            {
              id: z.string(message("config.key.tenants")).check(z.refine(isTenantId, message("config.key.tenants"))),
              name: z
                .string(message("config.key.tenants"))
                .check(
                  z.trim(),
                  z.minLength(1, message("config.key.tenants")),
                  z.maxLength(MAX_TENANT_NAME, message("config.key.tenants")),
                ),
            },
            message("config.key.tenants"),
          ),
          message("config.key.tenants"),
        )
        .check(
          z.minLength(1, message("config.key.tenants")),
          z.refine(
            (tenants) => tenants.every((a, i) => tenants.findIndex((b) => sameIds(a.id, b.id)) === i),
            message("config.key.tenants.duplicate"),
          ),
        ),
    ),
    // "gdap": the signed-in partner's customers can be listed and worked in too (GDAP discovery, "Many tenants").
    tenantDiscovery: z.optional(z.literal("gdap", message("config.key.tenantDiscovery"))),
    cloud: z._default(z.enum(CLOUD_NAMES, message("config.key.cloud")), "global"),
    redirectUri: z.optional(
      z.string(message("config.key.redirectUri")).check(
        z.refine(isRedirectUri, { ...message("config.key.redirectUri"), abort: true }),
        z.refine((value) => parseUrl(value)?.origin === pageOrigin, {
          ...message("config.key.redirectUri.origin"),
          params: { origin: pageOrigin },
        }),
      ),
    ),
    demo: z._default(
      z.union(
        [
          z.boolean(),
          z.strictObject({
            profiles: z
              .int(message("config.key.demo"))
              .check(
                z.minimum(1, message("config.key.demo")),
                z.maximum(MAX_DEMO_PROFILES, message("config.key.demo")),
              ),
          }),
          z.strictObject({
            tenants: z
              .int(message("config.key.demo"))
              .check(z.minimum(2, message("config.key.demo")), z.maximum(MAX_DEMO_TENANTS, message("config.key.demo"))),
            profiles: z.optional(
              z
                .int(message("config.key.demo"))
                .check(
                  z.minimum(1, message("config.key.demo")),
                  z.maximum(MAX_DEMO_CUSTOMER_PROFILES, message("config.key.demo")),
                ),
            ),
          }),
        ],
        message("config.key.demo"),
      ),
      false,
    ),
    bulkWritesPer20s: z._default(
      z
        .int(message("config.key.bulkWritesPer20s"))
        .check(
          z.minimum(1, message("config.key.bulkWritesPer20s")),
          z.maximum(MAX_BULK_WRITES_PER_20S, message("config.key.bulkWritesPer20s")),
        ),
      DEFAULT_BULK_WRITES_PER_20S,
    ),
    portalOrigins: z._default(
      z.array(
        z.string(message("config.key.portalOrigins")).check(z.refine(isOrigin, message("config.key.portalOrigins"))),
        message("config.key.portalOrigins"),
      ),
      [],
    ),
  });

export type AppConfig = z.infer<ReturnType<typeof configSchema>>;

/** The demo tenant's size: null for the hand-written dozen, a count for a generated tenant, false when off. */
export const demoProfiles = (config: AppConfig): number | null | false =>
  config.demo === false ? false : config.demo === true || "tenants" in config.demo ? null : config.demo.profiles;

/**
 * The demo partner ("demo": {"tenants": N, "profiles": P}): N customers of P generated profiles each (null: 3 to 60
 * each), or null for the single demo tenant.
 */
export const demoPartnerOf = (config: AppConfig): { customers: number; profiles: number | null } | null =>
  typeof config.demo === "object" && "tenants" in config.demo
    ? { customers: config.demo.tenants, profiles: config.demo.profiles ?? null }
    : null;

/**
 * One tenant listed is the tenant the admin works in, exactly as `tenantId` (so no picker, the same requests):
 * it becomes tenantId, unless tenantId names another tenant, which is a contradiction (null). With GDAP discovery
 * the admin signs in to the partner's tenant and works in the listed one besides: it stays listed.
 */
export function withSingleTenant(config: AppConfig): AppConfig | null {
  const [only, ...others] = config.tenants ?? [];
  if (!only || others.length > 0 || config.tenantDiscovery !== undefined) return config;
  if (config.tenantId === "organizations") return { ...config, tenantId: only.id };
  return sameIds(config.tenantId, only.id) ? config : null;
}
