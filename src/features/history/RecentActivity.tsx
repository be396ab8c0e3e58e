import { t } from "../../i18n";
import { Disclosure } from "../../ui/Disclosure";
import { RecentActivityPanel } from "./RecentActivityPanel";

/**
 * The tenant's recent token activity, opened on demand: nothing of the audit log (nor its permission) is asked
 * for before.
 */
export function RecentActivity({ now }: { now: Date }) {
  return (
    <Disclosure heading={t("activity.heading")} level="h2" show={t("activity.show")} hide={t("activity.hide")} outlined>
      {() => <RecentActivityPanel now={now} />}
    </Disclosure>
  );
}
