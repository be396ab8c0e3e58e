import { t } from "../../i18n";
import type { EnrollmentProfile } from "../profile";

/** A profile's display name, or a placeholder when Graph has none (displayName is nullable). */
export const profileName = (profile: Pick<EnrollmentProfile, "displayName">): string =>
  profile.displayName?.trim() ? profile.displayName : t("profiles.unnamed");
