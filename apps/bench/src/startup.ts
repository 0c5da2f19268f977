import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Contender, type MeasureOptions, measureInterleaved, median } from './harness.js';
import { evaluateGoals, withRates, type Goal, type MeasureResult } from './report.js';

/** The built `bp` command, resolved from this package (apps/bench/dist or src) to apps/cli/dist. */
export const CLI_PATH: string = fileURLToPath(new URL('../../cli/dist/cli.js', import.meta.url));

/** The command measured: a whole `bp` run, parse to printed gradient. */
export const CLI_ARGS: readonly string[] = ['grad', 'x^2', '--at', 'x=1'];

/** bp's wall time at most 4× that of `node -e 0`: the speedup (node's time over bp's) at least 1/4. */
const GOALS: readonly Goal[] = [{ peer: 'node -e 0', atLeast: 0.25, label: 'bp grad ≤ 4× node -e 0' }];

/**
 * CPU time (user + system, ms) of a process's waited-for children, from the cutime and cstime
 * fields of a /proc/<pid>/stat line (clock ticks, normally 10 ms); undefined without one.
 * @example
 * childCpuMs('1 (node) S 0 0 0 0 0 0 0 0 0 0 0 0 25 12'); // 370
 */
export function childCpuMs(stat: string | undefined): number | undefined {
  if (stat === undefined) return undefined;
  // Fields after the command name in parentheses (which may hold spaces): state is field 3.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const cutime = Number(fields[16 - 3]);
  const cstime = Number(fields[17 - 3]);
  if (fields.length < 15 || !Number.isFinite(cutime) || !Number.isFinite(cstime)) return undefined;
  return ((cutime + cstime) * 1000) / 100;
}

function readStat(): string | undefined {
  try {
    return readFileSync('/proc/self/stat', 'utf8');
  } catch {
    return undefined;
  }
}

interface ProcessContender extends Contender {
  readonly cpuMs: number[];
  /** Why the last run's output is wrong, or undefined. */
  readonly check: () => string | undefined;
}

function processContender(name: string, args: readonly string[], expect: RegExp): ProcessContender {
  let last: ReturnType<typeof spawnSync> | undefined;
  const cpuMs: number[] = [];
  return {
    name,
    cpuMs,
    run: () => {
      const before = childCpuMs(readStat());
      last = spawnSync(process.execPath, args, { encoding: 'utf8' });
      const after = childCpuMs(readStat());
      if (before !== undefined && after !== undefined) cpuMs.push(after - before);
    },
    check: () => {
      if (last === undefined) return 'did not run';
      if (last.error !== undefined) return last.error.message;
      if (last.status !== 0) return `exited with ${String(last.status)}: ${String(last.stderr).trim()}`;
      return expect.test(String(last.stdout)) ? undefined : `printed ${JSON.stringify(String(last.stdout))}`;
    },
  };
}

/**
 * Measures `bp grad "x^2" --at x=1` end to end as a child process against a bare `node -e 0`:
 * wall time per spawn (interleaved, one spawn per sample, `runs` samples), and the children's CPU
 * time where /proc gives it. The CLI's output is checked (∂f/∂x = 2) before timing.
 */
export async function measureStartup(options: MeasureOptions): Promise<MeasureResult> {
  const id = 'cli-startup';
  const title = 'CLI start-up';
  if (!existsSync(CLI_PATH)) {
    return { id, title, bp: 'bp grad', flops: Number.NaN, timings: [], goals: [], rejected: [{ name: 'bp grad', reason: `${CLI_PATH} is missing: run pnpm build first` }] };
  }
  const all = [
    processContender('bp grad', [CLI_PATH, ...CLI_ARGS], /∂f\/∂x\s+2\s*$/mu),
    processContender('node -e 0', ['-e', '0'], /^$/),
  ];
  const agreeing: ProcessContender[] = [];
  const rejected: { name: string; reason: string }[] = [];
  for (const contender of all) {
    contender.run();
    const reason = contender.check();
    if (reason === undefined) agreeing.push(contender);
    else rejected.push({ name: contender.name, reason });
  }
  for (const contender of all) contender.cpuMs.length = 0;
  // One spawn per sample: the warm-up is a single run and each sample a single run.
  const timings = await measureInterleaved(agreeing, { ...options, sampleMs: 0, warmupMs: 0 });
  const bp = timings.find((t) => t.name === 'bp grad');
  const notes = agreeing.map((c) => {
    // The first entry is the warm-up run.
    const cpu = median(c.cpuMs.slice(1));
    return `${c.name}: child CPU time (user + system) ${Number.isFinite(cpu) ? `${cpu.toFixed(0)} ms` : 'unavailable'} median, in 10 ms ticks`;
  });
  const results = withRates(timings, Number.NaN, 'bp grad');
  const node = timings.find((t) => t.name === 'node -e 0');
  if (bp !== undefined && node !== undefined) {
    notes.unshift(`bp grad takes ${(bp.medianMs / node.medianMs).toFixed(2)}× the wall time of node -e 0 (goal: at most 4×)`);
  }
  return {
    id,
    title,
    bp: 'bp grad',
    flops: Number.NaN,
    timings: results,
    rejected,
    goals: evaluateGoals(GOALS, results, 'bp grad'),
    notes,
  };
}
