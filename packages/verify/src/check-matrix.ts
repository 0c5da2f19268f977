import { compileMatrix } from '@bp/numeric';
import { matrixGradient, parseMatrix, type MatrixOptions, type MatrixProgram, type Shape } from '@bp/symbolic';
import { evaluateMatrix } from '@bp/symbolic/engine';
import { checkGradient } from './check-gradient.js';
import { uniform } from './internal/random.js';

/** Options for {@link crossValidateMatrix}. */
export interface CrossValidateMatrixOptions extends MatrixOptions {
  /** Inputs to check; default every input. */
  readonly wrt?: readonly string[];
  /** Points to check: given points (each input row-major, or a number), or how many random ones. Default 3 random. */
  readonly points?: number | readonly Readonly<Record<string, ArrayLike<number> | number>>[];
  /** Seed of the random matrices. Default 1. */
  readonly seed?: number;
  /** Interval random entries are drawn from. Default [-2, 2]. */
  readonly range?: readonly [number, number];
  readonly rtol?: number;
  readonly atol?: number;
}

/** One compared gradient entry: which input, which row and column, and the two values. */
export interface MatrixEntryCheck {
  readonly input: string;
  /** `[row, column]` of the entry (0-based). */
  readonly entry: readonly [number, number];
  /** `symbolic-vs-numeric` (finite differences) or `compiled-vs-symbolic`. */
  readonly check: 'symbolic-vs-numeric' | 'compiled-vs-symbolic';
  readonly expected: number;
  readonly actual: number;
  readonly absError: number;
  readonly relError: number;
  readonly ok: boolean;
  /** Index into `points`. */
  readonly point: number;
}

/** Symbolic, compiled and finite-difference gradients of a matrix program compared entry by entry. */
export interface MatrixCrossValidation {
  readonly ok: boolean;
  readonly inputs: readonly string[];
  readonly wrt: readonly string[];
  readonly shapes: Readonly<Record<string, Shape>>;
  readonly maxAbsError: number;
  readonly maxRelError: number;
  /** Each point: its inputs row-major, the value, and whether every entry agreed there. */
  readonly points: readonly { readonly at: Readonly<Record<string, Float64Array>>; readonly value: number; readonly ok: boolean }[];
  /** Every compared entry, failures first, then by relative error, largest first. */
  readonly worst: readonly MatrixEntryCheck[];
  /** The tolerances finite differences were held to (checkGradient's, or the options'). */
  readonly rtol: number;
  readonly atol: number;
  /** Entries found at a kink (relu at 0, …), which pass when the symbolic value lies between the one-sided slopes. */
  readonly kinks: readonly Omit<MatrixEntryCheck, 'check' | 'expected' | 'actual' | 'absError' | 'relError' | 'ok'>[];
}

/** Random entries of every input; a declared distribution gets random probability columns (positive, summing to 1). */
function randomPoint(program: MatrixProgram, options: CrossValidateMatrixOptions, next: () => number): Record<string, Float64Array> {
  const [low, high] = options.range ?? [-2, 2];
  const distributions = new Set(options.distributions ?? []);
  const point: Record<string, Float64Array> = {};
  for (const name of program.inputs) {
    const [rows, columns] = program.shapes.get(name)!;
    const values = Float64Array.from({ length: rows * columns }, () => (distributions.has(name) ? 0.1 + next() : low + (high - low) * next()));
    if (distributions.has(name)) {
      for (let j = 0; j < columns; j++) {
        let s = 0;
        for (let i = 0; i < rows; i++) s += values[i * columns + j]!;
        for (let i = 0; i < rows; i++) values[i * columns + j] = values[i * columns + j]! / s;
      }
    }
    point[name] = values;
  }
  return point;
}

function givenPoint(program: MatrixProgram, given: Readonly<Record<string, ArrayLike<number> | number>>): Record<string, Float64Array> {
  return Object.fromEntries(program.inputs.map((name) => {
    const value = given[name];
    return [name, typeof value === 'number' ? Float64Array.of(value) : Float64Array.from(value ?? [])];
  }));
}

/** Flat coordinates of the checked inputs, in order, with where each starts. */
function layout(program: MatrixProgram, wrt: readonly string[]): { offsets: number[]; size: number } {
  const offsets: number[] = [];
  let size = 0;
  for (const name of wrt) {
    offsets.push(size);
    const [r, c] = program.shapes.get(name) ?? [1, 1];
    size += r * c;
  }
  return { offsets, size };
}

