import pkg from '../package.json';
import { parseCommandArgs } from './args';
import type { CliIo } from './cli-io';
import { exitCodeOf, formatErrorMessage, UsageError } from './cli-errors';
import { formatCommandHelp, formatGeneralHelp, formatGroupHelp } from './commands/help';
import { COMMANDS, findCommand } from './commands/registry';
import { EXIT_CODES } from './exit-codes';
import { errorLang } from './output/danish-error';

/** The version printed by `relcap --version` (from packages/cli/package.json). */
export const VERSION: string = pkg.version;

function unknownCommand(argv: readonly string[]): UsageError {
  const group = COMMANDS.filter((c) => c.name.startsWith(`${argv[0]} `));
  if (group.length > 0) {
    const sub = argv[1];
    const names = group.map((c) => c.name).join(', ');
    return sub === undefined || sub.startsWith('-')
      ? new UsageError('RELCAP_CLI_MISSING_COMMAND', `relcap ${argv[0]}: name a command: ${names}`)
      : new UsageError('RELCAP_CLI_UNKNOWN_COMMAND', `relcap ${argv[0]}: unknown command "${sub}" (one of ${names})`);
  }
  return new UsageError('RELCAP_CLI_UNKNOWN_COMMAND', `unknown command "${argv[0]}" (see relcap --help)`);
}

/**
 * Runs `relcap` with the arguments after the program name and returns the exit code
 * ({@link EXIT_CODES}). Never throws and never exits the process: errors are printed on
 * `io.stderr` as one line (with the stack only when `RELCAP_DEBUG=1`).
 *
 * @example
 * ```ts
 * process.exitCode = await main(process.argv.slice(2), processIo());
 * ```
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const debug = io.env?.RELCAP_DEBUG === '1';
  try {
    const first = argv[0];
    if (first === undefined) {
      io.stderr.write(formatGeneralHelp(COMMANDS, VERSION));
      return EXIT_CODES.usage;
    }
    if (first === '--help' || first === '-h' || first === 'help') {
      io.stdout.write(formatGeneralHelp(COMMANDS, VERSION));
      return EXIT_CODES.ok;
    }
    if (first === '--version' || first === '-V') {
      io.stdout.write(`${VERSION}\n`);
      return EXIT_CODES.ok;
    }
    const found = findCommand(argv);
    const group = COMMANDS.filter((c) => c.name.startsWith(`${first} `));
    if (found === undefined && group.length > 0 && (argv[1] === '--help' || argv[1] === '-h' || argv[1] === 'help')) {
      io.stdout.write(formatGroupHelp(first, group));
      return EXIT_CODES.ok;
    }
    if (found === undefined) {
      if (first.startsWith('-')) throw new UsageError('RELCAP_CLI_BAD_FLAG', `unknown flag ${first} before the command (see relcap --help)`);
      throw unknownCommand(argv);
    }
    const { command, rest } = found;
    const args = parseCommandArgs(`relcap ${command.name}`, rest, {
      ...command.flags,
      help: { type: 'boolean', short: 'h', description: 'show this help' },
    });
    if (args.values.help === true) {
      io.stdout.write(formatCommandHelp(command));
      return EXIT_CODES.ok;
    }
    return await command.run(args, io);
  } catch (e) {
    io.stderr.write(formatErrorMessage(e, debug, errorLang(argv)));
    return exitCodeOf(e);
  }
}
