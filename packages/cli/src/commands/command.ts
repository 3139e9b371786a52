import type { FlagSpecs, ParsedArgs } from '../args';
import type { CliIo } from '../cli-io';

/**
 * A `relcap` command described as data: `main` parses its flags, `--help` prints its
 * description, and `run` does the work and returns the exit code.
 *
 * @example
 * ```ts
 * const hello: Command = { name: 'hello', summary: 'Say hello', positionals: [], flags: {}, examples: [],
 *   run: async (_args, io) => { io.stdout.write('hello\n'); return 0; } };
 * ```
 */
export interface Command {
  /** Words after `relcap`, e.g. `score` or `map metrics`. */
  readonly name: string;
  readonly summary: string;
  /** Longer help text, one paragraph per entry. */
  readonly details?: readonly string[];
  readonly positionals: readonly { readonly name: string; readonly description: string }[];
  readonly flags: FlagSpecs;
  /** Example command lines shown in `--help`. */
  readonly examples: readonly string[];
  run(args: ParsedArgs, io: CliIo): Promise<number>;
}

/** Output language of tables and messages. */
export type Lang = 'da' | 'en';

/** The `--lang` flag shared by commands that print prose. */
export const LANG_FLAG: FlagSpecs = {
  lang: { type: 'string', valueName: 'da|en', choices: ['da', 'en'], description: 'language of tables and messages (default en)' },
};

/** The `--out` flag: write the result to a file (atomically) instead of stdout. */
export const OUT_FLAG: FlagSpecs = {
  out: { type: 'string', short: 'o', valueName: 'FILE', description: 'write the result to FILE (atomically) instead of stdout' },
};

/** The `--json` flag. */
export const JSON_FLAG: FlagSpecs = {
  json: { type: 'boolean', description: 'print a JSON document instead of a table' },
};

/**
 * The `--lang` value, English by default.
 *
 * @example
 * ```ts
 * langOf(args); // 'da'
 * ```
 */
export function langOf(args: ParsedArgs): Lang {
  return args.values.lang === 'da' ? 'da' : 'en';
}
