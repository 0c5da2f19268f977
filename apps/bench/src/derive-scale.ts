import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { derive, isSymbolicError, parse } from '@bp/symbolic';

/** One input size measured: a generated source and the variable to differentiate by. */
export interface ScaleCase {
  readonly id: string;
  readonly title: string;
  readonly wrt: string;
  readonly source: () => string;
  /** The goal: derived (or refused with `too-large`) within this many ms. */
  readonly goalMs?: number;
  /**
   * Run the built CLI instead of the library: `bp writeup` or `bp check` on the source at `at`
   * (its time includes Node's start-up, as a user's run does).
   */
  readonly command?: 'writeup' | 'check';
  /** The point the CLI case gives with --at. */
  readonly at?: () => string;
  /** The goal for the bytes the command prints. */
  readonly goalBytes?: number;
}

/** `0*x0^2 + 1*x1^2 + …`: a sum of n terms, about 14 characters each (the issue's 1,000-term sum is 17 KB). */
export function sumOfTerms(n: number): string {
  return Array.from({ length: n }, (_, i) => `${i + 1}*x${i}^2`).join(' + ');
}

/** A sum of terms with a function each, cycling through 5,000 inputs, up to `bytes` characters. */
export function mixedSum(bytes: number): string {
  const functions = ['sin', 'exp', 'tanh', 'sigmoid', 'cos'];
  const terms: string[] = [];
  for (let i = 0, length = 0; length < bytes; i++) {
    const term = `${functions[i % 5]!}(x${i % 5000}*x${(i * 7) % 5000} + 1)/(1 + x${(i * 13) % 5000}^2)`;
    terms.push(term);
    length += term.length + 3;
  }
  return terms.join(' + ');
}

/** n statements, each reading the previous two: `a2 = a1*a0 + sin(a1)*0.5`, … (fan-out at every name). */
export function chainProgram(n: number): string {
  const lines = ['a0 = x', 'a1 = x*y'];
  for (let i = 2; i < n; i++) lines.push(`a${i} = a${i - 1}*a${i - 2} + sin(a${i - 1})*0.5`);
  return lines.join('\n');
}

/** A scalar network of swish units, two lines a layer, then a squared error. */
export function swishNetwork(layers: number): string {
  const lines: string[] = [];
  for (let i = 1; i <= layers; i++) lines.push(`z${i} = w${i}*${i === 1 ? 'x' : `a${i - 1}`} + b${i}`, `a${i} = z${i}*sigmoid(z${i})`);
  lines.push(`L = (a${layers} - y)^2`);
  return lines.join('\n');
}

/** A point for {@link swishNetwork}: x = 0.5, y = 0.3, each weight 0.9 and each bias 0.1, as `--at` takes it. */
export function swishPoint(layers: number): string {
  const pairs = ['x=0.5', 'y=0.3'];
  for (let i = 1; i <= layers; i++) pairs.push(`w${i}=0.9`, `b${i}=0.1`);
  return pairs.join(',');
}

/** The sizes issue 19 reports (1,000 and 2,000 terms, 1 MB, 50,000 statements) and deep networks (issue 12, 14). */
export const SCALE_CASES: readonly ScaleCase[] = [
  { id: 'sum-1000', title: 'sum of 1,000 terms', wrt: 'x7', source: () => sumOfTerms(1_000) },
  { id: 'sum-2000', title: 'sum of 2,000 terms', wrt: 'x7', source: () => sumOfTerms(2_000), goalMs: 2_000 },
  { id: 'sum-1mb', title: 'sum of terms, 1 MB', wrt: 'x7', source: () => sumOfTerms(70_000), goalMs: 10_000 },
  { id: 'mixed-1mb', title: 'sum of function terms, 1 MB', wrt: 'x7', source: () => mixedSum(1_000_000), goalMs: 10_000 },
  { id: 'chain-50000', title: '50,000 statements with fan-out', wrt: 'x', source: () => chainProgram(50_000) },
  { id: 'swish-8', title: '8-layer swish network', wrt: 'x', source: () => swishNetwork(8) },
  { id: 'swish-50', title: '50-layer swish network', wrt: 'x', source: () => swishNetwork(50), goalMs: 2_000 },
  // Issue 14: a 50-layer network writes up and checks in under 2 s and 300 KB, with the built CLI.
  { id: 'swish-50-writeup', title: 'bp writeup, 50-layer swish network', wrt: 'x', source: () => swishNetwork(50), command: 'writeup', at: () => swishPoint(50), goalMs: 2_000, goalBytes: 300_000 },
  { id: 'swish-50-check', title: 'bp check, 50-layer swish network', wrt: 'x', source: () => swishNetwork(50), command: 'check', at: () => swishPoint(50), goalMs: 2_000, goalBytes: 300_000 },
];

/** What one case measured, in a child process of its own so memory is its own (NaN MB for CLI cases). */
export interface ScaleResult {
  readonly id: string;
  readonly sourceChars: number;
  /** `derived`, or the code of the error it was refused with. */
  readonly outcome: string;
  /** Parse, derive and the JSON `bp derive --json` prints, in ms. */
  readonly ms: number;
  /** Characters of that JSON; for a CLI case, bytes it printed. */
  readonly outputChars: number;
  /** Peak resident memory of the process, MB. */
  readonly peakMb: number;
}

