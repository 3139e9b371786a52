import {
  collectMapProblems,
  detectMapFormat,
  jsonDepthProblem,
  type MapDocumentFormat,
  type MapMigrationNote,
  mapWarnings,
  type NetworkMap,
  parseMap,
  RelcapError,
  readMapDocument,
  validateMapWithNotes,
} from '@relcap/core';
import { expectPositionals } from '../args';
import { EXIT_CODES } from '../exit-codes';
import { readTextFile } from '../input/read-text-file';
import { formatProblem, type Problem, problemFromError } from '../output/problems';
import { type Command, LANG_FLAG, langOf } from './command';

/** The result of checking a map document: every problem, or the map. */
export interface MapCheck {
  readonly format: MapDocumentFormat | undefined;
  readonly problems: readonly Problem[];
  readonly map?: NetworkMap;
  /** What reading an older format version changed (relcap JSON only). */
  readonly notes?: readonly MapMigrationNote[];
}

/**
 * Checks a map document and lists every problem core finds: for relcap JSON all of them
 * (`collectMapProblems`), for GEXF and GraphML the first one the reader throws.
 *
 * @example
 * ```ts
 * checkMapText('{"schemaVersion":1}', 'kort.json').problems.length; // > 0
 * ```
 */
export function checkMapText(text: string, file: string): MapCheck {
  const format = detectMapFormat(text);
  try {
    if (format !== 'json') return { format, problems: [], map: readMapDocument(text, { file }) };
    let data: unknown;
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    if (jsonDepthProblem(body) !== null) return { format, problems: [], map: parseMap(text, { file }) }; // throws the located depth error
    try {
      data = JSON.parse(body);
    } catch {
      return { format, problems: [], map: parseMap(text, { file }) }; // throws the located syntax error
    }
    const problems = collectMapProblems(data, { file });
    if (problems.length > 0) return { format, problems: problems.map(problemFromError) };
    const { map, notes } = validateMapWithNotes(data, { file });
    return { format, problems: [], map, notes };
  } catch (e) {
    if (e instanceof RelcapError) return { format, problems: [problemFromError(e)] };
    throw e;
  }
}

const FORMAT_NAME: Readonly<Record<MapDocumentFormat, string>> = { json: 'relcap JSON', gexf: 'GEXF', graphml: 'GraphML' };

/** `relcap map validate FILE`. */
export const mapValidateCommand: Command = {
  name: 'map validate',
  summary: 'Check a network map (relcap JSON, GEXF or GraphML) and list every problem',
  details: [
    'Problems are printed on stderr as FILE:LINE: message or FILE: at PATH: message lines, and the exit code is 1. Warnings (no coordinator, isolated actors) are printed on stderr but do not fail.',
  ],
  positionals: [{ name: 'FILE', description: 'the map file' }],
  flags: { ...LANG_FLAG },
  examples: ['relcap map validate kort.json'],
  async run(args, io) {
    const [file] = expectPositionals('relcap map validate', args, ['FILE']) as [string];
    const lang = langOf(args);
    const check = checkMapText(await readTextFile(io, file), file);
    if (check.map === undefined) {
      for (const p of check.problems) io.stderr.write(`${formatProblem(p, file)}\n`);
      const n = check.problems.length;
      io.stderr.write(lang === 'da' ? `${file}: ${n} fejl\n` : `${file}: ${n} ${n === 1 ? 'problem' : 'problems'}\n`);
      return EXIT_CODES.invalidInput;
    }
    const { map } = check;
    for (const n of check.notes ?? []) {
      const text = lang === 'da' ? `kortet er i formatversion ${n.from} og blev læst som version ${n.to} (gemte placeringer omregnet til vinkel og afstand); gem det for at beholde det nye format` : n.message.replace(/^map: /, '');
      io.stderr.write(`${file}: ${lang === 'da' ? 'bemærk' : 'note'}: ${text} [${n.code}]
`);
    }
    for (const w of mapWarnings(map)) io.stderr.write(`${file}: ${lang === 'da' ? 'advarsel' : 'warning'}: ${w.message[lang]} [${w.code}]\n`);
    const format = FORMAT_NAME[check.format ?? 'json'];
    io.stdout.write(
      lang === 'da'
        ? `${file}: OK (${format}, ${map.actors.length} aktører, ${map.relations.length} relationer)\n`
        : `${file}: OK (${format}, ${map.actors.length} actors, ${map.relations.length} relations)\n`,
    );
    return EXIT_CODES.ok;
  },
};
