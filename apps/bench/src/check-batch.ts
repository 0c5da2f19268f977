import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { type MeasureOptions, measureInterleaved, median, speedup } from './harness.js';
import type { Goal, MeasureResult } from './report.js';
import { CLI_PATH, childCpuMs } from './startup.js';

const LINES = 2000;
/** Lines checked one process each, spread evenly over the file, to extrapolate a process per line. */
const SAMPLE = 20;

const GOALS: readonly Goal[] = [
  { peer: 'bp check --batch --workers 1', atLeast: 1.6, label: '--workers 2 ≥ 1.6× --workers 1' },
  { peer: 'a bp check process per line (extrapolated)', atLeast: 20, label: '--batch ≥ 20× a process per line' },
];

/** A program family with a right and a wrong hand-derived partial (the recipe of apps/cli/test/check-batch-fixture.ts). */
const TEMPLATES: readonly { program: (a: number) => string; wrt: string; right: (a: number) => string; wrong: (a: number) => string; inputs: readonly string[] }[] = [
  { program: (a) => `${a}*x^2*y`, wrt: 'x', right: (a) => `2*${a}*x*y`, wrong: (a) => `2*${a}*x`, inputs: ['x', 'y'] },
  { program: (a) => `sin(${a}*x) * exp(y)`, wrt: 'x', right: (a) => `${a}*cos(${a}*x)*exp(y)`, wrong: (a) => `cos(${a}*x)*exp(y)`, inputs: ['x', 'y'] },
  {
    program: (a) => `z = w*x + ${a}; p = sigmoid(z); L = (t - p)^2 / 2`,
    wrt: 'w',
    right: () => '(p - t)*p*(1 - p)*x',
    wrong: () => '(p - t)*p*x',
    inputs: ['w', 'x', 't'],
  },
  { program: (a) => `log(x^2 + ${a}) * y`, wrt: 'x', right: (a) => `2*x*y/(x^2 + ${a})`, wrong: (a) => `2*x/(x^2 + ${a})`, inputs: ['x', 'y'] },
  { program: (a) => `sqrt(x^2 + y^2 + ${a})`, wrt: 'y', right: (a) => `y/sqrt(x^2 + y^2 + ${a})`, wrong: (a) => `y/(x^2 + y^2 + ${a})`, inputs: ['x', 'y'] },
];

const MALFORMED = ['{"program": "x^2"', '{"claims": {"x": "2*x"}}', '{"program": "x^*2"}', '', '{"program": "x*y", "order": 2}'];

/**
 * The acceptance batch of issue 17: `lines` lines, a multiple of 50 malformed (2 %), n mod 20 = 7
 * a wrong claim (5 %), the rest right; half the lines give a point. Seeded (mulberry32), so every
 * run checks the same file.
 */
export function acceptanceBatch(lines: number, seed = 17): string[] {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 15), z | 1);
    z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
    return ((z ^ (z >>> 14)) >>> 0) / 4294967296;
  };
  const out: string[] = [];
  for (let n = 1; n <= lines; n++) {
    if (n % 50 === 0) {
      out.push(MALFORMED[(n / 50) % MALFORMED.length]!);
      continue;
    }
    const template = TEMPLATES[Math.floor(next() * TEMPLATES.length)]!;
    const a = 2 + Math.floor(next() * 8);
    const claim = n % 20 === 7 ? template.wrong(a) : template.right(a);
    const line: Record<string, unknown> = { id: `line-${n}`, program: template.program(a), claims: { [template.wrt]: claim } };
    if (next() < 0.5) line.at = Object.fromEntries(template.inputs.map((name) => [name, Math.round((next() * 4 - 2) * 100) / 100]));
    out.push(JSON.stringify(line));
  }
  return out;
}

/**
 * The `bp check` arguments that check one batch line on its own (`--at`, one `--claim` per claim),
 * or undefined for a line that is not a checkable object.
 * @example
 * lineArguments('{"program": "x^2", "at": {"x": 3}, "claims": {"x": "2*x"}}');
 * // ['check', 'x^2', '--at', 'x=3', '--claim', 'x=2*x']
 */
