import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from '../survey/import-survey-options';
import type { Answer } from '../survey/types';
import { type ApplyOptions, type ApplyReport, applyMapping } from './apply-mapping';
import { type DelimitedTable, type ReadDelimitedOptions, readDelimited } from './read-delimited';
import { readWorkbook } from './read-workbook';
import { type MappingProposal, type ProposeOptions, proposeMapping } from './propose-mapping';
import { type ShapeOptions, shapeTable, type ToolInput } from './shape-table';
import type { ToolMapping } from './tool-mapping';
import type { RawTable, ToolKey, Workbook } from './types';

/** One file's bytes and its name. */
export interface ToolFile {
  readonly bytes: Uint8Array;
  readonly file?: string;
}

const isZip = (b: Uint8Array): boolean => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
const isXlsName = (name: string | undefined): boolean => name !== undefined && /\.xls[xm]?$/i.test(name);

/**
 * Reads one file as a workbook (.xlsx: zip bytes or an .xlsx/.xls name) or as delimited text.
 *
 * @example
 * ```ts
 * const data = await readToolFile({ bytes: fs.readFileSync('export.xlsx'), file: 'export.xlsx' });
 * ```
 */
export async function readToolFile(
  f: ToolFile,
  options: Partial<ReadDelimitedOptions> = {},
  limits: ImportLimits = DEFAULT_IMPORT_LIMITS,
): Promise<DelimitedTable | Workbook> {
  if (isZip(f.bytes) || isXlsName(f.file)) return readWorkbook(f.bytes, f.file, limits);
  return readDelimited(f.bytes, { ...options, maxCells: limits.maxCells, ...(f.file !== undefined ? { file: f.file } : {}) });
}

/**
 * Reads an export's files: the data and, for SurveyXact, its labels and structure tables.
 *
 * @example
 * ```ts
 * const input = await readToolInput({ bytes: data, file: 'dataset.csv' }, { labels: { bytes: l, file: 'labels.csv' } });
 * ```
 */
export async function readToolInput(
  data: ToolFile,
  side: { readonly labels?: ToolFile; readonly structure?: ToolFile } = {},
  options: Partial<ReadDelimitedOptions> = {},
): Promise<ToolInput> {
  const sideTable = async (f: ToolFile): Promise<RawTable> => {
    const t = await readToolFile(f, options);
    return 'sheets' in t ? (t.sheets[0]?.table ?? { rows: [], lines: [] }) : t;
  };
  return {
    data: await readToolFile(data, options),
    ...(side.labels !== undefined ? { labels: await sideTable(side.labels) } : {}),
    ...(side.structure !== undefined ? { structure: await sideTable(side.structure) } : {}),
  };
}

/** Options of {@link importFromTool}: how to read, which mapping, which missing codes. */
export interface ImportToolOptions extends ShapeOptions, ApplyOptions {
  /** The mapping to use; without one, {@link proposeMapping}'s proposal is used as it is. */
  readonly mapping?: ToolMapping;
  readonly dimensionSet?: string;
}

/** What {@link importFromTool} read, and how. */
export interface ToolImportReport extends ApplyReport {
  readonly tool: ToolKey;
  /** Why this preset was used (detected from the header, forced, or named in the mapping). */
  readonly reason: string;
  readonly file?: string;
  /** How the text was decoded and split, when it was text. */
  readonly encoding?: string;
  readonly delimiter?: string;
  readonly notes: readonly string[];
  /** `given` (a mapping was passed) or `proposed` (built from names and question texts). */
  readonly mappingSource: 'given' | 'proposed';
  /** The proposal's warnings when the mapping was proposed. */
  readonly warnings: readonly string[];
}

/** Answers (when no `onAnswer` was given), the mapping used, the header and the report. */
export interface ToolImport {
  readonly answers: Answer[];
  /** Column names of the table, after the tool's header rows were read. */
  readonly header: readonly string[];
  readonly mapping: ToolMapping;
  readonly report: ToolImportReport;
}

/**
 * Imports a survey tool's export in one call: detects (or takes the forced) preset, reads the
 * tool's header rows and side tables, takes the given mapping or proposes one, applies it with
 * the declared missing codes, and reports which preset was used and why, how the file was
 * decoded, and how many answers each missing code removed.
 *
 * @example
 * ```ts
 * const input = await readToolInput({ bytes, file: 'qualtrics.csv' });
 * const { answers, report } = importFromTool(input, { mapping, missingCodes: ['99', '-99'] });
 * console.log(report.tool, report.reason, report.missing);
 * const score = scoreAnswers(answers);
 * ```
 */
export function importFromTool(input: ToolInput, options: Partial<ImportToolOptions> = {}): ToolImport {
  const m = options.mapping;
  const tool = options.tool ?? m?.tool;
  const sheet = options.sheet ?? m?.sheet;
  const skipRows = options.skipRows ?? m?.skipRows;
  const table = shapeTable(input, {
    ...(tool !== undefined ? { tool } : {}),
    ...(sheet !== undefined ? { sheet } : {}),
    ...(skipRows !== undefined ? { skipRows } : {}),
  });
  const reason = options.tool === undefined && m?.tool !== undefined ? `preset "${m.tool}" named in the mapping` : table.reason;
  let proposal: MappingProposal | undefined;
  if (m === undefined) {
    const p: Partial<ProposeOptions> = {
      ...(options.dimensionSet !== undefined ? { dimensionSet: options.dimensionSet } : {}),
      ...(options.customDimensionSets !== undefined ? { customDimensionSets: options.customDimensionSets } : {}),
      ...(options.professions !== undefined ? { professions: options.professions } : {}),
      ...(options.labelSets !== undefined ? { labelSets: options.labelSets } : {}),
    };
    proposal = proposeMapping(table, p);
  }
  const mapping = m ?? proposal!.mapping;
  const applied = applyMapping(table, mapping, options);
  const data = input.data as Partial<DelimitedTable>;
  return {
    answers: applied.answers,
    header: table.columns.map((c) => c.name),
    mapping,
    report: {
      tool: table.tool,
      reason,
      ...(table.file !== undefined ? { file: table.file } : {}),
      ...(data.encoding !== undefined ? { encoding: `${data.encoding} (${data.encodingReason})` } : {}),
      ...(data.delimiter !== undefined ? { delimiter: data.delimiter } : {}),
      notes: table.notes,
      mappingSource: m === undefined ? 'proposed' : 'given',
      warnings: proposal?.warnings ?? [],
      ...applied.report,
    },
  };
}
