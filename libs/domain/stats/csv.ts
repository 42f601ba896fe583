/**
 * Cells a spreadsheet would run as a formula when it opens the file (CSV injection): `=`, `+`,
 * `-`, `@`, tab and carriage return at the start (API.md), and the full-width forms of the first
 * four, which Japanese Excel also turns into a formula.
 */
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;

/** A UTF-8 byte-order mark, so that Excel in Japan reads the file as UTF-8, not Shift_JIS. */
export const UTF8_BOM = '\uFEFF';

/** One cell: neutralised with a leading `'` when it could start a formula, then quoted when needed. */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record, RFC 4180 style: comma-separated, CRLF-terminated. */
export function csvRow(values: (string | number | null | undefined)[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}
