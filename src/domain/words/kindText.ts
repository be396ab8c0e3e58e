import { t } from "../../i18n";
import { PROFILE_KINDS, isStagingToken, type ProfileKindId } from "../profileKinds";

/** The kind of a profile in words, and its token type where it is not the kind's default (a staging token). */
export function kindText(kind: ProfileKindId, profile: { enrollmentTokenType?: string | null }): string {
  const label = t(PROFILE_KINDS[kind].label);
  return isStagingToken(profile) ? t("kind.withStagingToken", { kind: label }) : label;
}