export function lineArguments(text: string): string[] | undefined {
  let line: { program?: unknown; at?: Record<string, number>; claims?: Record<string, string>; order?: unknown };
  try {
    line = JSON.parse(text) as typeof line;
  } catch {
    return undefined;
  }
  if (typeof line.program !== 'string' || line.order !== undefined) return undefined;
  const at = Object.entries(line.at ?? {}).map(([name, value]) => `${name}=${value}`);
  const claims = Object.entries(line.claims ?? {}).flatMap(([name, expression]) => ['--claim', `${name}=${expression}`]);
  return ['check', line.program, ...(at.length > 0 ? ['--at', at.join(',')] : []), ...claims];
}

function readStat(): string | undefined {
  try {
    return readFileSync('/proc/self/stat', 'utf8');
  } catch {
    return undefined;
  }
}

/** Runs `node dist/cli.js …args`, returning its output and the CPU time it used (from /proc, when there is one). */
function runCli(args: readonly string[]): { stdout: string; status: number | null; cpuMs: number } {
  const before = childCpuMs(readStat());
  const run = spawnSync(process.execPath, [CLI_PATH, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const after = childCpuMs(readStat());
  return { stdout: run.stdout, status: run.status, cpuMs: before === undefined || after === undefined ? Number.NaN : after - before };
}

/** Runs the sampled lines one process each and returns the median wall time of a process, in ms. */
function processPerLine(lines: readonly string[]): { medianMs: number; checked: number } {
  // The well-formed lines (those with an id): a malformed one would be a quicker error.
  const sample = lines
    .filter((text) => text.startsWith('{"id"'))
    .map((text, i) => ({ args: lineArguments(text), i }))
    .filter((entry): entry is { args: string[]; i: number } => entry.args !== undefined);
  const step = Math.max(1, Math.floor(sample.length / SAMPLE));
  const times: number[] = [];
  for (let k = 0; k < sample.length && times.length < SAMPLE; k += step) {
    const start = performance.now();
    const run = runCli(sample[k]!.args);
    times.push(performance.now() - start);
    if (run.status !== 0 && run.status !== 1) throw new Error(`bp ${sample[k]!.args.join(' ')} exited with ${String(run.status)}`);
  }
  return { medianMs: median(times), checked: times.length };
}

// A fixed amount of pure arithmetic, the same in every thread.
const BURN = 'let s = 0; for (let i = 0; i < 2e8; i++) s += i % 7; require("node:worker_threads").parentPort.postMessage(s);';

/** Wall time of `threads` threads each running {@link BURN} at once, in ms. */
async function burn(threads: number): Promise<number> {
  const start = performance.now();
  await Promise.all(
    Array.from({ length: threads }, () => new Promise<void>((resolve, reject) => {
      const worker = new Worker(BURN, { eval: true });
      worker.once('message', () => void worker.terminate().then(() => resolve(), reject));
      worker.once('error', reject);
    })),
  );
  return performance.now() - start;
}

/**
 * How many cores this process really gets at the moment: the wall time of one thread of pure
 * arithmetic times two, over that of two such threads at once (2 on an idle 2-core machine, 1 when
 * other work leaves it one core's worth). The ceiling for `--workers 2` measured at the same time.
 */
export async function effectiveCores(runs = 3): Promise<number> {
  const one: number[] = [];
  const two: number[] = [];
  for (let i = 0; i < runs; i++) {
    one.push(await burn(1));
    two.push(await burn(2));
  }
  return (2 * median(one)) / median(two);
}

/**
 * `bp check --batch` on the 2 000-line acceptance batch: `--workers 2` against `--workers 1`
 * (whole runs, interleaved), and the batch against one `bp check` process per line, extrapolated
 * from the median of a sample of lines each run as its own process. The JSON of both worker counts
 * is checked to be identical, with 2 000 lines, before anything is timed.
 */
export async function measureCheckBatch(options: MeasureOptions): Promise<MeasureResult> {
  const id = 'check-batch';
  const title = 'bp check --batch, 2 000 lines';
  const base = { id, title, bp: 'bp check --batch --workers 2', flops: Number.NaN };
  if (!existsSync(CLI_PATH)) return { ...base, timings: [], goals: [], rejected: [{ name: 'bp check', reason: `${CLI_PATH} is missing: run pnpm build first` }] };
  const dir = mkdtempSync(join(tmpdir(), 'bp-bench-'));
  try {
    const lines = acceptanceBatch(LINES);
    const file = join(dir, 'batch.jsonl');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const args = (workers: number): string[] => ['check', '--batch', file, '--json', '--workers', String(workers)];
    const one = runCli(args(1));
    const two = runCli(args(2));
    const answered = one.stdout.split('\n').filter((line) => line !== '').length;
    if (answered !== LINES || one.stdout !== two.stdout || one.status !== 2) {
      const reason = `answered ${answered} of ${LINES} lines, exit ${String(one.status)}, outputs ${one.stdout === two.stdout ? 'equal' : 'differ'}`;
      return { ...base, timings: [], goals: [], rejected: [{ name: 'bp check --batch', reason }] };
    }
    const cpu: Record<string, number[]> = { 1: [], 2: [] };
    const contender = (workers: number): { name: string; run: () => void } => ({
      name: `bp check --batch --workers ${workers}`,
      run: () => void cpu[workers]!.push(runCli(args(workers)).cpuMs),
    });
    const timings = await measureInterleaved([contender(2), contender(1)], { ...options, sampleMs: 0, warmupMs: 0 });
    const cores = await effectiveCores();
    const perProcess = processPerLine(lines);
    const all = [...timings, { name: 'a bp check process per line (extrapolated)', medianMs: perProcess.medianMs * LINES, samplesMs: [], iterations: perProcess.checked }];
    const bp = all[0]!;
    const cpuMs = (workers: number): number => median(cpu[workers]!.slice(1));
    const wallMs = (workers: number): number => timings.find((t) => t.name === `bp check --batch --workers ${workers}`)!.medianMs;
    // Two threads cannot finish before their CPU time, spread over the cores the process gets.
    const ceiling = (cores * wallMs(1)) / cpuMs(2);
    return {
      ...base,
      timings: all.map((t) => ({ ...t, gflops: Number.NaN, bpSpeedup: speedup(bp.medianMs, t.medianMs) })),
      rejected: [],
      goals: GOALS.map((goal) => {
        const peer = all.find((t) => t.name === goal.peer);
        const value = peer === undefined ? Number.NaN : speedup(bp.medianMs, peer.medianMs);
        return { ...goal, speedup: value, met: value >= (goal.atLeast ?? 0) };
      }),
      notes: [
        `this process got ${cores.toFixed(2)} cores' worth of CPU during the run (two threads of pure arithmetic against one), the ceiling of --workers 2 ÷ --workers 1 at that moment`,
        `--workers 1 and --workers 2 print the same JSON, byte for byte (${LINES} lines, 100 wrong claims, 40 malformed lines)`,
        `a process per line: the median of ${perProcess.checked} lines run as their own bp check process, ${perProcess.medianMs.toFixed(0)} ms, times ${LINES} lines`,
        `child CPU time (user + system), median: --workers 1 ${cpuMs(1).toFixed(0)} ms, --workers 2 ${cpuMs(2).toFixed(0)} ms (10 ms ticks; the first run is the warm-up)`,
        `lines a second: --workers 1 ${((LINES * 1000) / wallMs(1)).toFixed(0)}, --workers 2 ${((LINES * 1000) / wallMs(2)).toFixed(0)}`,
        `--workers 1 kept ${(cpuMs(1) / wallMs(1)).toFixed(2)} cores busy (CPU time over wall time: V8 compiles hot code on threads of its own); --workers 2 took ${(cpuMs(2) / cpuMs(1)).toFixed(2)}× its CPU time, so on ${cores.toFixed(2)} cores --workers 2 ÷ --workers 1 could be at most ${ceiling.toFixed(2)}×`,
      ],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
