#!/usr/bin/env node
// `pnpm relcap ...` from any folder of the repository (the root and every workspace package
// define the script; folders without a package.json use the root's): runs the built CLI, building core and cli first
// when their dist folders are missing, so the command works right after `pnpm install`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { constants } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const cliDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const root = join(cliDir, '..', '..');
const bin = join(cliDir, 'dist', 'bin.js');
if (!existsSync(bin) || !existsSync(join(root, 'packages', 'core', 'dist', 'index.js'))) {
  const built = spawnSync('pnpm', ['--filter', '@relcap/core', '--filter', '@relcap/cli', 'build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
const run = spawnSync(process.execPath, [bin, ...process.argv.slice(2)], { stdio: 'inherit', cwd: process.env.INIT_CWD ?? process.cwd() });
if (run.status !== null) process.exit(run.status); // the CLI's own exit code, passed through
// Killed by a signal (out of memory is SIGABRT): never reported as exit 1, "invalid input".
const signal = run.signal ?? 'unknown signal';
process.stderr.write(`relcap: the process was stopped by ${signal}${signal === 'SIGABRT' ? ' (likely out of memory)' : ''}; this is a bug, please report it with the command\n`);
process.exit(128 + (constants.signals[signal] ?? 0));
