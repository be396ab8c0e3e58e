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
 * What a cell must not start with: =, +, -, @ (OWASP's CSV injection advice), their full-width forms ＝＋－＠ (which
 * spreadsheets with East Asian input settings are reported to read as the ASCII ones: inferred, not tested against
 * every spreadsheet), a space (Excel skips leading spaces before a formula) and any control character (tab, carriage
 * return and line feed among them, which some parsers take as a cell or line break).
 */
const FORMULA_START = /^[=+\-@\uFF1D\uFF0B\uFF0D\uFF20 \p{Cc}]/u;

/**
 * A text cell that a spreadsheet shows as text: a value that could start a formula gets a leading apostrophe. The one
 * escaping of every cell of every CSV the console writes.
 */
function textCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
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
