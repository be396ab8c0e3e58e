import type { MessageKey } from "../../i18n";
import type { ExpiryGroup } from "../expiryGroups";

/** Each expiry group in words: the overview's columns, the state filter, the CSV's state column. */
export const GROUP_LABEL: Record<ExpiryGroup, MessageKey> = {
  expired: "overview.group.expired",
  within7: "overview.group.within7",
  within30: "overview.group.within30",
  valid: "overview.group.valid",
  doesNotExpire: "overview.group.doesNotExpire",
  none: "overview.group.none",
  unknown: "overview.group.unknown",
};
