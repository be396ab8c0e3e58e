import * as z from "zod/mini";
import type { MessageKey } from "../i18n";

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DOMAIN = /^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

function isRedirectUri(value: string): boolean {
  try {
    const url = new URL(value);
    const local = url.hostname === "localhost" || url.hostname === "127.0.0.1";
    return url.protocol === "https:" || (url.protocol === "http:" && local);
  } catch {
    return false;
  }
}

/** Each error message is an i18n key, so the config screen can say what is wrong in the user's language. */
const message = (key: MessageKey) => ({ error: key });

export const configSchema = z.strictObject({
  clientId: z.optional(
    z.string(message("config.key.clientId.guid")).check(z.regex(GUID, message("config.key.clientId.guid"))),
  ),
  tenantId: z._default(
    z
      .string(message("config.key.tenantId"))
      .check(z.refine((v) => v === "organizations" || GUID.test(v) || DOMAIN.test(v), message("config.key.tenantId"))),
    "organizations",
  ),
  cloud: z._default(z.literal("global", message("config.key.cloud")), "global"),
  redirectUri: z.optional(
    z.string(message("config.key.redirectUri")).check(z.refine(isRedirectUri, message("config.key.redirectUri"))),
  ),
  demo: z._default(z.boolean(message("config.key.demo")), false),
});

export type AppConfig = z.infer<typeof configSchema>;
