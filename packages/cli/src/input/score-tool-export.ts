import { open } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  type Answer,
  decodeBytes,
  detectTool,
  getDimensionSet,
  type ImportSummary,
  importFromTool,
  parseDelimitedText,
  type ScoreOptions,
  type SurveyDelimiter,
  type SurveyScore,
  scoreAnswers,
  sniffDelimiter,
  type ToolImportReport,
} from '@relcap/core';
import { booleanFlag, integerFlag, type ParsedArgs, stringFlag } from '../args';
import { toIoError } from '../cli-errors';
import type { CliIo } from '../cli-io';
import { readTextFile } from './read-text-file';
import { hasToolFlags, toolRunFromFlags } from './tool-flags';

const SNIFF_BYTES = 64 * 1024;
/** Mapping keys only survey-tool mappings have (docs/tools/index.md). */
const TOOL_MAPPING_KEYS = ['tool', 'sheet', 'skipRows', 'dimensionSet', 'roleValues', 'missingCodes', 'labelSet', 'labelSets'];

async function head(io: CliIo, file: string): Promise<Uint8Array> {
  try {
    const handle = await open(resolve(io.cwd, file), 'r');
    try {
      const buffer = Buffer.alloc(SNIFF_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
      return buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (e) {
    throw toIoError(e, 'read', file);
  }
}

function isToolMapping(text: string): boolean {
  try {
    const m = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as Record<string, unknown>;
    const cols = typeof m.columns === 'object' && m.columns !== null ? Object.values(m.columns) : [];
    return (
      TOOL_MAPPING_KEYS.some((k) => k in m) ||
      cols.some((c) => typeof c === 'object' && c !== null && ('labelSet' in c || 'missingCodes' in c))
    );
  } catch {
    return false; // the survey importer reports the syntax error
  }
}

/**
 * Whether `relcap score FILE` should read FILE as a survey-tool export: a tool flag was given
 * (`--preset`, `--missing-codes`, ...), FILE is a workbook, the `--mapping` file has tool fields,
 * or the header rows are a known tool's (core `detectTool` on the first 64 KiB).
 *
 * @example
 * ```ts
 * if (await isToolExport(args, io, 'qualtrics.csv')) { ... }
 * ```
 */
export async function isToolExport(args: ParsedArgs, io: CliIo, file: string): Promise<boolean> {
  if (hasToolFlags(args) || /\.xls[xm]$/i.test(file)) return true;
  const bytes = await head(io, file);
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return true;
  const mapping = stringFlag(args, 'mapping');
  if (mapping !== undefined && isToolMapping(await readTextFile(io, mapping))) return true;
  try {
    const text = decodeBytes(bytes).text;
    const rows = parseDelimitedText(text.slice(0, text.lastIndexOf('\n') + 1) || text, sniffDelimiter(text)).rows;
    return detectTool({ rows: rows.slice(0, 3) }).tool !== 'generic';
  } catch {
    return false; // not readable here: the survey importer reports why
  }
}

/** A survey-tool export scored: the score, a summary in the survey importer's shape, the tool report. */
export interface ScoredToolExport {
  readonly score: SurveyScore;
  readonly summary: ImportSummary;
  readonly report: ToolImportReport;
}

function summaryOf(file: string, report: ToolImportReport, answers: readonly Answer[]): ImportSummary {
  const roles = new Map<string, Set<string>>();
  for (const a of answers) roles.set(a.respondentRole, (roles.get(a.respondentRole) ?? new Set()).add(a.respondentId));
  const enc = report.encoding?.split(' ')[0];
  return {
    file,
    tool: report.tool,
    reason: report.reason,
    unanswered: report.unanswered,
    roleKeys: report.roleKeys,
    toolReport: report,
    format: 'wide',
    delimiter: (report.delimiter ?? ',') as SurveyDelimiter,
    encoding: (enc ?? 'string') as ImportSummary['encoding'],
    bom: report.encoding?.includes('byte order mark') === true,
    header: [],
    rows: report.respondents,
    lines: report.respondents,
    answerCount: report.answers,
    missing: report.answers - report.answered,
    respondents: report.respondents,
    respondentRoles: [...roles].map(([role, ids]) => ({ role, key: role, respondents: ids.size })),
    targetRoles: [...new Set(answers.map((a) => a.targetRole))],
    answerColumns: Object.values(report.labelSets).reduce((a, b) => a + b, 0),
    ignoredColumns: report.unmappedColumns,
    issues: [],
    issueCount: 0,
  };
}

/**
 * Reads and scores a survey-tool export for `relcap score`: core `importFromTool` with the
 * tool flags and the mapping, then `scoreAnswers` with `--dimension-set`, `--min-items`,
 * `--min-raters` and `--lenient`.
 *
 * @example
 * ```ts
 * const { score, summary, report } = await scoreToolExport('relcap score', args, io, 'svar.xlsx');
 * io.stderr.write(formatToolReport(report, 'da'));
 * ```
 */
export async function scoreToolExport(command: string, args: ParsedArgs, io: CliIo, file: string): Promise<ScoredToolExport> {
  const { input, options } = await toolRunFromFlags(args, io, file);
  const { answers, report } = importFromTool(input, options);
  const set = stringFlag(args, 'dimension-set') ?? options.mapping?.dimensionSet;
  const minItems = integerFlag(command, args, 'min-items', 1);
  const minRaters = integerFlag(command, args, 'min-raters', 1);
  const scoreOptions: Partial<ScoreOptions> = {
    mode: booleanFlag(args, 'lenient') ? 'lenient' : 'strict',
    ...(set !== undefined ? { dimensionSet: getDimensionSet(set) } : {}),
    ...(minItems !== undefined ? { minItems } : {}),
    ...(minRaters !== undefined ? { minRaters } : {}),
  };
  return { score: scoreAnswers(answers, scoreOptions), summary: summaryOf(file, report, answers), report };
}
