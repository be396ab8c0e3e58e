import { csvDocument } from "../../domain/csv";

/** One row of the profiles CSV, already in words. */
export interface CsvRow {
  /** The tenant's name, in a CSV of profiles from several tenants (its first column); absent otherwise. */
  tenant?: string;
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

/** The profiles CSV (csvDocument's escaping), with the tenant first in rows that name one. Never a token value. */
export const profilesCsv = (headers: readonly string[], rows: readonly CsvRow[]): string =>
  csvDocument(
    headers,
    rows.map((row) => [
      ...(row.tenant === undefined ? [] : [row.tenant]),
      row.name,
      row.kind,
      row.state,
      row.expiresUtc,
      row.expiresLocal,
      row.devices,
      row.id,
    ]),
  );
