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

const BOM = "\uFEFF";

/**
 * A text cell that a spreadsheet shows as text: a leading =, +, -, @, tab or carriage return would make Excel
 * read it as a formula, so such a value gets a leading apostrophe (OWASP's CSV injection advice).
 */
function textCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

/**
 * The CSV: UTF-8 with a byte order mark (so Excel reads the names right), CRLF line ends, every text cell quoted.
 * Never a token value: the rows carry none.
 */
export function profilesCsv(headers: readonly string[], rows: readonly CsvRow[]): string {
  const lines = [
    headers.map(textCell).join(","),
    ...rows.map((row) =>
      [
        textCell(row.name),
        textCell(row.kind),
        textCell(row.state),
        textCell(row.expiresUtc),
        textCell(row.expiresLocal),
        row.devices === null ? "" : String(row.devices),
        textCell(row.id),
      ].join(","),
    ),
  ];
  return `${BOM}${lines.join("\r\n")}\r\n`;
}
