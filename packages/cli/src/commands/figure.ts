import { resolve } from 'node:path';
import { expectPositionals, integerFlag, stringFlag } from '../args';
import { UsageError } from '../cli-errors';
import { EXIT_CODES } from '../exit-codes';
import { fileKind } from '../input/file-kind';
import { readMapFile } from '../input/read-map-file';
import { scoreSurveyInput } from '../input/score-survey-input';
import { SURVEY_FLAGS } from '../input/survey-flags';
import { TOOL_FLAGS } from '../input/tool-flags';
import { writeFileAtomic } from '../output/atomic-write';
import { emit } from '../output/emit';
import { type Command, LANG_FLAG, langOf } from './command';
import { mapFigureSvg, roleNetworkFigureSvg, svgToPng } from './figure-render';

/** PNG widths `relcap figure` accepts, in pixels. */
export const PNG_WIDTH = { min: 100, max: 10_000, default: 2000 } as const;

/** `relcap figure FILE --to svg|png --out PATH`. */
export const figureCommand: Command = {
  name: 'figure',
  summary: 'Draw a figure for a paper: the role network of a survey or a child-centred map, as SVG or PNG',
  details: [
    'FILE is a survey (its role network is drawn, as in the report) or a map (relcap JSON, GEXF or GraphML: the child-centred map). The drawing is the visualizer’s scene model drawn by its Node renderer (sceneToSvgString), with title and legend.',
    `SVG goes to stdout or --out; PNG needs --out and is rendered without a browser by resvg (@resvg/resvg-js), --width pixels wide (${PNG_WIDTH.min}..${PNG_WIDTH.max}, default ${PNG_WIDTH.default}).`,
  ],
  positionals: [{ name: 'FILE', description: 'a survey or a map' }],
  flags: {
    ...SURVEY_FLAGS,
    ...TOOL_FLAGS,
    to: { type: 'string', valueName: 'svg|png', choices: ['svg', 'png'], description: 'output format (default svg)' },
    width: { type: 'string', valueName: 'PX', description: `width of the PNG in pixels (default ${PNG_WIDTH.default})` },
    title: { type: 'string', valueName: 'TEXT', description: 'title of a role network figure' },
    ...LANG_FLAG,
    out: { type: 'string', short: 'o', valueName: 'PATH', description: 'write the figure to PATH (atomically); required for PNG' },
  },
  examples: ['relcap figure svar.csv --to svg --out roller.svg', 'relcap figure kort.json --to png --width 2400 --out kort.png --lang da'],
  async run(args, io) {
    const command = 'relcap figure';
    const [file] = expectPositionals(command, args, ['FILE']) as [string];
    const to = stringFlag(args, 'to') ?? 'svg';
    const out = stringFlag(args, 'out');
    const width = integerFlag(command, args, 'width', PNG_WIDTH.min) ?? PNG_WIDTH.default;
    if (width > PNG_WIDTH.max) throw new UsageError('RELCAP_CLI_BAD_FLAG_VALUE', `${command}: --width must be ${PNG_WIDTH.min}..${PNG_WIDTH.max}, not ${width}`);
    if (to === 'png' && out === undefined) throw new UsageError('RELCAP_CLI_MISSING_FLAG', `${command}: --to png writes binary data and needs --out PATH`);
    const lang = langOf(args);
    let svg: string;
    if ((await fileKind(io, file)) === 'map') svg = mapFigureSvg((await readMapFile(io, file)).map, lang);
    else {
      const { score } = await scoreSurveyInput(command, args, io, file, lang);
      svg = roleNetworkFigureSvg(score, lang, stringFlag(args, 'title') ?? (lang === 'da' ? 'Rollernes netværk' : 'Role network'));
    }
    if (to === 'svg') await emit(io, svg, out);
    else {
      const png = await svgToPng(svg, width);
      await writeFileAtomic(resolve(io.cwd, out!), png, out);
    }
    return EXIT_CODES.ok;
  },
};
