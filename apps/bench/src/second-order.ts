import { compile, type HessianKernel } from '@bp/numeric';
import { parse } from '@bp/symbolic';
import { hessianGraph } from '@bp/symbolic/engine';
import { type MeasureOptions, measureInterleaved, speedup } from './harness.js';
import type { MeasureResult } from './report.js';

/** Points per kernel call, as the issue states the goal. */
export const POINTS = 100_000;

/** Programs whose Hessian-vector product is timed against their value and gradient. */
export const HVP_PROGRAMS: readonly { readonly id: string; readonly title: string; readonly source: string }[] = [
  { id: 'neuron', title: 'HVP: neuron with loss', source: 'z = w*x + b; a = sigmoid(z); L = (y - a)^2 / 2' },
  {
    id: 'tanh-network',
    title: 'HVP: tanh network',
    source: 'h1 = tanh(w1*x + b1); h2 = tanh(w2*x + b2); out = v1*h1 + v2*h2; loss = (out - y)^2',
  },
  { id: 'smooth', title: 'HVP: smooth function', source: 'x^2 * y + sin(x * y) + log(1 + x^2 + y^2)' },
];

/** A seeded generator of uniform numbers in [-1, 1) (Lehmer), so runs compare like with like. */
function uniform(seed: number): () => number {
  let state = seed;
  return () => ((state = (state * 48271) % 2147483647) / 2147483647) * 2 - 1;
}

function arrays(names: readonly string[], n: number, seed: number): Record<string, Float64Array> {
  const next = uniform(seed);
  return Object.fromEntries(names.map((name) => [name, Float64Array.from({ length: n }, next)]));
}

/**
 * Why a kernel's H·v is wrong at its first points, or undefined: each product is compared with
 * central differences of the same kernel's gradient along v, (∇f(x + hv) − ∇f(x − hv)) / 2h.
 */
function checkHvp(kernel: HessianKernel, inputs: Record<string, Float64Array>, v: Record<string, Float64Array>): string | undefined {
  const k = 16;
  const head = (record: Record<string, Float64Array>) => Object.fromEntries(Object.entries(record).map(([name, a]) => [name, a.slice(0, k)]));
  const x = head(inputs);
  const d = head(v);
  const h = 1e-6;
  const shifted = (sign: number) =>
    kernel.evaluate(Object.fromEntries(kernel.inputs.map((name) => [name, x[name]!.map((value, i) => value + sign * h * (d[name]?.[i] ?? 0))])));
  const plus = shifted(1);
  const minus = shifted(-1);
  const product = kernel.hvp(x, d).hvp;
  for (const name of kernel.wrt) {
    for (let i = 0; i < k; i++) {
      const numeric = (plus.gradient[name]![i]! - minus.gradient[name]![i]!) / (2 * h);
      const got = product[name]![i]!;
      if (!(Math.abs(got - numeric) <= 1e-6 + 1e-5 * Math.abs(numeric))) return `(H·v).${name} at point ${i} is ${got}, differences give ${numeric}`;
    }
  }
  return undefined;
}

/**
 * One compiled Hessian-vector product against one compiled value-and-gradient evaluation of the
 * same program over 100 000 float64 points (goal: the product costs at most 4× the gradient).
 */
export async function measureHvp(program: (typeof HVP_PROGRAMS)[number], options: MeasureOptions): Promise<MeasureResult> {
  const kernel = compile(program.source, { hessian: true });
  const inputs = arrays(kernel.inputs, POINTS, 7);
  const v = arrays(kernel.wrt, POINTS, 11);
  const id = `hvp-${program.id}`;
  const base = { id, title: program.title, bp: 'bp hvp', flops: Number.NaN };
  const reason = checkHvp(kernel, inputs, v);
  if (reason !== undefined) return { ...base, timings: [], rejected: [{ name: 'bp hvp', reason }], goals: [] };
  const arraysOf = () => Object.fromEntries(kernel.wrt.map((name) => [name, new Float64Array(POINTS)]));
  const out = { value: new Float64Array(POINTS), gradient: arraysOf() };
  const hvpOut = { value: new Float64Array(POINTS), gradient: arraysOf(), hvp: arraysOf() };
  // Both write into preallocated arrays, so neither pays for allocation.
  const timings = await measureInterleaved([
    { name: 'bp hvp', run: () => void kernel.hvp(inputs, v, hvpOut) },
    { name: 'bp value+gradient', run: () => void kernel.evaluate(inputs, out) },
  ], options);
  const hvp = timings[0]!;
  const gradient = timings[1]!;
  const ratio = hvp.medianMs / gradient.medianMs;
  return {
    ...base,
    timings: timings.map((t) => ({ ...t, gflops: Number.NaN, bpSpeedup: speedup(hvp.medianMs, t.medianMs) })),
    rejected: [],
    goals: [{ peer: 'bp value+gradient', atLeast: 0.25, label: 'hvp ≤ 4× value+gradient', speedup: speedup(hvp.medianMs, gradient.medianMs), met: ratio <= 4 }],
    notes: [`one H·v over ${POINTS} points costs ${ratio.toFixed(2)}× one value and gradient (${kernel.wrt.length} inputs)`],
  };
}

