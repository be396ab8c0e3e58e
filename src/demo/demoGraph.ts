import type { EnrollmentProfile } from "../features/enrollment-profiles/model/profile";
import { newTokenValue, seedProfiles } from "./tenantData";
import { demoQrCode } from "./demoQrCode";

export const DEMO_GRAPH_HOST = "https://graph.microsoft.com";
const COLLECTION = "/beta/deviceManagement/androidForWorkEnrollmentProfiles";
const PAGE_SIZE = 5;

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json", "request-id": crypto.randomUUID() },
  });

function graphError(status: number, code: string, message: string, clientRequestId: string | null) {
  return json(status, {
    error: {
      code,
      message,
      innerError: {
        date: new Date().toISOString().slice(0, 19),
        "request-id": crypto.randomUUID(),
        "client-request-id": clientRequestId,
      },
    },
  });
}

function select(profile: EnrollmentProfile, fields: string | null): Partial<EnrollmentProfile> {
  if (!fields) return profile;
  const wanted = new Set(fields.split(","));
  return Object.fromEntries(Object.entries(profile).filter(([key]) => wanted.has(key)));
}

/**
 * An in-browser Microsoft Graph for the demo tenant: the same URLs, paging, status codes and error bodies
 * as the real service, a little latency, and a createToken that really replaces the token and its expiry.
 */
export function createDemoGraphFetch(latencyMs: () => number = () => 250 + Math.random() * 350): typeof fetch {
  const profiles = seedProfiles();

  return async (input, init) => {
    await new Promise((resolve) => setTimeout(resolve, latencyMs()));
    const url = new URL(input instanceof Request ? input.url : String(input));
    const method = init?.method ?? "GET";
    const headers = new Headers(init?.headers);
    const clientRequestId = headers.get("client-request-id");
    if (!headers.get("Authorization")?.startsWith("Bearer ")) {
      return graphError(401, "InvalidAuthenticationToken", "Access token is empty.", clientRequestId);
    }
    const path = decodeURIComponent(url.pathname);

    if (method === "GET" && path === COLLECTION) {
      const skip = Number(url.searchParams.get("$skiptoken") ?? "0");
      const page = profiles.slice(skip, skip + PAGE_SIZE).map((p) => select(p, url.searchParams.get("$select")));
      const next = new URL(url);
      next.searchParams.set("$skiptoken", String(skip + PAGE_SIZE));
      return json(200, {
        "@odata.context": `${DEMO_GRAPH_HOST}/beta/$metadata#deviceManagement/androidForWorkEnrollmentProfiles`,
        value: page,
        ...(skip + PAGE_SIZE < profiles.length ? { "@odata.nextLink": next.href } : {}),
      });
    }

    const match = /^\/beta\/deviceManagement\/androidForWorkEnrollmentProfiles\/([^/]+)(\/createToken)?$/.exec(
      url.pathname,
    );
    const profile = match && profiles.find((p) => p.id === decodeURIComponent(match[1] ?? ""));
    if (!match || !profile) {
      return graphError(
        404,
        "ResourceNotFound",
        `Resource not found for the segment '${path.split("/").pop()}'.`,
        clientRequestId,
      );
    }
    if (method === "GET" && !match[2]) return json(200, profile);
    if (method === "POST" && match[2]) {
      const body = JSON.parse(String(init?.body ?? "{}")) as { tokenValidityInSeconds?: unknown };
      const seconds = body.tokenValidityInSeconds;
      if (typeof seconds !== "number" || !Number.isInteger(seconds) || seconds <= 0 || seconds > 2_147_483_647) {
        return graphError(400, "BadRequest", "tokenValidityInSeconds must be a positive Int32.", clientRequestId);
      }
      profile.tokenValue = newTokenValue();
      profile.qrCodeImage = demoQrCode(profile.tokenValue);
      profile.tokenExpirationDateTime = new Date(Date.now() + seconds * 1000).toISOString();
      profile.lastModifiedDateTime = new Date().toISOString();
      return new Response(null, { status: 204, headers: { "request-id": crypto.randomUUID() } });
    }
    return graphError(405, "BadRequest", `No HTTP resource was found that matches the request URI.`, clientRequestId);
  };
}
