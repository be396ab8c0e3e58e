/**
 * A cell of a CSV the console writes: text (quoted, and escaped so a spreadsheet never runs it as a formula), a
 * number as it is, or null for an empty cell (a value not reported: never 0).
 */
export type CsvCell = string | number | null;

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

const cell = (value: CsvCell) => (value === null ? "" : typeof value === "number" ? String(value) : textCell(value));

/**
 * A CSV document: UTF-8 with a byte order mark (so Excel reads names in any script), CRLF line ends, every text cell
 * quoted and escaped (textCell).
 */
export function csvDocument(headers: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [headers.map(textCell).join(","), ...rows.map((row) => row.map(cell).join(","))];
  return `${BOM}${lines.join("\r\n")}\r\n`;
}
