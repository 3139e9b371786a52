/**
 * Neutralises a CSV cell against spreadsheet formula injection (OWASP "CSV Injection"): a cell
 * that starts with `=`, `+`, `-`, `@`, tab or carriage return is prefixed with a single quote, so
 * Excel, LibreOffice and Google Sheets show it as text instead of running it. Numbers are written
 * as numbers: pass them as `number`, not as text, and they are left alone (a negative number stays
 * `-0.3`).
 *
 * @example
 * ```ts
 * csvSafeCell('=HYPERLINK("http://x")'); // "'=HYPERLINK(\"http://x\")"
 * csvSafeCell(-0.25); // '-0.25'
 * ```
 */
export function csvSafeCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Quotes a cell for CSV when it holds the delimiter, a quote or a line break. */
export function quoteCsvCell(cell: string, delimiter = ','): string {
  return cell.includes(delimiter) || /["\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/**
 * Writes rows as CSV text, every cell passed through {@link csvSafeCell} and quoted when needed.
 * Lines end with CRLF (RFC 4180), which Excel reads on every platform.
 *
 * @example
 * ```ts
 * toCsv([['from', 'to', 'rc'], ['Lærer', '=cmd', 4.2]]); // 'from,to,rc\r\nLærer,\'=cmd,4.2\r\n'
 * ```
 */
export function toCsv(
  rows: readonly (readonly (string | number | boolean | null | undefined)[])[],
  delimiter = ',',
): string {
  return rows.map((r) => r.map((c) => quoteCsvCell(csvSafeCell(c), delimiter)).join(delimiter)).join('\r\n') + (rows.length > 0 ? '\r\n' : '');
}