/**
 * Cross-validates a matrix program's gradient three ways at random matrices of the declared
 * shapes (or given points): @bp/symbolic's matrix-form gradient against central finite
 * differences, and @bp/numeric's compiled kernel against the symbolic gradient, every entry,
 * worst first.
 * @throws {SymbolicError} for a program that does not parse or whose shapes do not fit.
 * @example
 * crossValidateMatrix("x'*A*x", { shapes: { x: [3], A: [3, 3] } }).ok; // → true
 */
export function crossValidateMatrix(source: string | MatrixProgram, options: CrossValidateMatrixOptions): MatrixCrossValidation {
  const program = typeof source === 'string' ? parseMatrix(source, options) : source;
  const wrt = (options.wrt ?? program.inputs).filter((name) => program.inputs.includes(name));
  const kernel = compileMatrix(program, { ...options, wrt });
  const next = uniform(options.seed ?? 1);
  const requested = options.points ?? 3;
  const points = typeof requested === 'number'
    ? Array.from({ length: requested }, () => randomPoint(program, options, next))
    : requested.map((given) => givenPoint(program, given));
  const { offsets, size } = layout(program, wrt);
  const entries: MatrixEntryCheck[] = [];
  const kinks: MatrixCrossValidation['kinks'][number][] = [];
  let tolerance = { rtol: options.rtol ?? Number.NaN, atol: options.atol ?? Number.NaN };
  const where = (flat: number): { input: string; entry: [number, number]; offset: number } => {
    let w = wrt.length - 1;
    while (offsets[w]! > flat) w--;
    const columns = program.shapes.get(wrt[w]!)![1];
    const offset = flat - offsets[w]!;
    return { input: wrt[w]!, entry: [Math.floor(offset / columns), offset % columns], offset };
  };
  const results = points.map((at, p) => {
    const symbolic = matrixGradient(program, { ...options, at, wrt });
    const compiled = kernel.evaluate(at);
    const x = new Float64Array(size);
    wrt.forEach((name, w) => x.set(at[name]!, offsets[w]));
    const f = (v: Float64Array): number => {
      const shifted = new Map(Object.entries(at));
      wrt.forEach((name, w) => shifted.set(name, v.subarray(offsets[w], offsets[w]! + at[name]!.length)));
      return evaluateMatrix(program.graph, [program.output], shifted).get(program.output)![0]!;
    };
    const analytic = new Float64Array(size);
    wrt.forEach((name, w) => analytic.set(symbolic.gradient[name]!, offsets[w]));
    const check = checkGradient(f, analytic, x, { ...(options.rtol === undefined ? {} : { rtol: options.rtol }), ...(options.atol === undefined ? {} : { atol: options.atol }) });
    tolerance = { rtol: check.rtol, atol: Math.max(check.atol, Number.isNaN(tolerance.atol) ? 0 : tolerance.atol) };
    for (const c of check.worst) {
      const { input, entry } = where(c.index);
      entries.push({ input, entry, check: 'symbolic-vs-numeric', expected: c.numeric, actual: c.analytic, absError: c.absError, relError: c.relError, ok: c.ok, point: p });
    }
    for (const k of check.kinks) kinks.push({ ...where(k), point: p });
    let agree = check.ok;
    for (let i = 0; i < size; i++) {
      const { input, entry, offset } = where(i);
      const [expected, actual] = [analytic[i]!, compiled.gradient[input]![offset]!];
      const absError = Math.abs(actual - expected);
      const scale = Math.max(Math.abs(actual), Math.abs(expected));
      const ok = absError <= 1e-9 * (1 + scale);
      agree &&= ok;
      entries.push({ input, entry, check: 'compiled-vs-symbolic', expected, actual, absError, relError: scale === 0 ? 0 : absError / scale, ok, point: p });
    }
    return { at, value: symbolic.value, ok: agree };
  });
  entries.sort((a, b) => Number(a.ok) - Number(b.ok) || b.relError - a.relError);
  return {
    ok: results.every((r) => r.ok),
    inputs: program.inputs, wrt, shapes: Object.fromEntries(program.shapes),
    maxAbsError: entries.reduce((m, e) => Math.max(m, e.absError), 0),
    maxRelError: entries.reduce((m, e) => Math.max(m, e.relError), 0),
    points: results, worst: entries, ...tolerance, kinks: kinks.map(({ input, entry, point }) => ({ input, entry, point })),
  };
}
