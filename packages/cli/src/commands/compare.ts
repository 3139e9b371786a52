import { compareMaps } from '@relcap/core';
import { booleanFlag, expectPositionals, stringFlag } from '../args';
import { UsageError } from '../cli-errors';
import { EXIT_CODES } from '../exit-codes';
import { fileKind } from '../input/file-kind';
import { readMapFile } from '../input/read-map-file';
import { SURVEY_FLAGS } from '../input/survey-flags';
import { TOOL_FLAGS } from '../input/tool-flags';
import { formatMapComparison, formatSurveyComparison } from '../output/compare-text';
import { emit } from '../output/emit';
import { toJsonText } from '../output/json';
import { type Command, JSON_FLAG, LANG_FLAG, langOf, OUT_FLAG } from './command';
import { compareWaves, scoreWithRatings } from './score-with-ratings';

/** `relcap compare A B`. */
export const compareCommand: Command = {
  name: 'compare',
  summary: 'Compare two survey waves (per tie change with a Welch or, for respondents in both waves, a paired interval) or two rounds of a map (relations that changed)',
  details: [
    'A and B are both surveys or both maps (detected from the content). Surveys are scored with the same flags and compared by core compareSurveys; maps by compareMaps (relations matched by their actors and direction).',
    'When respondent ids recur across the waves, a tie whose raters all answered both waves gets a paired t interval; a tie where only some did keeps the Welch interval over all raters and lists the paired difference of those in both waves beside it (method column). The number of recurring respondents is printed.',
  ],
  positionals: [
    { name: 'A', description: 'the earlier wave or round' },
    { name: 'B', description: 'the later wave or round' },
  ],
  flags: { ...SURVEY_FLAGS, ...TOOL_FLAGS, ...JSON_FLAG, ...OUT_FLAG, ...LANG_FLAG },
  examples: ['relcap compare forår.csv efterår.csv', 'relcap compare kort-2026-03.json kort-2026-09.json --json'],
  async run(args, io) {
    const command = 'relcap compare';
    const [a, b] = expectPositionals(command, args, ['A', 'B']) as [string, string];
    const lang = langOf(args);
    const json = booleanFlag(args, 'json');
    const [kindA, kindB] = [await fileKind(io, a), await fileKind(io, b)];
    if (kindA !== kindB) {
      throw new UsageError('RELCAP_CLI_MIXED_COMPARE', `${command}: ${a} is a ${kindA} but ${b} is a ${kindB}; compare two surveys or two maps`);
    }
    let text: string;
    if (kindA === 'map') {
      const before = (await readMapFile(io, a)).map;
      const after = (await readMapFile(io, b)).map;
      const cmp = compareMaps(before, after);
      text = json ? toJsonText(cmp) : formatMapComparison(cmp, before, after, lang);
    } else {
      const before = await scoreWithRatings(command, args, io, a, lang);
      const after = await scoreWithRatings(command, args, io, b, lang);
      const cmp = compareWaves(before, after, after.score.options.confidence);
      text = json ? toJsonText(cmp) : formatSurveyComparison(cmp, lang);
    }
    await emit(io, text, stringFlag(args, 'out'));
    return EXIT_CODES.ok;
  },
};
