import type { ParsedArgs } from '../args';
import type { CliIo } from '../cli-io';
import type { Lang } from '../commands/command';
import { createIssuePrinter } from '../output/issue-printer';
import { problemFromError, toProblem } from '../output/problems';
import { formatToolReport } from '../output/tool-report';
import { type ScoredFile, scoreSurveyFile } from './score-survey-file';
import { isToolExport, scoreToolExport } from './score-tool-export';
import { surveyFlagOptions, surveyOptionsFromFlags } from './survey-flags';

/** Lenient runs print at most this many problems on stderr; `relcap validate` lists all. */
export const MAX_PRINTED_WARNINGS = 20;

/**
 * Scores the survey FILE named on a command line. A survey-tool export (tool header rows, a
 * workbook, a tool flag or a tool mapping: `isToolExport`) goes through core `importFromTool`
 * and its import report is printed on stderr; any other file is streamed through
 * `streamSurvey`. In lenient mode each skipped problem is printed on stderr as a
 * `warning: FILE:LINE: ...` line (at most {@link MAX_PRINTED_WARNINGS}).
 *
 * @example
 * ```ts
 * const { score, summary } = await scoreSurveyInput('relcap score', args, io, 'svar.csv', 'en');
 * ```
 */
export async function scoreSurveyInput(command: string, args: ParsedArgs, io: CliIo, file: string, lang: Lang): Promise<ScoredFile> {
  surveyFlagOptions(command, args); // bad flags first: a usage error even if FILE is also missing
  const warnings = createIssuePrinter(io, file, MAX_PRINTED_WARNINGS, 'warning: ');
  let run: ScoredFile;
  if (await isToolExport(args, io, file)) {
    const tool = await scoreToolExport(command, args, io, file);
    io.stderr.write(formatToolReport(tool.report, lang));
    run = tool;
  } else {
    const { importOptions, scoreOptions } = await surveyOptionsFromFlags(command, args, io);
    run = await scoreSurveyFile(io, file, { ...importOptions, onIssue: (e) => warnings.print(problemFromError(e)) }, scoreOptions);
  }
  for (const issue of run.score.issues) warnings.print(toProblem(issue));
  warnings.finish(`relcap validate ${file} lists them all`);
  return run;
}
