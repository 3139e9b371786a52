import type { Command } from './command';
import { compareCommand } from './compare';
import { inspectCommand } from './inspect';
import { mapExportCommand } from './map-export';
import { mapGapsCommand } from './map-gaps';
import { mapMetricsCommand } from './map-metrics';
import { mapValidateCommand } from './map-validate';
import { reportCommand } from './report';
import { scoreCommand } from './score';
import { tableCommand } from './table';
import { figureCommand } from './figure';
import { validateCommand } from './validate';

/** Every command, in the order `relcap --help` lists them. */
export const COMMANDS: readonly Command[] = [
  scoreCommand,
  validateCommand,
  compareCommand,
  reportCommand,
  tableCommand,
  figureCommand,
  mapValidateCommand,
  mapMetricsCommand,
  mapExportCommand,
  mapGapsCommand,
  inspectCommand,
];

/**
 * The command named by the first words of `argv` (`['map', 'metrics', ...]`), and the rest of
 * the arguments; `undefined` when no command matches.
 *
 * @example
 * ```ts
 * findCommand(['map', 'gaps', 'kort.json'])?.command.name; // 'map gaps'
 * ```
 */
export function findCommand(argv: readonly string[]): { command: Command; rest: string[] } | undefined {
  let best: { command: Command; rest: string[] } | undefined;
  for (const command of COMMANDS) {
    const words = command.name.split(' ');
    if (words.every((w, i) => argv[i] === w) && (best === undefined || words.length > best.command.name.split(' ').length)) {
      best = { command, rest: argv.slice(words.length) };
    }
  }
  return best;
}
