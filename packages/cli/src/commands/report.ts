import { basename } from 'node:path';
import pkg from '../../package.json';
import { expectPositionals, type ParsedArgs, stringFlag } from '../args';
import { EXIT_CODES } from '../exit-codes';
import { SURVEY_FLAGS, surveyFlagOptions } from '../input/survey-flags';
import { TOOL_FLAGS } from '../input/tool-flags';
import { emit } from '../output/emit';
import { reportText } from '../report/report-strings';
import { renderReport } from '../report/render-report';
import { type Command, type Lang, OUT_FLAG } from './command';
import { compareWaves, scoreWithRatings } from './score-with-ratings';

const reportLang = (args: ParsedArgs): Lang => (stringFlag(args, 'lang') === 'en' ? 'en' : 'da');

/** `relcap report FILE [--compare EARLIER] --out report.html`. */
export const reportCommand: Command = {
  name: 'report',
  summary: 'Write one self-contained HTML report of a survey: role matrix, role network, tie profiles, statistics, methods',
  details: [
    "The report is one HTML file with inline CSS and SVG, no scripts and nothing fetched: it opens offline and prints to A4 PDF with one section per page. Sections: the role-by-role matrix, the role network, roles and network RC, a profile of each tie, reliability and aggregation (Cronbach's alpha, rwg(j), ICC(1)/ICC(2)) and the methods with references.",
    'The input is read as by relcap score (survey CSV or survey-tool export, same flags). Ties rated by fewer than --min-raters respondents (default 3) are suppressed: shown as such, without scores. With --compare EARLIER the report adds the change since an earlier survey read with the same flags: per tie with a Welch interval, new and vanished ties, and the network change.',
  ],
  positionals: [{ name: 'FILE', description: 'the survey (as for relcap score)' }],
  flags: {
    ...SURVEY_FLAGS,
    ...TOOL_FLAGS,
    compare: {
      type: 'string',
      valueName: 'EARLIER',
      description: 'an earlier survey of the same roles to compare with (the report describes FILE; change = FILE minus EARLIER)',
    },
    lang: { type: 'string', valueName: 'da|en', choices: ['da', 'en'], description: 'language of the report (default da)' },
    title: { type: 'string', valueName: 'TEXT', description: 'heading of the report (default "Relationel koordinering: rapport")' },
    ...OUT_FLAG,
  },
  examples: ['relcap report svar.csv --out rapport.html', 'relcap report efterår.csv --compare forår.csv --lang en --out report.html'],
  async run(args, io) {
    const command = 'relcap report';
    surveyFlagOptions(command, args); // bad flags first: a usage error even if FILE is also missing
    const [file] = expectPositionals(command, args, ['FILE']) as [string];
    const lang = reportLang(args);
    const { score, ratings } = await scoreWithRatings(command, args, io, file, lang);
    const earlier = stringFlag(args, 'compare');
    const before = earlier === undefined ? undefined : await scoreWithRatings(command, args, io, earlier, lang);
    // Loaded on use: keeps d3 and the scene code out of the other commands' start-up.
    const { drawRoleNetwork } = await import('../report/draw-role-network');
    const title = stringFlag(args, 'title');
    const html = renderReport(
      {
        file: basename(file),
        score,
        ...(ratings === undefined ? {} : { ratings }),
        networkSvg: drawRoleNetwork(score, lang, reportText(lang, 'networkTitle')),
        ...(before === undefined || earlier === undefined
          ? {}
          : { comparison: { file: basename(earlier), before: before.score, result: compareWaves(before, { score, ratings }, score.options.confidence) } }),
      },
      { lang, version: pkg.version, generatedAt: new Date().toISOString().slice(0, 10), ...(title === undefined ? {} : { title }) },
    );
    await emit(io, html, stringFlag(args, 'out'));
    return EXIT_CODES.ok;
  },
};
