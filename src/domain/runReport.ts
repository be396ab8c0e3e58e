import { formatDateTime, t } from "../i18n";
import { csvDocument } from "./csv";
import { PROFILE_KINDS, tokenRuleOf, type ProfileKindId } from "./profileKinds";
import type { WriteReceipt } from "./profiles/tokenAction";
import { realDate, tokenState, type TokenDates } from "./tokenState";
import { kindText } from "./words/kindText";
import { profileName } from "./words/profileName";

/**
 * One write of a run as its report needs it: a bulk run's item (its plan, status, receipt and failure), or a single
 * create, replace or revoke. Never a token: nothing here carries one.
 */
export interface ReportedWrite {
  kind: ProfileKindId;
  id: string;
  name: string | null;
  tokenType: string | null;
  action: "createToken" | "revokeToken";
  /** The token's dates before the write, as Graph sent them. */
  before: TokenDates;
  /** The token's dates read again after the write, where they were (a single write); otherwise worked out. */
  after?: TokenDates | null;
  /** The validity createToken was sent with; null for a revoke. */
  seconds: number | null;
  /** pending, sending, done, failed, interrupted, skipped (a bulk run's statuses; a single write is done or failed). */
  status: "pending" | "sending" | "done" | "failed" | "interrupted" | "skipped";
  receipt: WriteReceipt | null | undefined;
  failure: { requestId: string | null; message: string | null } | null;
}

export interface RunReportInput {
  /** When the run (or the single write) started. */
  startedAt: Date;
  /** Who ran it: the signed-in account's user name. */
  by: string;
  tenant: { id: string; name: string | null };
  writes: readonly ReportedWrite[];
}

/** An expiry in a report: an ISO 8601 instant, or what stands for none. */
type Expiry = { at: Date } | { word: "doesNotExpire" | "none" | "unknown" };

const expiryOf = (kind: ProfileKindId, tokenType: string | null, dates: TokenDates, now: Date): Expiry => {
  const state = tokenState(dates, tokenRuleOf(PROFILE_KINDS[kind], { enrollmentTokenType: tokenType }), now);
  if ("expiresAt" in state) return { at: state.expiresAt };
  return { word: state.kind === "doesNotExpire" ? "doesNotExpire" : state.kind === "none" ? "none" : "unknown" };
};

/**
 * The token after a write that was done: none after a revoke; after a create, the validity sent counted from
 * Graph's answer (inferred: Intune counts it from when it ran the request, seconds before), or none that expires.
 */
function newExpiry(write: ReportedWrite, now: Date): Expiry | null {
  if (write.status !== "done") return null;
  if (write.after) return expiryOf(write.kind, write.tokenType, write.after, now);
  if (write.action === "revokeToken") return { word: "none" };
  const rule = tokenRuleOf(PROFILE_KINDS[write.kind], { enrollmentTokenType: write.tokenType });
  const at = realDate(write.receipt?.at);
  if (!rule.expires) return { word: "doesNotExpire" };
  return at && write.seconds !== null ? { at: new Date(at.getTime() + write.seconds * 1000) } : { word: "unknown" };
}

const EXPIRY_WORD = {
  doesNotExpire: "report.expiry.doesNotExpire",
  none: "report.expiry.none",
  unknown: "report.expiry.unknown",
} as const;

const expiryText = (expiry: Expiry | null) =>
  expiry === null ? "" : "at" in expiry ? expiry.at.toISOString() : t(EXPIRY_WORD[expiry.word]);

const STATUS_WORD = {
  pending: "report.status.pending",
  sending: "report.status.sending",
  done: "report.status.done",
  failed: "report.status.failed",
  interrupted: "report.status.interrupted",
  skipped: "report.status.skipped",
} as const;

/** One line of the report, in words and ISO 8601 dates. */
export interface RunReportLine {
  profile: string;
  profileId: string;
  kind: string;
  action: string;
  oldExpiry: string;
  newExpiry: string;
  result: string;
  requestId: string;
  message: string;
}

export function runReportLines({ startedAt, writes }: RunReportInput): RunReportLine[] {
  return writes.map((write) => ({
    profile: profileName({ displayName: write.name }),
    profileId: write.id,
    kind: kindText(write.kind, { enrollmentTokenType: write.tokenType }),
    action: write.action === "createToken" ? t("report.action.createToken") : t("report.action.revokeToken"),
    oldExpiry: expiryText(expiryOf(write.kind, write.tokenType, write.before, startedAt)),
    newExpiry: expiryText(newExpiry(write, startedAt)),
    result: t(STATUS_WORD[write.status]),
    requestId: write.receipt?.requestId ?? write.failure?.requestId ?? "",
    message: write.failure?.message ?? "",
  }));
}

export const runReportHeaders = () =>
  [
    t("report.csv.startedUtc"),
    t("report.csv.startedLocal"),
    t("report.csv.by"),
    t("report.csv.tenant"),
    t("report.csv.tenantId"),
    t("report.csv.profile"),
    t("report.csv.profileId"),
    t("report.csv.kind"),
    t("report.csv.action"),
    t("report.csv.oldExpiry"),
    t("report.csv.newExpiry"),
    t("report.csv.result"),
    t("report.csv.requestId"),
    t("report.csv.message"),
  ] as const;

/** The report as CSV (the profiles CSV's escaping): one line per profile, each with when, who and the tenant. */
export function runReportCsv(input: RunReportInput): string {
  const { startedAt, by, tenant } = input;
  const run = [startedAt.toISOString(), formatDateTime(startedAt), by, tenant.name ?? "", tenant.id];
  return csvDocument(
    runReportHeaders(),
    runReportLines(input).map((line) => [
      ...run,
      line.profile,
      line.profileId,
      line.kind,
      line.action,
      line.oldExpiry,
      line.newExpiry,
      line.result,
      line.requestId,
      line.message,
    ]),
  );
}

/** The report as JSON: the run (when, who, tenant) and its lines. */
export function runReportJson(input: RunReportInput): string {
  const { startedAt, by, tenant } = input;
  return `${JSON.stringify({ startedAt: startedAt.toISOString(), by, tenant, profiles: runReportLines(input) }, null, 2)}\n`;
}
