import { type Answer, RelcapError } from '@relcap/core';
import { expectPositionals } from '../args';
import { EXIT_CODES } from '../exit-codes';
import { scoreSurveyFile } from '../input/score-survey-file';
import { importOptionsFromFlags } from '../input/import-flags';
import { SURVEY_FLAGS, surveyFlagOptions } from '../input/survey-flags';
import { TOOL_FLAGS } from '../input/tool-flags';
import { formatToolReport } from '../output/tool-report';
import { createIssuePrinter } from '../output/issue-printer';
import { problemFromError, toProblem } from '../output/problems';
import { type Command, LANG_FLAG, langOf } from './command';

const { lenient: _lenient, ...IMPORT_FLAGS } = SURVEY_FLAGS;

/** `relcap validate FILE`. */
export const validateCommand: Command = {
  name: 'validate',
  summary: 'Check a survey file and list every problem (bad values, unknown labels, ragged rows, duplicates)',
  details: [
    'Reads the whole file in lenient mode and prints each problem on stderr as FILE:LINE: column "X": message [CODE]; exits 1 when there is any, else prints a one-line summary and exits 0.',
    'A survey-tool export (see relcap inspect) is read with its preset; its problems are listed the same way.',
  ],
  positionals: [{ name: 'FILE', description: 'the survey CSV' }],
  flags: { ...IMPORT_FLAGS, ...TOOL_FLAGS, ...LANG_FLAG },
  examples: ['relcap validate svar.csv', 'relcap validate export.csv --mapping mapping.json'],
  async run(args, io) {
    const command = 'relcap validate';
    const [file] = expectPositionals(command, args, ['FILE']) as [string];
    const lang = langOf(args);
    surveyFlagOptions(command, args); // bad flags first: a usage error even if FILE is also missing
    const { importOptions, scoreOptions } = await importOptionsFromFlags(command, args, io);
    const problems = createIssuePrinter(io, file, Number.POSITIVE_INFINITY);
    // The scorer runs strict so that each duplicate or role conflict throws here, in file order,
    // and is listed like an import problem; the answer is then left out, as lenient mode would.
    const add = (a: Answer, addToScorer: (a: Answer) => void): void => {
      try {
        addToScorer(a);
      } catch (e) {
        if (!(e instanceof RelcapError)) throw e;
        problems.print(problemFromError(e));
      }
    };
    const { score, summary } = await scoreSurveyFile(
      io,
      file,
      { ...importOptions, mode: 'lenient', maxIssues: 0, onIssue: (e) => problems.print(problemFromError(e)) },
      { ...scoreOptions, mode: 'strict' },
      { add },
    );
    if (summary.toolReport !== undefined) io.stderr.write(formatToolReport(summary.toolReport, lang));
    for (const issue of score.issues) problems.print(toProblem(issue));
    const n = problems.count();
    if (n > 0) {
      io.stderr.write(lang === 'da' ? `${file}: ${n} fejl\n` : `${file}: ${n} ${n === 1 ? 'problem' : 'problems'}\n`);
      return EXIT_CODES.invalidInput;
    }
    io.stdout.write(
      lang === 'da'
        ? `${file}: OK (${summary.tool ?? (summary.format === 'long' ? 'langt format' : 'bredt format')}, ${summary.rows} rækker, ${summary.answerCount} svar, ${score.respondents} respondenter, ${summary.targetRoles.length} roller vurderet)\n`
        : `${file}: OK (${summary.tool ?? `${summary.format} format`}, ${summary.rows} rows, ${summary.answerCount} answers, ${score.respondents} respondents, ${summary.targetRoles.length} roles rated)\n`,
    );
    return EXIT_CODES.ok;
  },
};
