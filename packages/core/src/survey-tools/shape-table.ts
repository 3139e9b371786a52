import { OptionsError } from '../errors/relcap-error';
import { detectTool } from './detect-tool';
import { shapeGeneric } from './presets/generic';
import { shapeMicrosoftForms } from './presets/microsoft-forms';
import { shapeQualtrics } from './presets/qualtrics';
import { shapeRedcap } from './presets/redcap';
import { shapeSurveyMonkey } from './presets/surveymonkey';
import { shapeSurveyXact } from './presets/surveyxact';
import { findSheet } from './read-workbook';
import type { ToolTable } from './tool-table';
import { type RawTable, TOOL_KEYS, type ToolKey, type Workbook } from './types';

/** The files of one export: the data (a table or a workbook) and SurveyXact's side tables. */
export interface ToolInput {
  readonly data: RawTable | Workbook;
  /** SurveyXact labels table (variable;value;label), when exported as its own file. */
  readonly labels?: RawTable;
  /** SurveyXact structure table, when exported as its own file. */
  readonly structure?: RawTable;
}

/** How to read the export; everything is detected unless given. */
export interface ShapeOptions {
  /** Force a preset instead of detecting it. */
  readonly tool?: ToolKey;
  /** Workbook sheet holding the answers (default: SurveyXact's "Dataset", else the first sheet with rows). */
  readonly sheet?: string;
  /** Rows of title text above the header (generic preset only). */
  readonly skipRows?: number;
}

const isWorkbook = (d: RawTable | Workbook): d is Workbook => 'sheets' in d;

function pickSheet(book: Workbook, name: string | undefined): RawTable {
  const sheet =
    name !== undefined
      ? findSheet(book, name)
      : (findSheet(book, 'Dataset') ?? book.sheets.find((s) => s.table.rows.length > 0));
  if (sheet === undefined) {
    throw new OptionsError('RELCAP_NO_SHEET', 'survey-tools/shape-table: the workbook has no such sheet', {
      ...(book.file !== undefined ? { file: book.file } : {}),
      value: name ?? '',
      expected: `one of ${book.sheets.map((s) => `"${s.name}"`).join(', ') || 'a sheet with rows'}`,
    });
  }
  return sheet.table;
}

/**
 * Reads a tool's export into a {@link ToolTable}: picks the sheet, detects the tool from the
 * header rows ({@link detectTool}) unless `tool` is forced, and applies that preset. The result's
 * `reason` says which preset was used and why.
 *
 * @example
 * ```ts
 * const t = shapeTable({ data: readDelimited(bytes, { file: 'export.csv' }) });
 * console.log(t.tool, t.reason);
 * ```
 */
export function shapeTable(input: ToolInput, options: Partial<ShapeOptions> = {}): ToolTable {
  const book = isWorkbook(input.data) ? input.data : undefined;
  const data = book !== undefined ? pickSheet(book, options.sheet) : (input.data as RawTable);
  const labels = input.labels ?? (book !== undefined ? findSheet(book, 'Labels')?.table : undefined);
  const structure = input.structure ?? (book !== undefined ? findSheet(book, 'Structure')?.table : undefined);
  if (options.tool !== undefined && !TOOL_KEYS.includes(options.tool)) {
    throw new OptionsError('RELCAP_UNKNOWN_TOOL', 'survey-tools/shape-table: unknown tool preset', {
      value: String(options.tool),
      expected: `one of ${TOOL_KEYS.join(', ')}`,
    });
  }
  const detected =
    options.tool !== undefined
      ? { tool: options.tool, reason: `preset "${options.tool}" forced by the user` }
      : detectTool({
          rows: data.rows.slice(0, 3),
          ...(book !== undefined ? { sheetNames: book.sheets.map((s) => s.name) } : {}),
          hasSurveyXactTables: labels !== undefined || structure !== undefined,
        });
  const reason = options.tool !== undefined ? detected.reason : `detected ${detected.tool}: ${detected.reason}`;
  switch (detected.tool) {
    case 'surveyxact':
      return shapeSurveyXact(
        { dataset: data, ...(labels !== undefined ? { labels } : {}), ...(structure !== undefined ? { structure } : {}) },
        reason,
      );
    case 'qualtrics':
      return shapeQualtrics(data, reason);
    case 'redcap':
      return shapeRedcap(data, reason);
    case 'surveymonkey':
      return shapeSurveyMonkey(data, reason);
    case 'microsoft-forms':
      return shapeMicrosoftForms(data, reason);
    default:
      return shapeGeneric(data, reason, options.skipRows ?? 0);
  }
}
