#!/usr/bin/env node
// The fuzz suite, longer: `pnpm --filter @bp/verify fuzz -- --seed 7 --runs 100000`.
// Runs test/fuzz with the seed and the number of cases per property passed to fast-check.
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

// pnpm passes the `--` that separates its own options on to the script: drop it.
const args = process.argv.slice(2).filter((arg, i) => !(i === 0 && arg === '--'));
const { values } = parseArgs({ args, options: { seed: { type: 'string', default: String(Date.now() % 2147483647) }, runs: { type: 'string', default: '10000' } } });
for (const [name, value] of Object.entries(values)) {
  if (!/^\d+$/.test(value)) {
    process.stderr.write(`fuzz: --${name} takes a non-negative integer, found "${value}"\n`);
    process.exit(2);
  }
}
process.stderr.write(`fuzz: seed ${values.seed}, ${values.runs} cases per property\n`);
const result = spawnSync('pnpm', ['exec', 'vitest', 'run', 'test/fuzz'], {
  stdio: 'inherit',
  env: { ...process.env, BP_FUZZ_SEED: values.seed, BP_FUZZ_RUNS: values.runs },
});
process.exit(result.status ?? 1);
