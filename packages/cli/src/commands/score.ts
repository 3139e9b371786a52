import { EXCEL_CSV, getDimensionSet, type ImportSummary, PLAIN_CSV, type SurveyScore } from '@relcap/core';
import { booleanFlag, exclusiveFlags, expectPositionals, stringFlag } from '../args';
import { EXIT_CODES } from '../exit-codes';
import { scoreSurveyInput } from '../input/score-survey-input';
import { SURVEY_FLAGS } from '../input/survey-flags';
import { TOOL_FLAGS } from '../input/tool-flags';
import { emit } from '../output/emit';
import { toJsonText } from '../output/json';
import { type Problem, problemFromError } from '../output/problems';
import { scoreToCsv } from '../output/score-csv';
import { formatScoreTable } from '../output/score-table';
import { type Command, JSON_FLAG, LANG_FLAG, langOf, OUT_FLAG } from './command';

export { MAX_PRINTED_WARNINGS } from '../input/score-survey-input';

/** What the import read, added to the `--json` document as `import` (the score's own fields are unchanged). */
export interface ImportSection {
  readonly file: string;
  readonly format: ImportSummary['format'];
  readonly delimiter: ImportSummary['delimiter'];
  readonly encoding: ImportSummary['encoding'];
  readonly rows: number;
  readonly answerCount: number;
  readonly missing: number;
  readonly respondents: number;
  readonly ignoredColumns: readonly string[];
  /** Problems skipped in lenient mode (all counted; the first ones listed). */
  readonly issueCount: number;
  readonly issues: readonly Problem[];
}

/**
 * The `import` section of the JSON document.
 *
 * @example
 * ```ts
 * importSection('svar.csv', summary).rows;
 * ```
 */
export function importSection(file: string, s: ImportSummary): ImportSection {
  return {
    file,
    format: s.format,
    delimiter: s.delimiter,
    encoding: s.encoding,
    rows: s.rows,
    answerCount: s.answerCount,
    missing: s.missing,
    respondents: s.respondents,
    ignoredColumns: s.ignoredColumns,
    issueCount: s.issueCount,
    issues: s.issues.map(problemFromError),
  };
}

/** The `relcap score --json` document: the core SurveyScore plus `import`. */
export type ScoreDocument = SurveyScore & { readonly import: ImportSection };

/** `relcap score FILE`. */
export const scoreCommand: Command = {
  name: 'score',
  summary: 'Score a relational coordination survey: RC per directed role-pair tie, roles, network RC, reliability',
  details: [
    'The file is streamed (a million rows do not load into memory) in long format (respondent_id, role, target_role, dimension, value) or wide format (one respondent per row, columns dimension:target role), detected from the header.',
    'Exports of SurveyXact, Qualtrics, REDCap, SurveyMonkey and Microsoft Forms (.csv or .xlsx) are recognised from their header rows and read with their preset (see relcap inspect and docs/tools/); the import report is printed on stderr.',
    'Ties rated by fewer than --min-raters respondents are suppressed: counted but shown without scores. Without --json or --csv a readable table is printed.',
  ],
  positionals: [{ name: 'FILE', description: 'the survey CSV (comma, semicolon or tab; UTF-8, UTF-16 or Windows-1252) or a survey-tool export' }],
  flags: {
    ...SURVEY_FLAGS,
    ...TOOL_FLAGS,
    ...JSON_FLAG,
    csv: {
      type: 'boolean',
      description: 'print one CSV row per tie (rwg, dimension and subscale means included; formulas neutralised); with --lang da it is written for Danish Excel (as --excel)',
    },
    excel: {
      type: 'boolean',
      description: 'CSV for Excel (implies --csv): UTF-8 with BOM; with --lang da ";" separated with decimal commas, else "," and decimal points',
    },
    ...OUT_FLAG,
    ...LANG_FLAG,
  },
  examples: [
    'relcap score svar.csv',
    'relcap score svar.csv --min-raters 5 --json --out score.json',
    'relcap score svar.csv --excel --lang da --out bånd.csv',
    'relcap score export.csv --format wide --mapping mapping.json --delimiter ";" --encoding windows-1252 --csv',
  ],
  async run(args, io) {
    const command = 'relcap score';
    const [file] = expectPositionals(command, args, ['FILE']) as [string];
    exclusiveFlags(command, args, ['json', 'csv']);
    exclusiveFlags(command, args, ['json', 'excel']);
    const { score, summary } = await scoreSurveyInput(command, args, io, file, langOf(args));
    let text: string;
    if (booleanFlag(args, 'json')) text = toJsonText({ ...score, import: importSection(file, summary) } satisfies ScoreDocument);
    else if (booleanFlag(args, 'csv') || booleanFlag(args, 'excel')) {
      const lang = langOf(args);
      const set = getDimensionSet(score.dimensionSet);
      const dialect = booleanFlag(args, 'excel') || lang === 'da' ? EXCEL_CSV[lang] : PLAIN_CSV;
      text = scoreToCsv(
        score,
        set.dimensions.map((d) => d.key),
        set.groups.map((g) => g.key),
        dialect,
      );
    }
    else text = formatScoreTable(file, score, summary, langOf(args));
    await emit(io, text, stringFlag(args, 'out'));
    return EXIT_CODES.ok;
  },
};
