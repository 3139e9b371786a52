import { MappingError } from '../errors/relcap-error';
import { importFromTool, readToolFile, type ToolImport } from '../survey-tools/import-from-tool';
import type { DelimitedTable } from '../survey-tools/read-delimited';
import type { ShapeOptions, ToolInput } from '../survey-tools/shape-table';
import type { RawTable } from '../survey-tools/types';
import type { ImportSummary } from './import-summary';
import type { SurveyImportOptions } from './import-survey-options';
import { collectBytes, readHead, type SourceHead } from './survey-source';

/** Reads one side table (SurveyXact labels or structure) whole, within the byte limit. */
async function sideTable(side: SurveyImportOptions['labels'], o: Pick<SurveyImportOptions, 'limits' | 'encoding' | 'delimiter'>, what: string): Promise<RawTable | undefined> {
  if (side === undefined) return undefined;
  const head = await readHead(side.source, 0);
  const bytes = await collectBytes(head, o.limits.maxWholeFileBytes, side.file, what);
  const t = await readToolFile({ bytes, ...(side.file !== undefined ? { file: side.file } : {}) }, readOptions(o), o.limits);
  return 'sheets' in t ? (t.sheets[0]?.table ?? { rows: [], lines: [] }) : t;
}

const readOptions = (o: Pick<SurveyImportOptions, 'encoding' | 'delimiter'>) => ({
  ...(o.encoding !== 'auto' ? { encoding: o.encoding } : {}),
  ...(o.delimiter !== 'auto' ? { delimiter: o.delimiter } : {}),
});

/**
 * Reads a survey-tool export and its side tables whole, within `limits`, with the one decoder
 * and sniffer (text) or the workbook reader (.xlsx). Internal.
 */
export async function readToolSource(head: SourceHead, o: Pick<SurveyImportOptions, 'file' | 'limits' | 'encoding' | 'delimiter' | 'labels' | 'structure'>): Promise<ToolInput> {
  const bytes = await collectBytes(head, o.limits.maxWholeFileBytes, o.file, 'file');
  const data = await readToolFile({ bytes, ...(o.file !== undefined ? { file: o.file } : {}) }, readOptions(o), o.limits);
  const labels = await sideTable(o.labels, o, 'labels table');
  const structure = await sideTable(o.structure, o, 'structure table');
  return { data, ...(labels !== undefined ? { labels } : {}), ...(structure !== undefined ? { structure } : {}) };
}

/** The preset, sheet and title rows as `shapeTable` options. Internal. */
export const shapeOptionsOf = (o: Pick<SurveyImportOptions, 'tool' | 'sheet' | 'skipRows'>): Partial<ShapeOptions> => ({
  ...(o.tool !== 'auto' ? { tool: o.tool } : {}),
  ...(o.sheet !== undefined ? { sheet: o.sheet } : {}),
  ...(o.skipRows !== undefined ? { skipRows: o.skipRows } : {}),
});

/**
 * The survey-tool path of importSurvey: reads the export whole (within
 * `limits.maxWholeFileBytes`; a workbook within the cell and decompression limits), reads the
 * tool's header rows and side tables, applies the mapping (given, or proposed from the column
 * names and question texts), sends each answer to `onAnswer` and returns the one summary.
 * Internal.
 */
export async function importToolExport(head: SourceHead, o: SurveyImportOptions, layoutReason: string): Promise<ImportSummary> {
  const input = await readToolSource(head, o);
  const data = input.data;
  const shape = shapeOptionsOf(o);
  const result: ToolImport = importFromTool(input, {
    ...shape,
    ...(o.mapping !== undefined ? { mapping: o.mapping } : {}),
    ...(o.dimensionSet !== undefined ? { dimensionSet: o.dimensionSet.key } : {}),
    missingCodes: o.missingCodes,
    customDimensionSets: o.dimensionSet !== undefined ? [o.dimensionSet, ...o.customDimensionSets] : o.customDimensionSets,
    professions: o.professions,
    labelSets: o.labelSets,
    mode: o.mode,
    onAnswer: o.onAnswer,
    ...(o.onIssue !== undefined ? { onIssue: o.onIssue } : {}),
    maxIssues: o.maxIssues,
  });
  const r = result.report;
  if (Object.keys(result.mapping.columns).length === 0) {
    throw new MappingError('RELCAP_MAPPING_NO_COLUMNS', `survey: no column of ${o.file ?? 'the export'} is mapped to a rating, so nothing would be scored`, {
      ...(o.mapping?.file !== undefined ? { file: o.mapping.file } : o.file !== undefined ? { file: o.file } : {}),
      path: 'columns',
      value: r.warnings.join('; '),
      expected: 'rating columns: run relcap inspect FILE --out mapping.json, fill in "columns", and pass --mapping mapping.json',
    });
  }
  const table = data as Partial<DelimitedTable>;
  return {
    file: o.file,
    tool: r.tool,
    reason: `${layoutReason}; ${r.reason}`,
    format: 'wide',
    delimiter: table.delimiter ?? ',',
    encoding: table.encoding ?? 'utf-8',
    bom: table.bom ?? false,
    header: result.header,
    rows: r.rows,
    unanswered: r.unanswered,
    lines: r.lines,
    answerCount: r.answers,
    missing: r.answers - r.answered,
    respondents: r.respondents,
    respondentRoles: r.roles,
    targetRoles: r.targetRoles,
    roleKeys: r.roleKeys,
    answerColumns: Object.values(r.labelSets).reduce((a, b) => a + b, 0),
    ignoredColumns: [...result.mapping.ignore],
    issues: r.issues,
    issueCount: r.issueCount,
    toolReport: r,
  };
}
