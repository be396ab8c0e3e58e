import { t } from "../../i18n";
import type { EnrollmentProfile } from "../profile";

type Devices = Pick<EnrollmentProfile, "enrolledDeviceCount">;

/** The enrolled devices as a count Graph sent, or null when it sent none (never taken for 0). */
export const deviceCount = ({ enrolledDeviceCount }: Devices): number | null =>
  typeof enrolledDeviceCount === "number" ? enrolledDeviceCount : null;

/** "148 enrolled devices", or that Graph did not report them. */
export const devicesText = (profile: Devices): string => {
  const count = deviceCount(profile);
  return count === null ? t("profiles.devices.unknown") : t("profiles.devices", { count });
};

/** The count alone, for a dialog's facts. */
export const devicesValue = (profile: Devices): string => {
  const count = deviceCount(profile);
  return count === null ? t("lifecycle.notReported") : t("format.number", { value: count });
};
