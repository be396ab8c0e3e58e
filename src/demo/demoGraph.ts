import { COLLECTIONS, PROFILE_KINDS, kindOf, tokenRuleOf, type ProfileCollection } from "../features/enrollment-profiles/model/profileKinds";
import { ruleBounds } from "../features/enrollment-profiles/model/validity";
import { NO_TOKEN, issueToken, seedProfiles, type DemoProfile } from "./tenantData";
import { demoQrCode } from "./demoQrCode";

export const DEMO_GRAPH_HOST = "https://graph.microsoft.com";
const PAGE_SIZE = 5;
const LARGE_PAGE_SIZE = 500;

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

/** Intune's way of refusing a request: its own JSON document inside Graph's error message. */
const intuneMessage = (message: string) =>
  JSON.stringify({ _version: 3, Message: `${message} - Operation ID (for customer support): ${crypto.randomUUID()}` });

/** The fields a $select asks for; without one, every field but the kind the demo keeps for itself. */
function select(profile: DemoProfile, fields: string | null): Record<string, unknown> {
  const wanted = fields ? new Set(fields.split(",")) : null;
  return Object.fromEntries(
    Object.entries(profile).filter(([key]) => key !== "kind" && (wanted === null || wanted.has(key))),
  );
}

const isAosp = (profile: DemoProfile) => profile.kind === "aospUserless" || profile.kind === "aospUserAssociated";

/**
 * An in-browser Microsoft Graph for the demo tenant: both collections at the same URLs as the real service, with
 * paging, $select, status codes and Intune-style error bodies, a little latency, and createToken that enforces each
 * kind's validity and really replaces the token. `profileCount` builds a large generated tenant instead of the
 * dozen hand-written profiles.
 */
export function createDemoGraphFetch(
  { profileCount = null, latencyMs = () => 250 + Math.random() * 350 }: {
    profileCount?: number | null;
    latencyMs?: () => number;
  } = {},
): typeof fetch {
  const profiles = seedProfiles(profileCount);
  const pageSize = profileCount === null ? PAGE_SIZE : LARGE_PAGE_SIZE;
  const inCollection = (collection: ProfileCollection) =>
    profiles.filter((profile) => PROFILE_KINDS[profile.kind].collection === collection);

  return async (input, init) => {
    await new Promise((resolve) => setTimeout(resolve, latencyMs()));
    const url = new URL(input instanceof Request ? input.url : String(input));
    const method = init?.method ?? "GET";
    const headers = new Headers(init?.headers);
    const clientRequestId = headers.get("client-request-id");
    if (!headers.get("Authorization")?.startsWith("Bearer ")) {
      return graphError(401, "InvalidAuthenticationToken", "Access token is empty.", clientRequestId);
    }
    const match = /^\/beta\/deviceManagement\/([^/]+?)(?:\/([^/]+))?(?:\/(createToken|revokeToken))?$/.exec(
      url.pathname,
    );
    const collection = match?.[1] as ProfileCollection | undefined;
    if (!match || !collection || !Object.hasOwn(COLLECTIONS, collection)) {
      const segment = decodeURIComponent(url.pathname.split("/").pop() ?? "");
      return graphError(400, "BadRequest", `Resource not found for the segment '${segment}'.`, clientRequestId);
    }
    const fields = url.searchParams.get("$select");

    if (method === "GET" && match[2] === undefined) {
      const all = inCollection(collection);
      const skip = Number(url.searchParams.get("$skiptoken") ?? "0");
      // Like the real list, AOSP profiles come without their token fields: details need a read by id.
      const page = all.slice(skip, skip + pageSize).map((profile) =>
        select(isAosp(profile) ? { ...profile, tokenValue: null, qrCodeContent: null } : profile, fields),
      );
      const next = new URL(url);
      next.searchParams.set("$skiptoken", String(skip + pageSize));
      return json(200, {
        "@odata.context": `${DEMO_GRAPH_HOST}/beta/$metadata#deviceManagement/${collection}`,
        value: page,
        ...(skip + pageSize < all.length ? { "@odata.nextLink": next.href } : {}),
      });
    }

    const id = decodeURIComponent(match[2] ?? "");
    const profile = inCollection(collection).find((candidate) => candidate.id === id);
    if (!profile) {
      return graphError(404, "ResourceNotFound", `Resource not found for the segment '${id}'.`, clientRequestId);
    }
    if (method === "GET" && !match[3]) {
      const qrCodeImage = profile.tokenValue ? demoQrCode(profile.tokenValue) : null;
      return json(200, select({ ...profile, qrCodeImage }, fields));
    }
    if (method === "POST" && match[3] === "createToken") {
      const body = JSON.parse(String(init?.body ?? "{}")) as { tokenValidityInSeconds?: unknown };
      const seconds = body.tokenValidityInSeconds;
      const rule = tokenRuleOf(kindOf(collection, profile), profile);
      const { minSeconds, maxSeconds } = ruleBounds(rule);
      if (typeof seconds !== "number" || !Number.isInteger(seconds) || seconds <= 0 || seconds > 2_147_483_647) {
        return graphError(400, "BadRequest", intuneMessage("tokenValidityInSeconds must be a positive Int32."), clientRequestId);
      }
      if (seconds < Math.min(minSeconds, 3_600) || seconds > maxSeconds) {
        return graphError(
          400,
          "BadRequest",
          intuneMessage(`Token validity must be between 3600 and ${maxSeconds} seconds for this profile.`),
          clientRequestId,
        );
      }
      issueToken(profile, rule.expires ? new Date(Date.now() + seconds * 1000) : null);
      return new Response(null, { status: 204, headers: { "request-id": crypto.randomUUID() } });
    }
    if (method === "POST" && match[3] === "revokeToken") {
      profile.tokenValue = null;
      profile.qrCodeContent = null;
      profile.tokenExpirationDateTime = NO_TOKEN;
      if (profile.tokenCreationDateTime) profile.tokenCreationDateTime = NO_TOKEN;
      profile.lastModifiedDateTime = new Date().toISOString();
      return new Response(null, { status: 204, headers: { "request-id": crypto.randomUUID() } });
    }
    return graphError(405, "BadRequest", "No HTTP resource was found that matches the request URI.", clientRequestId);
  };
}
