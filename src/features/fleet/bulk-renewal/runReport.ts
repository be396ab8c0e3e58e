import type { ReportedWrite } from "../../../domain/runReport";
import type { RunItem, StoredFailure } from "./runState";

const failureFacts = (failure: StoredFailure | null): ReportedWrite["failure"] => {
  if (failure === null) return null;
  if (failure.type === "graph") return { requestId: failure.requestId, message: failure.graphMessage };
  return { requestId: null, message: failure.type === "auth" ? failure.code : failure.message };
};

/** A run's items as its report's writes (createToken each, its plan's token before it): one tenant's run. */
export const reportedWrites = (items: readonly RunItem[]): ReportedWrite[] =>
  items.map((item) => ({
    kind: item.kind,
    id: item.id,
    name: item.name,
    tokenType: item.tokenType,
    action: "createToken",
    before: item.planned,
    seconds: item.seconds,
    status: item.status,
    receipt: item.receipt,
    failure: failureFacts(item.failure),
  }));
