import type { countByKindAndGroup } from "../../domain/expiryGroups";
import type { ProfileFilter } from "../../domain/filterSort";
import type { ListedProfile } from "../../domain/profile";
import type { ConfirmedWrite } from "../../ui/useConfirmedWrite";
import type { RunItem } from "./bulk-renewal/runState";
import { BulkRenewDialog } from "./bulk-renewal/BulkRenewDialog";
import { BulkRunPanel } from "./bulk-renewal/BulkRunPanel";
import type { useBulkRenewal } from "./bulk-renewal/useBulkRenewal";
import { FleetOverview } from "./FleetOverview";
import { RecentActivity } from "../history/RecentActivity";
import { ReminderDialog } from "./ReminderDialog";

export interface FleetPanelProps {
  bulk: ReturnType<typeof useBulkRenewal>;
  /** The counts by kind and expiry group; null until a collection holds a profile. */
  overview: ReturnType<typeof countByKindAndGroup> | null;
  activeKind: ProfileFilter["kind"];
  activeGroup: ProfileFilter["group"];
  onShow: (kind: ProfileFilter["kind"], group: ProfileFilter["group"]) => void;
  /** The confirmation of a bulk renewal (useConfirmedWrite). */
  renewal: ConfirmedWrite<{ items: RunItem[]; chosenSeconds: number }>["dialog"];
  reminding: boolean;
  onCloseReminders: () => void;
  checkedProfiles: ListedProfile[];
  expiringChecked: number;
  onDownloadReminders: (daysBefore: number) => void;
  now: Date;
}

/** The bulk run under way, above everything. */
export function BulkRunBanner({ bulk }: Pick<FleetPanelProps, "bulk">) {
  return (
    bulk.run && (
      <BulkRunPanel
        run={bulk.run}
        active={bulk.active}
        lock={bulk.lock}
        store={bulk.store}
        writesPer20s={bulk.writesPer20s}
      />
    )
  );
}

/** The fleet: the overview by kind and expiry, and the bulk actions' dialogs on the ticked profiles. */
export function FleetPanel({ bulk, overview, renewal, checkedProfiles, now, ...props }: FleetPanelProps) {
  return (
    <>
      {overview && (
        <FleetOverview
          byKind={overview.byKind}
          total={overview.total}
          activeKind={props.activeKind}
          activeGroup={props.activeGroup}
          onShow={props.onShow}
        />
      )}
      {overview && <RecentActivity now={now} />}
      {renewal.open && (
        <BulkRenewDialog
          open
          profiles={checkedProfiles}
          now={now}
          writesPer20s={bulk.writesPer20s}
          onCancel={renewal.onCancel}
          onConfirm={(plan, chosenSeconds) => renewal.onConfirm({ items: plan.items, chosenSeconds })}
        />
      )}
      {props.reminding && (
        <ReminderDialog
          open
          profiles={checkedProfiles}
          expiring={props.expiringChecked}
          onCancel={props.onCloseReminders}
          onDownload={props.onDownloadReminders}
        />
      )}
    </>
  );
}
