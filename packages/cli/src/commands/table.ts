import {
  EXCEL_CSV,
  PLAIN_CSV,
  type ResultTable,
  reliabilityTable,
  renderCsv,
  renderHtml,
  renderLatex,
  renderMarkdown,
  roleMatrixTable,
  roleTable,
  tieTable,
  waveComparisonTable,
} from '@relcap/core';
import { booleanFlag, expectPositionals, integerFlag, stringFlag } from '../args';
import { UsageError } from '../cli-errors';
import { EXIT_CODES } from '../exit-codes';
import { SURVEY_FLAGS, surveyFlagOptions } from '../input/survey-flags';
import { TOOL_FLAGS } from '../input/tool-flags';
import { emit } from '../output/emit';
import { type Command, LANG_FLAG, langOf, OUT_FLAG } from './command';
import { compareWaves, scoreWithRatings } from './score-with-ratings';

/** The tables `relcap table` writes. */
export const TABLE_KINDS = ['matrix', 'ties', 'roles', 'reliability', 'comparison'] as const;
/** The formats `relcap table` writes. */
export const TABLE_FORMATS = ['csv', 'md', 'latex', 'html'] as const;

type TableKind = (typeof TABLE_KINDS)[number];
type TableFormat = (typeof TABLE_FORMATS)[number];

/** Decimals allowed by `--decimals`. */
const MAX_DECIMALS = 6;

/**
 * Renders a core table in a format (CSV for Excel when `excel`, or under `--lang da`).
 *
 * @example
 * ```ts
 * renderTable(roleTable(score), 'md', { lang: 'da', digits: 2, bands: score.options.bands }, false);
 * ```
 */
export function renderTableAs(
  table: ResultTable,
  format: TableFormat,
  o: { lang: 'da' | 'en'; digits: number; bands: { weakBelow: number; strongAbove: number } },
  excel: boolean,
): string {
  if (format === 'csv') return renderCsv(table, o, excel || o.lang === 'da' ? EXCEL_CSV[o.lang] : PLAIN_CSV);
  if (format === 'md') return renderMarkdown(table, o);
  if (format === 'latex') return renderLatex(table, o);
  return renderHtml(table, o);
}

/** `relcap table FILE --table KIND --to FORMAT`. */
export const tableCommand: Command = {
  name: 'table',
  summary: 'Write a results table for a paper or a spreadsheet: role matrix, ties, roles, reliability or the wave comparison',
  details: [
    'The survey is read and scored as by relcap score (same flags). The table is written as CSV (Excel-ready with --excel, and by default with --lang da), Markdown, LaTeX (booktabs: \\usepackage{booktabs}) or an HTML fragment, with the number of decimals chosen by --decimals; an RC score gets more decimals where rounding would move it into another band.',
    'Under each table its notes say the decimals, the suppression rule (ties rated by fewer than --min-raters respondents show only n), the interval method and the cut-offs. --table comparison needs --compare EARLIER (paired differences where respondent ids recur).',
  ],
  positionals: [{ name: 'FILE', description: 'the survey (as for relcap score)' }],
  flags: {
    ...SURVEY_FLAGS,
    ...TOOL_FLAGS,
    table: { type: 'string', valueName: TABLE_KINDS.join('|'), choices: TABLE_KINDS, description: 'which table (default matrix)' },
    to: { type: 'string', valueName: TABLE_FORMATS.join('|'), choices: TABLE_FORMATS, description: 'output format (default md)' },
    decimals: { type: 'string', valueName: 'N', description: `decimals of numbers, 0..${MAX_DECIMALS} (default 2)` },
    compare: { type: 'string', valueName: 'EARLIER', description: 'the earlier wave, for --table comparison' },
    excel: { type: 'boolean', description: 'CSV for Excel: UTF-8 with BOM, ";" and decimal commas with --lang da' },
    ...LANG_FLAG,
    ...OUT_FLAG,
  },
  examples: [
    'relcap table svar.csv --table matrix --to latex --out matrix.tex',
    'relcap table svar.csv --table ties --to csv --lang da --out bånd.csv',
    'relcap table efterår.csv --table comparison --compare forår.csv --to md',
  ],
  async run(args, io) {
    const command = 'relcap table';
    surveyFlagOptions(command, args);
    const [file] = expectPositionals(command, args, ['FILE']) as [string];
    const kind = (stringFlag(args, 'table') ?? 'matrix') as TableKind;
    const format = (stringFlag(args, 'to') ?? 'md') as TableFormat;
    const digits = integerFlag(command, args, 'decimals', 0) ?? 2;
    if (digits > MAX_DECIMALS) throw new UsageError('RELCAP_CLI_BAD_FLAG_VALUE', `${command}: --decimals must be 0..${MAX_DECIMALS}, not ${digits}`);
    const earlier = stringFlag(args, 'compare');
    if (kind === 'comparison' && earlier === undefined) throw new UsageError('RELCAP_CLI_MISSING_FLAG', `${command}: --table comparison needs --compare EARLIER`);
    const lang = langOf(args);
    const after = await scoreWithRatings(command, args, io, file, lang);
    const score = after.score;
    let table: ResultTable;
    if (kind === 'comparison') {
      const before = await scoreWithRatings(command, args, io, earlier!, lang);
      table = waveComparisonTable(compareWaves(before, after, score.options.confidence), score.options.minRaters);
    } else table = kind === 'matrix' ? roleMatrixTable(score) : kind === 'ties' ? tieTable(score) : kind === 'roles' ? roleTable(score) : reliabilityTable(score);
    const text = renderTableAs(table, format, { lang, digits, bands: score.options.bands }, booleanFlag(args, 'excel'));
    await emit(io, text, stringFlag(args, 'out'));
    return EXIT_CODES.ok;
  },
};
