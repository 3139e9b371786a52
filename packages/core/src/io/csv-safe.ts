/**
 * Neutralises a CSV cell against spreadsheet formula injection (OWASP "CSV Injection"): a cell
 * that starts with `=`, `+`, `-`, `@`, tab or carriage return is prefixed with a single quote, so
 * Excel, LibreOffice and Google Sheets show it as text instead of running it. The same guard is
 * applied after every `,` `;` tab or line break inside the text (`x;=cmd` becomes `x;'=cmd`):
 * a spreadsheet that splits on another separator than the file uses (Danish Excel splits a
 * comma file on `;`, and takes quotes inside a cell literally) would start a cell there. Numbers are written
 * as numbers: pass them as `number`, not as text, and they are left alone (a negative number stays
 * `-0.3`).
 *
 * @example
 * ```ts
 * csvSafeCell('=HYPERLINK("http://x")'); // "'=HYPERLINK(\"http://x\")"
 * csvSafeCell("x;=cmd|' /C calc'!A0;"); // "x;'=cmd|' /C calc'!A0;"
 * csvSafeCell(-0.25); // '-0.25'
 * ```
 */
export function csvSafeCell(value: string | number | boolean | null | undefined, decimalComma = false): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    return decimalComma ? String(value).replace('.', ',') : String(value);
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const start = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return start.replace(/([,;\t\r\n])(?=[=+\-@])/g, "$1'");
}

/**
 * Quotes a cell when it holds any of `,` `;` tab `"` CR LF, whatever the delimiter: a reader
 * that splits on another separator than the writer used (Danish Excel splits on `;`) then still
 * sees one cell, so no part of it can start a new cell with `=`. `delimiter` is kept for callers
 * that pass an unusual one (it is quoted too).
 *
 * @example
 * ```ts
 * quoteCsvCell("x;'=cmd"); // "\"x;'=cmd\""
 * ```
 */
export function quoteCsvCell(cell: string, delimiter = ','): string {
  return cell.includes(delimiter) || /[,;\t"\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/**
 * How CSV is written: the separator, the decimal mark of numbers and whether a UTF-8 byte order
 * mark leads the text (Excel needs it to read UTF-8, else `Lærer` shows as `LÃ¦rer`).
 * @example
 * ```ts
 * const danishExcel: CsvDialect = EXCEL_CSV.da;
 * ```
 */
export interface CsvDialect {
  readonly delimiter: string;
  readonly decimalComma: boolean;
  readonly bom: boolean;
}

/** Plain RFC 4180 CSV: comma, decimal point, no BOM (R, pandas, scripts). */
export const PLAIN_CSV: CsvDialect = { delimiter: ',', decimalComma: false, bom: false };

/**
 * CSV for Excel by language: UTF-8 with BOM; Danish Excel (and LibreOffice with a Danish
 * locale) splits on `;` and reads `3,5` as a number; English Excel uses `,` and `3.5`.
 * @example
 * ```ts
 * toCsv(rows, EXCEL_CSV.da); // '\uFEFFfrom;to;rc\r\nLærer;Pædagog;"3,5"\r\n'
 * ```
 */
export const EXCEL_CSV: Readonly<Record<'da' | 'en', CsvDialect>> = {
  da: { delimiter: ';', decimalComma: true, bom: true },
  en: { delimiter: ',', decimalComma: false, bom: true },
};

/**
 * Writes rows as CSV text, every cell passed through {@link csvSafeCell} and
 * {@link quoteCsvCell}. Lines end with CRLF (RFC 4180), which Excel reads on every platform.
 * `dialect` is a delimiter (plain CSV otherwise) or a {@link CsvDialect}.
 *
 * @example
 * ```ts
 * toCsv([['from', 'to', 'rc'], ['Lærer', '=cmd', 4.2]]); // 'from,to,rc\r\nLærer,\'=cmd,4.2\r\n'
 * toCsv([['rc'], [4.2]], EXCEL_CSV.da); // '\uFEFFrc\r\n"4,2"\r\n'
 * ```
 */
export function toCsv(rows: readonly (readonly (string | number | boolean | null | undefined)[])[], dialect: string | CsvDialect = ','): string {
  const d: CsvDialect = typeof dialect === 'string' ? { ...PLAIN_CSV, delimiter: dialect } : dialect;
  const body = rows.map((r) => r.map((c) => quoteCsvCell(csvSafeCell(c, d.decimalComma), d.delimiter)).join(d.delimiter)).join('\r\n');
  return (d.bom ? '\uFEFF' : '') + body + (rows.length > 0 ? '\r\n' : '');
}
