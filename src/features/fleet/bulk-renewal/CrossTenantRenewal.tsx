import type { TenantProfiles } from "../tenantProfiles";
import { CrossTenantRenewDialog } from "./CrossTenantRenewDialog";
import { CrossTenantRunPanel } from "./CrossTenantRunPanel";
import type { CrossTenantRenewal as Renewal } from "./useCrossTenantRenewal";

/** The renewal across tenants: its run (while there is one), and the dialog that starts one when it is asked for. */
export function CrossTenantRenewal({
  renewal,
  selection,
  now,
}: {
  renewal: Renewal;
  /** The expiring and expired profiles of the tenants the admin ticked. */
  selection: readonly TenantProfiles[];
  now: Date;
}) {
  const { dialog } = renewal;
  return (
    <>
      {renewal.tenants.length > 0 && <CrossTenantRunPanel renewal={renewal} />}
      {dialog.open && (
        <CrossTenantRenewDialog
          open
          selection={selection}
          now={now}
          writesPer20s={renewal.writesPer20s}
          onCancel={dialog.onCancel}
          onConfirm={dialog.onConfirm}
        />
      )}
    </>
  );
}