function measureHere(scale: ScaleCase): ScaleResult {
  const source = scale.source();
  const start = performance.now();
  let outcome = 'derived';
  let outputChars = 0;
  try {
    const d = derive(parse(source), scale.wrt);
    const { wrt, derivative, compact, latex } = d;
    const steps = d.steps.map((s) => ({ rule: s.rule, expression: s.expression, result: s.result, latex: s.latex }));
    outputChars = JSON.stringify({ wrt, derivative, compact, latex, steps, ...(d.note === undefined ? {} : { note: d.note }) }).length;
  } catch (error) {
    outcome = isSymbolicError(error) ? error.code : `untyped ${(error as Error).name}`;
  }
  const ms = performance.now() - start;
  return { id: scale.id, sourceChars: source.length, outcome, ms, outputChars, peakMb: process.resourceUsage().maxRSS / 1024 };
}

/** The built CLI, run as a user runs it. */
const CLI = fileURLToPath(new URL('../../cli/dist/cli.js', import.meta.url));

/** A CLI case: `bp <command> - --at …` with the source on standard input, timed from spawn to exit. */
function measureCli(scale: ScaleCase & { command: 'writeup' | 'check' }): ScaleResult {
  const source = scale.source();
  const args = [CLI, scale.command, '-', ...(scale.at === undefined ? [] : ['--at', scale.at()])];
  const start = performance.now();
  const child = spawnSync(process.execPath, args, { input: Buffer.from(source), timeout: 120_000, maxBuffer: 1 << 30 });
  const ms = performance.now() - start;
  const outcome = child.status === 0 ? (scale.command === 'check' ? 'checked' : 'written') : `failed (${child.error?.message ?? `exit ${String(child.status ?? child.signal)}`})`;
  return { id: scale.id, sourceChars: source.length, outcome, ms, outputChars: child.stdout?.length ?? 0, peakMb: Number.NaN };
}

/** Runs each case in a fresh Node process with a 1 GB heap, as a user's `bp derive` would run, within 120 s. */
export function measureScale(cases: readonly ScaleCase[] = SCALE_CASES): ScaleResult[] {
  const script = fileURLToPath(import.meta.url);
  return cases.map((scale) => {
    if (scale.command !== undefined) return measureCli({ ...scale, command: scale.command });
    const child = spawnSync(process.execPath, ['--max-old-space-size=1024', script, '--case', scale.id], { encoding: 'utf8', timeout: 120_000 });
    if (child.status !== 0) {
      const why = child.error?.message ?? `exit ${String(child.status ?? child.signal)}`;
      return { id: scale.id, sourceChars: scale.source().length, outcome: `failed (${why})`, ms: Number.NaN, outputChars: 0, peakMb: Number.NaN };
    }
    return JSON.parse(child.stdout) as ScaleResult;
  });
}

/** Whether a case met its goals: time, and for CLI cases the bytes printed. */
function goalText(r: ScaleResult, scale: ScaleCase | undefined): string {
  const parts: string[] = [];
  if (scale?.goalMs !== undefined) parts.push(`≤ ${scale.goalMs} ms ${r.ms <= scale.goalMs ? 'met' : 'MISSED'}`);
  if (scale?.goalBytes !== undefined) parts.push(`≤ ${scale.goalBytes / 1000} KB ${r.outputChars <= scale.goalBytes ? 'met' : 'MISSED'}`);
  return parts.join(', ');
}

/** Whether any case missed a goal it has. */
export function missedGoal(results: readonly ScaleResult[], cases: readonly ScaleCase[] = SCALE_CASES): boolean {
  return results.some((r) => goalText(r, cases.find((c) => c.id === r.id)).includes('MISSED'));
}

/** The table BENCHMARKS.md shows, with each goal met or missed. */
export function formatScale(results: readonly ScaleResult[], cases: readonly ScaleCase[] = SCALE_CASES): string {
  const rows = [['case', 'source', 'outcome', 'ms', 'output', 'peak MB', 'goal']];
  for (const r of results) {
    const peak = Number.isNaN(r.peakMb) ? '–' : r.peakMb.toFixed(0);
    rows.push([r.id, `${(r.sourceChars / 1000).toFixed(1)} KB`, r.outcome, r.ms.toFixed(0), `${(r.outputChars / 1000).toFixed(1)} KB`, peak, goalText(r, cases.find((c) => c.id === r.id))]);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  return rows.map((row) => row.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd()).join('\n');
}

const caseFlag = process.argv.indexOf('--case');
if (caseFlag >= 0) {
  const scale = SCALE_CASES.find((c) => c.id === process.argv[caseFlag + 1]);
  if (scale === undefined) throw new Error(`no case ${String(process.argv[caseFlag + 1])}`);
  process.stdout.write(JSON.stringify(measureHere(scale)));
} else if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.stderr.write('measuring derive at scale (each case in its own process, 1 GB heap)…\n');
  const results = measureScale();
  process.stdout.write(`\nderive at scale (bp derive --json: parse, derive, JSON; the -writeup and -check cases run the built CLI)\n${formatScale(results)}\n`);
  const failed = results.some((r) => !['derived', 'written', 'checked', 'too-large'].includes(r.outcome));
  if (failed || missedGoal(results)) process.exitCode = 1;
}
