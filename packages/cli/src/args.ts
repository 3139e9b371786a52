import { parseArgs } from 'node:util';
import { UsageError } from './cli-errors';

/** One flag of a command, described as data: parsing and `--help` both read it. */
export interface FlagSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  /** Shown in help after the flag, e.g. `N` in `--min-items N`. */
  readonly valueName?: string;
  /** Allowed values of a string flag; anything else is a usage error. */
  readonly choices?: readonly string[];
  readonly description: string;
}

/** The flags of a command by long name (without `--`). */
export type FlagSpecs = Readonly<Record<string, FlagSpec>>;

/** The parsed command line of one command. */
export interface ParsedArgs {
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  readonly positionals: readonly string[];
}

const isParseArgsError = (e: unknown): e is Error => {
  const code: unknown = e instanceof Error ? (e as Error & { code?: unknown }).code : undefined;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
};

/**
 * Parses `argv` against `flags` with `node:util` `parseArgs` (strict: unknown flags and missing
 * values are usage errors), then checks `choices`.
 *
 * @example
 * ```ts
 * parseCommandArgs('relcap score', ['a.csv', '--json'], { json: { type: 'boolean', description: 'JSON' } });
 * // { values: { json: true }, positionals: ['a.csv'] }
 * ```
 */
export function parseCommandArgs(command: string, argv: readonly string[], flags: FlagSpecs): ParsedArgs {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = {};
  for (const [name, spec] of Object.entries(flags)) {
    options[name] = spec.short === undefined ? { type: spec.type } : { type: spec.type, short: spec.short };
  }
  let parsed: { values: Record<string, string | boolean | undefined>; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true }) as typeof parsed;
  } catch (e) {
    if (isParseArgsError(e)) {
      // node's messages span lines and end with advice on '--' that does not apply here
      const message = e.message.split(/\.?\s*To specify /)[0]!.replace(/\s*\n\s*/g, ' ');
      throw new UsageError('RELCAP_CLI_BAD_FLAG', `${command}: ${message}`);
    }
    throw e;
  }
  for (const [name, spec] of Object.entries(flags)) {
    const v = parsed.values[name];
    if (spec.choices !== undefined && typeof v === 'string' && !spec.choices.includes(v)) {
      throw new UsageError('RELCAP_CLI_BAD_FLAG_VALUE', `${command}: --${name} must be one of ${spec.choices.join(', ')}`, {
        value: v,
        expected: spec.choices.join(' | '),
      });
    }
  }
  return { values: parsed.values, positionals: parsed.positionals };
}

/**
 * A string flag's value, or `undefined` when not given.
 *
 * @example
 * ```ts
 * stringFlag(args, 'out'); // 'score.json'
 * ```
 */
export function stringFlag(args: ParsedArgs, name: string): string | undefined {
  const v = args.values[name];
  return typeof v === 'string' ? v : undefined;
}

/**
 * A boolean flag: `true` when given.
 *
 * @example
 * ```ts
 * booleanFlag(args, 'json'); // false
 * ```
 */
export function booleanFlag(args: ParsedArgs, name: string): boolean {
  return args.values[name] === true;
}

/**
 * An integer flag's value (`undefined` when not given); a usage error when it is not a whole
 * number of at least `min`.
 *
 * @example
 * ```ts
 * integerFlag('relcap score', args, 'min-raters', 1); // 3
 * ```
 */
export function integerFlag(command: string, args: ParsedArgs, name: string, min: number): number | undefined {
  const raw = stringFlag(args, name);
  if (raw === undefined) return undefined;
  const n = /^\s*\d+\s*$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min) {
    throw new UsageError('RELCAP_CLI_BAD_FLAG_VALUE', `${command}: --${name} must be a whole number >= ${min}`, {
      value: raw,
      expected: `an integer >= ${min}`,
    });
  }
  return n;
}

/**
 * Checks the number of positional arguments and returns them.
 *
 * @example
 * ```ts
 * const [file] = expectPositionals('relcap score', args, ['FILE']);
 * ```
 */
export function expectPositionals(command: string, args: ParsedArgs, names: readonly string[]): string[] {
  const got = args.positionals;
  if (got.length < names.length) {
    const missing = names.slice(got.length).join(' ');
    throw new UsageError('RELCAP_CLI_MISSING_ARGUMENT', `${command}: missing ${missing} (see ${command} --help)`);
  }
  if (got.length > names.length) {
    throw new UsageError('RELCAP_CLI_EXTRA_ARGUMENT', `${command}: unexpected argument "${got[names.length]}" (see ${command} --help)`);
  }
  return [...got];
}

/**
 * Refuses flags that cannot go together, e.g. `--json` and `--csv`.
 *
 * @example
 * ```ts
 * exclusiveFlags('relcap score', args, ['json', 'csv']);
 * ```
 */
export function exclusiveFlags(command: string, args: ParsedArgs, names: readonly string[]): void {
  const given = names.filter((n) => args.values[n] !== undefined && args.values[n] !== false);
  if (given.length > 1) {
    throw new UsageError('RELCAP_CLI_CONFLICTING_FLAGS', `${command}: ${given.map((n) => `--${n}`).join(' and ')} cannot be used together`);
  }
}
