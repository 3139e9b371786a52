import type { ParsedArgs } from '../args';
import type { CliIo } from '../cli-io';
import type { Lang } from '../commands/command';
import { createIssuePrinter } from '../output/issue-printer';
import { problemFromError, toProblem } from '../output/problems';
import { formatToolReport } from '../output/tool-report';
import { importOptionsFromFlags } from './import-flags';
import { type ScoredFile, type ScoreFileHooks, scoreSurveyFile } from './score-survey-file';
import { surveyFlagOptions } from './survey-flags';

/** Lenient runs print at most this many problems on stderr; `relcap validate` lists all. */
export const MAX_PRINTED_WARNINGS = 20;

/**
 * Scores the survey FILE named on a command line through core's one import path
 * (`importSurvey`: core decides the layout). When core read a survey tool's export, its import
 * report is printed on stderr. In lenient mode each skipped problem is printed on stderr as a
 * `warning: FILE:LINE: ...` line (at most {@link MAX_PRINTED_WARNINGS}).
 *
 * @example
 * ```ts
 * const { score, summary } = await scoreSurveyInput('relcap score', args, io, 'svar.csv', 'en');
 * ```
 */
export async function scoreSurveyInput(command: string, args: ParsedArgs, io: CliIo, file: string, lang: Lang, hooks: ScoreFileHooks = {}): Promise<ScoredFile> {
  surveyFlagOptions(command, args); // bad flags first: a usage error even if FILE is also missing
  const warnings = createIssuePrinter(io, file, MAX_PRINTED_WARNINGS, 'warning: ');
  const { importOptions, scoreOptions } = await importOptionsFromFlags(command, args, io);
  const run = await scoreSurveyFile(io, file, { ...importOptions, onIssue: (e) => warnings.print(problemFromError(e)) }, scoreOptions, hooks);
  if (run.summary.toolReport !== undefined) io.stderr.write(formatToolReport(run.summary.toolReport, lang));
  for (const issue of run.score.issues) warnings.print(toProblem(issue));
  warnings.finish(`relcap validate ${file} lists them all`);
  return run;
}
