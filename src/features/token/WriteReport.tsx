import { t } from "../../i18n";
import type { EnrollmentProfile } from "../../domain/profile";
import type { ProfileKind } from "../../domain/profileKinds";
import type { ProfileWriteResult } from "../../queries/profileWrite";
import { ReportDownloads } from "../history/ReportDownloads";

interface Props {
  result: ProfileWriteResult;
  profile: EnrollmentProfile;
  kind: ProfileKind;
  action: "createToken" | "revokeToken";
  /** The validity sent (createToken). */
  seconds: number | null;
}

/** The report of one create, replace or revoke, on request: the write's profile, its expiry before and after. */
export function WriteReport({ result, profile, kind, action, seconds }: Props) {
  const write = {
    kind: kind.id,
    id: profile.id,
    name: profile.displayName ?? null,
    tokenType: profile.enrollmentTokenType ?? null,
    action,
    before: result.before ?? {},
    after: result.profile,
    seconds,
    status: "done" as const,
    receipt: result.receipt,
    failure: null,
  };
  return <ReportDownloads startedAt={new Date(result.receipt.at)} writes={() => [write]} label={t("report.ofWrite")} />;
}
