// CSV as RFC 4180 writes it (fields with a comma, quote or line break quoted, quotes doubled, CRLF line ends),
// safe to open in a spreadsheet: a UTF-8 byte order mark so accents read right, and no cell that a spreadsheet
// would run as a formula (CSV injection: a leading = + - @, tab or carriage return gets a ' in front).

export const CSV_BOM = "\uFEFF";
export const CSV_EOL = "\r\n";

export type CsvValue = string | number | boolean | null | undefined;

/** One field: formula-guarded, then quoted when RFC 4180 needs it. Numbers are written as they are. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  let text = value;
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record, with its CRLF. */
export function csvRow(values: CsvValue[]): string {
  return values.map(csvField).join(",") + CSV_EOL;
}

/** A whole CSV document: BOM, header, records. */
export function toCsv(header: string[], rows: CsvValue[][]): string {
  return CSV_BOM + csvRow(header) + rows.map(csvRow).join("");
}