/**
 * A program of n inputs: the quadratic form ½·xᵀAx (A dense and symmetric, written as row sums
 * r_i = Σ_j A_ij x_j) plus a layer of four sigmoid units, L = q/2 + Σ_k v_k σ(w_k · x + b_k).
 */
export function quadraticSigmoidProgram(n: number, units = 4): string {
  const next = uniform(3);
  const a = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = i; j < n; j++) a[i]![j] = a[j]![i] = Number(next().toFixed(3));
  }
  const x = (i: number): string => `x${i + 1}`;
  const lines: string[] = [];
  for (let i = 0; i < n; i++) lines.push(`r${i + 1} = ${a[i]!.map((value, j) => `${value}*${x(j)}`).join(' + ')}`);
  lines.push(`q = ${Array.from({ length: n }, (_, i) => `${x(i)}*r${i + 1}`).join(' + ')}`);
  for (let k = 0; k < units; k++) {
    lines.push(`h${k + 1} = sigmoid(${Array.from({ length: n }, (_, i) => `${Number(next().toFixed(3))}*${x(i)}`).join(' + ')} + ${Number(next().toFixed(3))})`);
  }
  lines.push(`L = q / 2 + ${Array.from({ length: units }, (_, k) => `${Number(next().toFixed(3))}*h${k + 1}`).join(' + ')}`);
  return lines.join('\n');
}

/** Graph sizes of one Hessian build: the program, what the gradient and Hessian add, and the same without symmetry. */
function sizes(n: number): { program: number; hessian: number; withoutSymmetry: number; entries: number } {
  const added = (symmetric: boolean): { program: number; hessian: number } => {
    const program = parse(quadraticSigmoidProgram(n));
    // The Hessian's nodes live in an extension of the program's graph, which never grows.
    const before = program.graph.size;
    return { program: before, hessian: hessianGraph(program, { symmetric }).graph.size - before };
  };
  return { ...added(true), withoutSymmetry: added(false).hessian, entries: (n * (n + 1)) / 2 };
}

/**
 * The full symbolic Hessian of a 100-input program (a dense quadratic form plus a sigmoid layer):
 * parse and hessianGraph from scratch each run (goal: under 1 s), and the graph's size at 25, 50
 * and 100 inputs against the program's (goal: linear in it).
 */
export async function measureSymbolicHessian(options: MeasureOptions): Promise<MeasureResult> {
  const source = quadraticSigmoidProgram(100);
  const timings = await measureInterleaved([
    { name: 'bp hessian (parse + build)', run: () => void hessianGraph(parse(source)) },
    { name: 'bp parse alone', run: () => void parse(source) },
  ], { ...options, sampleMs: 0, warmupMs: 0 });
  const build = timings[0]!;
  const growth = [25, 50, 100].map((n) => ({ n, ...sizes(n) }));
  const notes = growth.map((g) =>
    `${g.n} inputs: program ${g.program} nodes, gradient + Hessian add ${g.hessian} (${(g.hessian / g.program).toFixed(2)}× the program, ${(g.hessian / g.entries).toFixed(2)} per distinct entry; ${g.withoutSymmetry} without using symmetry)`);
  return {
    id: 'hessian-100',
    title: 'symbolic Hessian, 100 inputs',
    bp: build.name,
    flops: Number.NaN,
    timings: timings.map((t) => ({ ...t, gflops: Number.NaN, bpSpeedup: speedup(build.medianMs, t.medianMs) })),
    rejected: [],
    goals: [{ peer: '1 s', atLeast: 1, label: 'build < 1 s (1000 ms ÷ build ms)', speedup: 1000 / build.medianMs, met: build.medianMs < 1000 }],
    notes,
  };
}
