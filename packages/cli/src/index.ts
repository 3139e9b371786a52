/**
 * @relcap/cli: the `relcap` command line. `main` runs it in-process with injectable streams.
 *
 * This file re-exports only.
 */
export type { CliIo, TextSink } from './cli-io';
export { processIo } from './cli-io';
export { CliIoError, UsageError } from './cli-errors';
export { EXIT_CODES } from './exit-codes';
export type { ExitCode } from './exit-codes';
export { main, VERSION } from './main';
