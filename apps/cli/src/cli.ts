#!/usr/bin/env node
import nodeModule from 'node:module';

// Node ≥ 22.1 can keep compiled code on disk between runs, which saves most of the time spent
// compiling the bundle at start-up; Node 20 has no such cache and skips this line.
(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();

const { main, reportOutputError } = await import('./main.js');

// A reader that stops early (bp grad --batch big.jsonl | head) is not an error: stop quietly.
// Any other failure to write (a full disk: > /dev/full) is bad input, reported in one line.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  process.exit(error.code === 'EPIPE' ? 0 : reportOutputError(error, process.argv.slice(2)));
});

process.exitCode = await main(process.argv.slice(2));
