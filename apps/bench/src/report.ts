import { formatTable, gflops, speedup, type Timing } from './harness.js';

/** numpy/OpenBLAS single-threaded float32 matmul on this class of machine, for context. */
export const OPENBLAS_GFLOPS = 76;

/**
 * A target. Relative: bp (the measure's `bp` contender, or `contender`) at least `atLeast` times
 * faster than `peer`, or `peer` taking at most `atMost` times bp's time. Absolute: `contender` (default bp) within
 * `maxMs` milliseconds or at `minGflops` GFLOP/s or more.
 */
export interface Goal {
  readonly peer?: string;
  readonly atLeast?: number;
  readonly atMost?: number;
  readonly contender?: string;
  readonly maxMs?: number;
  readonly minGflops?: number;
  /** How the report states the goal, when not `<bp> ≥ <atLeast>× <peer>`. */
  readonly label?: string;
}

/** A goal with what was measured: the speedup over the peer, the milliseconds or the GFLOP/s. */
export interface GoalResult extends Goal {
  readonly speedup: number;
  readonly met: boolean;
}

/** Timings with their rates (NaN `flops` for none) and bp's speedup over each (the peer's time ÷ bp's). */
export function withRates(timings: readonly Timing[], flops: number, bp: string): ContenderResult[] {
  const own = timings.find((t) => t.name === bp);
  return timings.map((t) => ({
    ...t,
    gflops: Number.isFinite(flops) ? gflops(flops, t.medianMs) : Number.NaN,
    bpSpeedup: own === undefined ? Number.NaN : speedup(own.medianMs, t.medianMs),
  }));
}

/**
 * Checks goals against timings: a relative goal compares `bp` (or the goal's contender) with its
 * peer, an absolute one reads the contender's median time or rate. A goal whose contenders were not
 * timed is missed, with NaN as its value.
 */
export function evaluateGoals(goals: readonly Goal[], timings: readonly ContenderResult[], bp: string): GoalResult[] {
  return goals.map((goal) => {
    const own = timings.find((t) => t.name === (goal.contender ?? bp));
    if (goal.peer !== undefined) {
      const peer = timings.find((t) => t.name === goal.peer);
      const value = own === undefined || peer === undefined ? Number.NaN : peer.medianMs / own.medianMs;
      const met = value >= (goal.atLeast ?? 0) && (goal.atMost === undefined || value <= goal.atMost);
      return { ...goal, speedup: value, met };
    }
    if (goal.maxMs !== undefined) {
      const value = own?.medianMs ?? Number.NaN;
      return { ...goal, speedup: value, met: value <= goal.maxMs };
    }
    const value = own?.gflops ?? Number.NaN;
    return { ...goal, speedup: value, met: value >= (goal.minGflops ?? Number.POSITIVE_INFINITY) };
  });
}

function goalLabel(goal: GoalResult, bp: string): string {
  if (goal.label !== undefined) return goal.label;
  const who = goal.contender ?? bp;
  if (goal.peer !== undefined) {
    return goal.atMost !== undefined ? `${goal.peer} ≤ ${goal.atMost}× ${who}'s time` : `${who} ≥ ${goal.atLeast ?? 0}× ${goal.peer}`;
  }
  return goal.maxMs !== undefined ? `${who} ≤ ${goal.maxMs} ms` : `${who} ≥ ${goal.minGflops ?? 0} GFLOP/s`;
}

function goalValue(goal: GoalResult): string {
  if (goal.peer !== undefined) return `${fixed(goal.speedup, 2)}×`;
  return goal.maxMs !== undefined ? `${fixed(goal.speedup, 2)} ms` : `${fixed(goal.speedup, 1)} GFLOP/s`;
}

/** One contender's timing with its rate and how many times faster bp is. */
export interface ContenderResult extends Timing {
  readonly gflops: number;
  readonly bpSpeedup: number;
}

/** Everything measured on one task. */
export interface MeasureResult {
  readonly id: string;
  readonly title: string;
  /** The contender the speedups are relative to; default `bp wasm`. */
  readonly bp?: string;
  /** Operations of one run; NaN where rates make no sense. */
  readonly flops: number;
  readonly timings: readonly ContenderResult[];
  /** Contenders whose result disagreed with the reference, and so were not timed. */
  readonly rejected: readonly { readonly name: string; readonly reason: string }[];
  readonly goals: readonly GoalResult[];
  /** Facts checked or measured besides the timings, printed under the tables. */
  readonly notes?: readonly string[];
}

/** The machine and runtime the numbers come from. */
export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly node: string;
  readonly platform: string;
  /** The 1-minute load average before and after the run: above the core count, other work competed. */
  readonly load: readonly [before: number, after: number];
  /** The float32 gemm module bp runs: `wasm-relaxed-simd` (fused multiply-add) or `wasm-simd`. */
  readonly gemm?: string;
}

function fixed(value: number, digits: number): string {
  return Number.isFinite(value) ? value.toFixed(digits) : '—';
}

function milliseconds(value: number): string {
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value >= 1 ? value.toFixed(2) : value.toFixed(3);
}

