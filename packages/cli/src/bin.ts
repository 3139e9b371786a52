#!/usr/bin/env node
import { processIo } from './cli-io';
import { main } from './main';

// A reader that stops early (`relcap score FILE | head -1`) closes the pipe: the next write
// fails with EPIPE. That is the reader's choice, not an error: end quietly, without a trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
}

process.exitCode = await main(process.argv.slice(2), processIo());
