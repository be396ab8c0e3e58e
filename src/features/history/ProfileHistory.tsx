import { t } from "../../i18n";
import type { ProfileKind } from "../../domain/profileKinds";
import { Disclosure } from "../../ui/Disclosure";
import { ProfileHistoryPanel } from "./ProfileHistoryPanel";

/** A profile's History: opened on demand, so nothing of the audit log is asked for (nor its permission) before. */
export function ProfileHistory({ kind, profileId }: { kind: ProfileKind; profileId: string }) {
  return (
    <Disclosure heading={t("history.heading")} level="h3" show={t("history.show")} hide={t("history.hide")}>
      {() => <ProfileHistoryPanel kind={kind} profileId={profileId} />}
    </Disclosure>
  );
}
