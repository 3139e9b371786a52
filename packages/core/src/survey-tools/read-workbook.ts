import { SurveyFormatError } from '../errors/relcap-error';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from '../survey/import-survey-options';
import { checkWorkbookSize } from './check-workbook-size';
import type { RawTable, Workbook, WorkbookSheet } from './types';

const MODULE = 'survey-tools/read-workbook';
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean => magic.every((b, i) => bytes[i] === b);

/** Two-digit zero padding for date parts. */
const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * Turns one exceljs cell value into the text a CSV export of the same sheet would hold:
 * numbers in shortest form (`4`, `55.67`), dates as `YYYY-MM-DD hh:mm:ss` (UTC, as Excel stores
 * them), rich text and hyperlinks as their text, formulas as their cached result.
 */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) {
    const d = value;
    return (
      `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ` +
      `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`
    );
  }
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText)) {
      return v.richText.map((r: unknown) => cellText((r as { text?: unknown }).text)).join('');
    }
    if ('result' in v) return cellText(v.result);
    if ('formula' in v || 'sharedFormula' in v) return '';
    if ('text' in v) return cellText(v.text);
    if ('error' in v) return cellText(v.error);
  }
  return String(value);
}

interface ExcelWorksheet {
  readonly name: string;
  readonly rowCount: number;
  getRow(n: number): { readonly values: unknown };
}
interface ExcelModule {
  Workbook: new () => {
    xlsx: { load(data: unknown): Promise<unknown> };
    worksheets: readonly ExcelWorksheet[];
  };
}

/** Loads exceljs lazily, so that importing @relcap/core never pulls it into a bundle. */
async function loadExcelJs(): Promise<ExcelModule> {
  const mod = (await import('exceljs')) as unknown as ExcelModule & { default?: ExcelModule };
  return mod.default ?? mod;
}

function sheetTable(ws: ExcelWorksheet, file: string | undefined): RawTable {
  const raw: string[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const values = ws.getRow(r).values;
    const cells = Array.isArray(values) ? values.slice(1) : [];
    raw.push(Array.from(cells, (v) => cellText(v)));
  }
  while (raw.length > 0 && raw[raw.length - 1]!.every((c) => c === '')) raw.pop();
  const width = raw.reduce((w, row) => Math.max(w, row.length), 0);
  const rows = raw.map((row) => [...row, ...Array<string>(width - row.length).fill('')]);
  const name = file === undefined ? ws.name : `${file}#${ws.name}`;
  return { file: name, rows, lines: rows.map((_, i) => i + 1) };
}

/**
 * Reads an .xlsx workbook into sheets of text cells (see {@link cellText}). exceljs is loaded on
 * first use (dynamic import), so the rest of @relcap/core stays free of it. A file that is not a
 * complete .xlsx (an old .xls, a truncated download) is a `SurveyFormatError` naming the file.
 * Before loading, {@link checkWorkbookSize} refuses a workbook that unpacks to more than
 * `limits.maxDecompressedBytes` or whose sheets span more than `limits.maxCells` cells.
 *
 * @example
 * ```ts
 * const book = await readWorkbook(fs.readFileSync('export.xlsx'), 'export.xlsx');
 * book.sheets.map((s) => s.name); // ['Labels', 'Variables', 'Dataset', 'Structure']
 * ```
 */
export async function readWorkbook(bytes: Uint8Array, file?: string, limits: ImportLimits = DEFAULT_IMPORT_LIMITS): Promise<Workbook> {
  const at = file !== undefined ? { file } : {};
  if (startsWith(bytes, OLE_MAGIC)) {
    throw new SurveyFormatError('RELCAP_XLSX_OLD_FORMAT', `${MODULE}: this is an old Excel 97-2003 .xls file`, {
      ...at,
      expected: 'an .xlsx workbook: open it in Excel and save as "Excel-projektmappe (.xlsx)"',
    });
  }
  if (!startsWith(bytes, ZIP_MAGIC)) {
    throw new SurveyFormatError('RELCAP_XLSX_NOT_ZIP', `${MODULE}: the file is not an .xlsx workbook`, {
      ...at,
      value: Array.from(bytes.subarray(0, 4), (b) => b.toString(16).padStart(2, '0')).join(' '),
      expected: 'an .xlsx workbook (a zip file starting with "PK")',
    });
  }
  await checkWorkbookSize(bytes, file, limits);
  const ExcelJS = await loadExcelJs();
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new SurveyFormatError(
      'RELCAP_XLSX_UNREADABLE',
      `${MODULE}: the workbook cannot be read; it may be truncated or damaged (${why})`,
      { ...at, expected: 'a complete .xlsx workbook: download or save it again' },
    );
  }
  const sheets: WorkbookSheet[] = wb.worksheets.map((ws) => ({ name: ws.name, table: sheetTable(ws, file) }));
  return { ...at, sheets };
}

/**
 * Finds a sheet by name, ignoring case and surrounding spaces.
 *
 * @example
 * ```ts
 * findSheet(book, 'dataset')?.table.rows[0]; // header row of the "Dataset" sheet
 * ```
 */
export function findSheet(book: Workbook, name: string): WorkbookSheet | undefined {
  const k = name.trim().toLowerCase();
  return book.sheets.find((s) => s.name.trim().toLowerCase() === k);
}
