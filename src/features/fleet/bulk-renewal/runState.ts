import * as z from "zod/mini";
import { AuthFailure, type AuthFailureKind } from "../../../auth/AuthFailure";
import { GraphError } from "../../../graph/GraphError";
import { isProfileKindId, type ProfileKindId } from "../../../domain/profileKinds";
import type { WriteReceipt } from "../../../domain/profiles/tokenAction";

export type { WriteReceipt };

/**
 * pending: not sent yet (or throttled, waiting its turn again); sending: its POST is out; done: 204;
 * failed: Graph or sign-in said no; interrupted: the page was reloaded while its POST was out, so the token may or
 * may not have been created, and it is not sent again on its own; skipped: read again before a resumed send, it had
 * a token newer than the run (another tab, another admin, or a request that was cut off), so it was not sent.
 */
export type ItemStatus = "pending" | "sending" | "done" | "failed" | "interrupted" | "skipped";

/** Why an item failed, in a form that survives session storage and becomes the original error again. */
export type StoredFailure =
  | {
      type: "graph";
      status: number;
      code: string;
      graphMessage: string | null;
      requestId: string | null;
      clientRequestId: string;
      date: string | null;
      retryAfterSeconds: number | null;
    }
  | { type: "auth"; kind: AuthFailureKind; code: string }
  | { type: "other"; message: string };

export interface RunItem {
  /** profileKey(): unique across both collections. */
  key: string;
  kind: ProfileKindId;
  id: string;
  name: string | null;
  devices: number;
  /** The profile's enrollmentTokenType (a staging token follows its own rule). */
  tokenType: string | null;
  /** What createToken is sent for this profile: the chosen validity fitted to its kind. */
  seconds: number;
  /**
   * The profile's token when the run was planned, as the list showed it: a resumed send reads the profile again and
   * skips it if its token is newer (renewedMeanwhile).
   */
  planned: PlannedToken;
  status: ItemStatus;
  /** How often Intune answered 429 for it (a throttled request is not executed). */
  throttled: number;
  failure: StoredFailure | null;
  /** Graph's answer to its createToken, once done (for the run's report); absent in a run stored before. */
  receipt?: WriteReceipt | null;
}

/** The token dates of a profile as the list showed them when the run was planned (Graph's strings). */
export interface PlannedToken {
  tokenCreationDateTime: string | null;
  tokenExpirationDateTime: string | null;
}

/** Whose run it is: only this account, in this tenant, with this app registration, may see or send it. */
export interface RunOwner {
  /** MSAL's home account id (object id and tenant id). */
  accountId: string;
  tenantId: string;
  clientId: string;
}

export const sameOwner = (a: RunOwner, b: RunOwner) =>
  a.accountId === b.accountId && a.tenantId === b.tenantId && a.clientId === b.clientId;

export interface RunState {
  version: 2;
  id: string;
  startedAt: number;
  /** The validity the admin chose for the whole selection. */
  chosenSeconds: number;
  items: RunItem[];
  /** The admin pressed Cancel: nothing new is sent until Resume. */
  cancelled: boolean;
  owner: RunOwner;
  /**
   * The 429 that stopped the run, and until when (ms since the epoch) Intune asked to wait: longer than the console
   * sits out on its own (Retry-After). Nothing new is sent until Resume.
   */
  stoppedBy: { failure: StoredFailure; until: number } | null;
}

export function toStoredFailure(error: unknown): StoredFailure {
  if (error instanceof GraphError) {
    const { status, code, graphMessage, requestId, clientRequestId, date, retryAfterSeconds } = error;
    return { type: "graph", status, code, graphMessage, requestId, clientRequestId, date, retryAfterSeconds };
  }
  if (error instanceof AuthFailure) return { type: "auth", kind: error.kind, code: error.code };
  return { type: "other", message: error instanceof Error ? error.message : String(error) };
}

/** The failure as the error it was, for the app's error table (describeError). */
export function fromStoredFailure(failure: StoredFailure): Error {
  if (failure.type === "graph") return new GraphError(failure);
  if (failure.type === "auth") return new AuthFailure(failure.kind, failure.code);
  return new Error(failure.message);
}

const graphFailureFacts = {
  type: z.literal("graph"),
  status: z.number(),
  code: z.string(),
  requestId: z.nullable(z.string()),
  clientRequestId: z.string(),
  date: z.nullable(z.string()),
  retryAfterSeconds: z.nullable(z.number()),
};

/**
 * A Graph failure stored by a version before GraphError spoke no language: Graph's message (or, without one, the
 * words for an unknown error in the language of the day) was `message`; it becomes `graphMessage`, so a run kept
 * across the upgrade still resumes.
 */
const earlierGraphFailure = z.pipe(
  z.object({ ...graphFailureFacts, message: z.string() }),
  z.transform(({ message, ...facts }) => ({ ...facts, graphMessage: message })),
);

const failureSchema = z.union([
  z.object({ ...graphFailureFacts, graphMessage: z.nullable(z.string()) }),
  earlierGraphFailure,
  z.object({
    type: z.literal("auth"),
    kind: z.enum([
      "popup-blocked",
      "cancelled",
      "consent-required",
      "interaction-required",
      "timed-out",
      "in-progress",
      "other-account",
      "unknown",
    ]),
    code: z.string(),
  }),
  z.object({ type: z.literal("other"), message: z.string() }),
]);

const itemSchema = z.object({
  key: z.string(),
  kind: z.string().check(z.refine(isProfileKindId)),
  id: z.string().check(z.minLength(1)),
  name: z.nullable(z.string()),
  devices: z.number(),
  tokenType: z.nullable(z.string()),
  seconds: z.int().check(z.positive()),
  planned: z.object({
    tokenCreationDateTime: z.nullable(z.string()),
    tokenExpirationDateTime: z.nullable(z.string()),
  }),
  status: z.enum(["pending", "sending", "done", "failed", "interrupted", "skipped"]),
  throttled: z.int(),
  failure: z.nullable(failureSchema),
  receipt: z.optional(z.nullable(z.object({ requestId: z.nullable(z.string()), at: z.string() }))),
});

/** A stored run, checked (and a failure of an earlier version's taken over). */
export const runStateSchema = z.object({
  version: z.literal(2),
  id: z.string(),
  startedAt: z.number(),
  chosenSeconds: z.number(),
  items: z.array(itemSchema),
  cancelled: z.boolean(),
  owner: z.object({ accountId: z.string(), tenantId: z.string(), clientId: z.string() }),
  stoppedBy: z.nullable(z.object({ failure: failureSchema, until: z.number() })),
});

export interface RunCounts {
  total: number;
  done: number;
  failed: number;
  interrupted: number;
  sending: number;
  /** Not sent: their token was renewed meanwhile. */
  skipped: number;
  /** Not sent yet. */
  left: number;
}

export function countItems(items: readonly RunItem[]): RunCounts {
  const counts: RunCounts = {
    total: items.length,
    done: 0,
    failed: 0,
    interrupted: 0,
    sending: 0,
    skipped: 0,
    left: 0,
  };
  for (const item of items) {
    if (item.status === "done") counts.done += 1;
    else if (item.status === "failed") counts.failed += 1;
    else if (item.status === "interrupted") counts.interrupted += 1;
    else if (item.status === "sending") counts.sending += 1;
    else if (item.status === "skipped") counts.skipped += 1;
    else counts.left += 1;
  }
  return counts;
}
