import { useContext, useState } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { useAuth } from "../../../auth/session";
import { useAppConfig } from "../../../config/ConfigContext";
import { useGraphClient } from "../../../graph/GraphContext";
import { useAospIdForms } from "../../../queries/useAospIdForms";
import { SessionKeyScope } from "../../../storage/sessionKeyScope";
import { createRunStore, type RunEngine, type RunPlace, type RunStore } from "./runStore";
import { tenantEngine } from "./tenantEngine";
import { useAttachedRun } from "./useAttachedRun";

/** The demo tenant has no app registration. */
const NO_CLIENT_ID = "demo";

const createRunStoreIn = (place: RunPlace, engine: RunEngine) => createRunStore(engine, place);

/**
 * Bulk renewal: one createToken per selected profile, paced under Intune's write limit (config.json
 * bulkWritesPer20s), kept in session storage so a reload shows what was done, and one run per tenant across this
 * browser's tabs. Afterwards the renewed profiles' collections and details are read again.
 */
export function useBulkRenewal() {
  const graph = useGraphClient();
  const queryClient = useQueryClient();
  const { bulkWritesPer20s, clientId = NO_CLIENT_ID } = useAppConfig();
  // The workspace is mounted for one signed-in account only (AccountScope): the run is that account's.
  const account = useAuth().account!;
  // The id form an AOSP write found is kept for the tenant: the single writes and the run share it.
  const idForms = useAospIdForms();
  // Working in several tenants, each keeps its own run.
  const scope = useContext(SessionKeyScope);
  const [store] = useState<RunStore>(() =>
    createRunStoreIn(
      { scope },
      tenantEngine({
        owner: { accountId: account.id, tenantId: account.tenant, clientId },
        graph,
        idForms,
        queryClient,
        writesPer20s: bulkWritesPer20s,
      }),
    ),
  );
  const snapshot = useAttachedRun(store);
  return { ...snapshot, store, writesPer20s: bulkWritesPer20s };
}
