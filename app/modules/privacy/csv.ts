// CSV files of a person's data (RFC 4180: commas, CRLF, quotes doubled), safe to open in a spreadsheet. A cell that
// starts with = + - @ (or a tab or carriage return, or their full-width forms) would be read as a formula there
// (OWASP "CSV injection"): it gets a single quote in front, which spreadsheets show as text. Pure: no I/O.

const formulaStarts = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** The cell's text as a spreadsheet will show it: never a formula. */
export function neutraliseCell(value: string): string {
  return formulaStarts.test(value) ? `'${value}` : value;
}

export type CsvCell = string | number | boolean | Date | null | undefined;

function cellText(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString();
  // a number is written by us, never a formula (a negative one keeps its minus sign)
  return typeof value === "string" ? neutraliseCell(value) : String(value);
}

function quoted(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A CSV text with a header line and one line per row, with a byte order mark so that spreadsheets read the accents
 * as UTF-8. Every cell, the header included, goes through neutraliseCell.
 */
export function toCsv(header: string[], rows: CsvCell[][]): string {
  const lines = [header, ...rows].map((cells) => cells.map((cell) => quoted(cellText(cell))).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
