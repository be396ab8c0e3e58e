import { csvDocument } from "../../domain/csv";

/** One row of the profiles CSV, already in words. */
export interface CsvRow {
  name: string;
  kind: string;
  state: string;
  /** ISO 8601 in UTC, or "" when the token has no expiry. */
  expiresUtc: string;
  expiresLocal: string;
  /** Null when Graph did not report it: an empty cell, never 0. */
  devices: number | null;
  id: string;
}

/** The profiles CSV (csvDocument's escaping). Never a token value: the rows carry none. */
export const profilesCsv = (headers: readonly string[], rows: readonly CsvRow[]): string =>
  csvDocument(
    headers,
    rows.map((row) => [row.name, row.kind, row.state, row.expiresUtc, row.expiresLocal, row.devices, row.id]),
  );
