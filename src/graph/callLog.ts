/** One request the Graph client sent, as a support ticket needs it: never a header value, a body or an answer. */
export interface GraphCall {
  method: string;
  /** The URL as sent (ids included): whoever shows it must redact what it should not show. */
  url: string;
  /** 0 when no HTTP answer came (a network failure, a timeout, offline). */
  status: number;
  requestId: string | null;
  clientRequestId: string;
  /** When it was sent (ISO 8601). */
  at: string;
}

/** One read of a collection, every page of it. */
export interface ListRead {
  /** The collection's path as first asked for, without the query. */
  path: string;
  /** The last page's status: 200, or the status of the page that failed. */
  status: number;
  /** Pages answered, a failed page included. */
  pages: number;
  /** The request-id of the page that ended the read (the last one, or the one that failed). */
  requestId: string | null;
  at: string;
}

/** The last `capacity` calls, and the last read of each collection: what the console's diagnostics report. */
export interface CallLog {
  record(call: GraphCall): void;
  recordList(read: ListRead): void;
  /** Oldest first. */
  recent(): GraphCall[];
  lists(): ListRead[];
}

export function createCallLog(capacity = 30): CallLog {
  const calls: GraphCall[] = [];
  const lists = new Map<string, ListRead>();
  return {
    record(call) {
      calls.push(call);
      if (calls.length > capacity) calls.splice(0, calls.length - capacity);
    },
    recordList(read) {
      lists.set(read.path, read);
    },
    recent: () => [...calls],
    lists: () => [...lists.values()],
  };
}
