import type { FlagSpec } from '../args';
import { padToWidth, stringWidth } from '../output/string-width';
import type { Command } from './command';

/** The exit-code table printed by `relcap --help` (docs/cli.md has the same). */
export const EXIT_CODE_HELP: readonly (readonly [string, string])[] = [
  ['0', 'success'],
  ['1', 'invalid input: validation problems, or an error in a survey or map file'],
  ['2', 'usage error: unknown command or flag, missing argument, bad flag value'],
  ['3', 'I/O error: a file cannot be read or written'],
  ['4', 'internal error (a bug; RELCAP_DEBUG=1 prints the stack trace)'],
];

function wrap(text: string, indent: number, width = 80): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line !== '' && indent + stringWidth(line) + 1 + stringWidth(word) > width) {
      out.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') out.push(line);
  return out.map((l) => ' '.repeat(indent) + l);
}

/** Labels wider than this get their description on the next line. */
const MAX_LABEL_WIDTH = 28;

function twoColumns(rows: readonly (readonly [string, string])[], indent = 2): string[] {
  const w = Math.min(MAX_LABEL_WIDTH, Math.max(...rows.map(([a]) => stringWidth(a))));
  return rows.flatMap(([a, b]) => {
    const text = wrap(b, indent + w + 2);
    if (stringWidth(a) > w) return [' '.repeat(indent) + a, ...text];
    const [first = '', ...rest] = text;
    return [' '.repeat(indent) + padToWidth(a, w) + '  ' + first.trimStart(), ...rest];
  });
}

const flagLabel = (name: string, f: FlagSpec): string =>
  `${f.short !== undefined ? `-${f.short}, ` : '    '}--${name}${f.type === 'string' ? ` ${f.valueName ?? 'VALUE'}` : ''}`;

/**
 * `relcap <command> --help`: usage line, description, arguments, flags, examples.
 *
 * @example
 * ```ts
 * formatCommandHelp(scoreCommand).startsWith('Usage: relcap score FILE'); // true
 * ```
 */
export function formatCommandHelp(c: Command): string {
  const usage = ['relcap', c.name, ...c.positionals.map((p) => p.name), ...(Object.keys(c.flags).length > 0 ? ['[flags]'] : [])].join(' ');
  const lines = [`Usage: ${usage}`, '', ...wrap(c.summary, 0), ...(c.details ?? []).flatMap((d) => ['', ...wrap(d, 0)])];
  if (c.positionals.length > 0) lines.push('', 'Arguments:', ...twoColumns(c.positionals.map((p) => [p.name, p.description])));
  const flags: [string, string][] = Object.entries(c.flags).map(([name, f]) => [flagLabel(name, f), f.description]);
  flags.push(['-h, --help', 'show this help']);
  lines.push('', 'Flags:', ...twoColumns(flags));
  if (c.examples.length > 0) lines.push('', 'Examples:', ...c.examples.map((e) => `  ${e}`));
  return `${lines.join('\n')}\n`;
}

/**
 * `relcap --help`: the commands, the global flags and the exit codes.
 *
 * @example
 * ```ts
 * formatGeneralHelp(COMMANDS, '0.1.0').includes('Exit codes:'); // true
 * ```
 */
export function formatGeneralHelp(commands: readonly Command[], version: string): string {
  const lines = [
    `relcap ${version}: relational coordination surveys and network maps around a child`,
    '',
    'Usage: relcap <command> [arguments] [flags]',
    '',
    'Commands:',
    ...twoColumns(commands.map((c) => [c.name, c.summary])),
    '',
    'Global flags:',
    ...twoColumns([
      ['-h, --help', 'show help (also after a command: relcap score --help)'],
      ['-V, --version', 'print the version'],
    ]),
    '',
    'Exit codes:',
    ...twoColumns(EXIT_CODE_HELP),
    '',
    ...wrap('Messages go to stderr, results to stdout (or to --out FILE). Everything runs locally; nothing is sent anywhere.', 0),
    'Documentation: docs/cli.md',
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * `relcap map --help` (and `relcap map` alone, on stderr): the commands of a group such as `map`.
 *
 * @example
 * ```ts
 * formatGroupHelp('map', COMMANDS.filter((c) => c.name.startsWith('map '))).includes('map metrics'); // true
 * ```
 */
export function formatGroupHelp(group: string, commands: readonly Command[]): string {
  const lines = [
    `Usage: relcap ${group} <command> [arguments] [flags]`,
    '',
    'Commands:',
    ...twoColumns(commands.map((c) => [c.name, c.summary])),
    '',
    `Help on one: relcap ${commands[0]?.name ?? group} --help`,
  ];
  return `${lines.join('\n')}\n`;
}
