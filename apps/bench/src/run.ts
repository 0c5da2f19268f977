// `pnpm --filter bench bench -- ARGS`: the measures of bench.js with ARGS, then derive at scale
// (derive-scale.js), which takes no options and is skipped when `--only`, `--json` or `--help`
// picks part of the output. One script, so ARGS reach bench.js rather than the last command.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The arguments pnpm passed, without the `--` it may keep in front of them. */
export function benchArguments(argv: readonly string[]): string[] {
  return argv[0] === '--' ? argv.slice(1) : [...argv];
}

/** Whether derive at scale runs after the measures: only for the full, human-readable run. */
export function runsDeriveScale(args: readonly string[]): boolean {
  return !args.some((arg) => arg === '--json' || arg === '--help' || arg === '--only' || arg.startsWith('--only='));
}

function run(script: string, args: readonly string[]): number {
  const child = spawnSync(process.execPath, [fileURLToPath(new URL(script, import.meta.url)), ...args], { stdio: 'inherit' });
  return child.status ?? 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = benchArguments(process.argv.slice(2));
  let status = run('./bench.js', args);
  if (status === 0 && runsDeriveScale(args)) status = run('./derive-scale.js', []);
  process.exitCode = status;
}
