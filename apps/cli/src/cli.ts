#!/usr/bin/env node
import nodeModule from 'node:module';

// Node ≥ 22.1 can keep compiled code on disk between runs, which saves most of the time spent
// compiling the bundle at start-up; Node 20 has no such cache and skips this line.
(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();

// A reader that stops early (bp grad --batch big.jsonl | head) is not an error: stop quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const { main } = await import('./main.js');
process.exitCode = await main(process.argv.slice(2));