/**
 * The human-readable report: one row per contender and task with the median time, GFLOP/s, the
 * fraction of OpenBLAS and bp's speedup over it (peer time ÷ bp's time), then the goals and notes.
 */
export function formatReport(machine: Machine, results: readonly MeasureResult[]): string {
  const rows: string[][] = [];
  for (const result of results) {
    result.timings.forEach((t, index) => {
      rows.push([
        index === 0 ? result.title : '',
        t.name,
        milliseconds(t.medianMs),
        fixed(t.gflops, 2),
        Number.isFinite(t.gflops) ? `${fixed((100 * t.gflops) / OPENBLAS_GFLOPS, 1)}%` : '—',
        `${fixed(t.bpSpeedup, 2)}×`,
      ]);
    });
    for (const r of result.rejected) rows.push(['', r.name, 'disagrees', '—', '—', '—']);
  }
  const goals: string[][] = results.flatMap((result) =>
    result.goals.map((g) => [result.title, goalLabel(g, result.bp ?? 'bp wasm'), goalValue(g), g.met ? 'met' : 'MISSED']),
  );
  const notes = results.flatMap((result) => (result.notes ?? []).map((note) => `${result.title}: ${note}`));
  const rejected = results.flatMap((result) => result.rejected.map((r) => `${result.title}: ${r.name} ${r.reason}`));
  return [
    `${machine.cpu}, ${machine.cores} cores, Node ${machine.node} (${machine.platform}), ` +
      `load average ${fixed(machine.load[0], 2)} before and ${fixed(machine.load[1], 2)} after; medians of interleaved samples.` +
      (machine.gemm === undefined ? '' : ` bp's gemm: ${machine.gemm}.`),
    '',
    formatTable(['measure', 'contender', 'ms', 'GFLOP/s', `of ${OPENBLAS_GFLOPS}`, 'bp speedup'], rows),
    '',
    formatTable(['measure', 'goal', 'measured', 'status'], goals),
    ...(notes.length > 0 ? ['', ...notes] : []),
    ...(rejected.length > 0 ? ['', 'Disagreed with the reference (not timed):', ...rejected] : []),
  ].join('\n');
}

/** One line per series, rate against n, for the square products: a small self-contained SVG. */
export function gflopsChart(results: readonly MeasureResult[], contenders: readonly string[]): string {
  const square = results
    .map((r) => ({ r, size: /^matmul-(\d+)$/.exec(r.id)?.[1] }))
    .filter((x): x is { r: MeasureResult; size: string } => x.size !== undefined)
    .map(({ r, size }) => ({ size: Number(size), r }));
  const width = 560;
  const height = 320;
  const left = 56;
  const bottom = 40;
  const top = 24;
  const right = 150;
  const sizes = square.map((s) => s.size);
  const peak = Math.max(1, ...square.flatMap((s) => s.r.timings.map((t) => t.gflops)).filter(Number.isFinite));
  const yMax = Math.ceil(peak / 10) * 10;
  const x = (size: number): number => {
    const lo = Math.log2(Math.min(...sizes));
    const hi = Math.log2(Math.max(...sizes));
    return left + ((Math.log2(size) - lo) / Math.max(hi - lo, 1)) * (width - left - right);
  };
  const y = (rate: number): number => height - bottom - (rate / yMax) * (height - bottom - top);
  const colours = ['#d62728', '#1f77b4', '#2ca02c', '#9467bd', '#8c564b', '#7f7f7f'];
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="${width}" height="${height}" fill="white"/>`,
    `<text x="${left}" y="16">float32 matmul, GFLOP/s (higher is better)</text>`,
  ];
  for (let tick = 0; tick <= yMax; tick += yMax / 5) {
    parts.push(
      `<line x1="${left}" x2="${width - right}" y1="${y(tick)}" y2="${y(tick)}" stroke="#ddd"/>`,
      `<text x="${left - 6}" y="${y(tick) + 4}" text-anchor="end">${tick}</text>`,
    );
  }
  for (const size of sizes) {
    parts.push(`<text x="${x(size)}" y="${height - bottom + 18}" text-anchor="middle">n = ${size}</text>`);
  }
  contenders.forEach((name, index) => {
    const points = square
      .map((s) => ({ size: s.size, rate: s.r.timings.find((t) => t.name === name)?.gflops }))
      .filter((p): p is { size: number; rate: number } => p.rate !== undefined && Number.isFinite(p.rate));
    if (points.length === 0) return;
    const colour = colours[index % colours.length]!;
    parts.push(
      `<polyline fill="none" stroke="${colour}" stroke-width="2" points="${points.map((p) => `${x(p.size).toFixed(1)},${y(p.rate).toFixed(1)}`).join(' ')}"/>`,
      ...points.map((p) => `<circle cx="${x(p.size).toFixed(1)}" cy="${y(p.rate).toFixed(1)}" r="3" fill="${colour}"/>`),
      `<text x="${width - right + 10}" y="${top + 16 + index * 18}" fill="${colour}">${name}</text>`,
    );
  });
  parts.push('</svg>', '');
  return parts.join('\n');
}
