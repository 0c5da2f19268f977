import type { CheckResult } from './check-result.js';
import type { Dtype } from './dtype.js';
import { VerifyError } from './errors.js';
import { failedBeforeComparing, summarize } from './internal/compare.js';
import type { Scheme } from './internal/difference.js';
import { compareColumns } from './internal/engine.js';
import {
  complexVersion,
  missingComplex,
  requireFunction,
  requireLength,
  requireScalar,
  requireVector,
  resolveDtype,
  resolveNumber,
  resolveScheme,
} from './internal/validate.js';
import { coordinateLine, declaredDtype } from './partial-derivative.js';
import type { ComplexVectorFunction, VectorFunction } from './partial-derivative.js';
import { defaultTolerance } from './tolerance.js';

/** A gradient to check: the vector itself, or a function of x that returns it. */
export type GradientInput = Float64Array | readonly number[] | ((x: Float64Array) => ArrayLike<number>);

/** Options of {@link checkGradient}. */
export interface CheckGradientOptions {
  /** Relative tolerance; default from {@link defaultTolerance} for the scheme and dtype. */
  readonly rtol?: number;
  /**
   * Absolute tolerance; default {@link defaultTolerance}'s atol times max(1, |f(x)|), because the
   * rounding noise of a difference quotient grows with |f| (ε·|f| / h), not with the gradient.
   */
  readonly atol?: number;
  /** Default `'central'`. `'complex-step'` needs f to run on complex numbers (see `fieldFunction`). */
  readonly scheme?: Scheme;
  /** Precision f computes in: sets steps and default tolerances. Default `f.dtype`, else `'float64'`. */
  readonly dtype?: Dtype;
  /** Overrides the finite-difference step (the first one for Richardson). */
  readonly step?: number;
  /** f on complex inputs, for complex step; default `f.complex`. */
  readonly complex?: ComplexVectorFunction;
  /** Look for kinks (two more evaluations per component unless the scheme is central). Default true. */
  readonly kinks?: boolean;
  /** Check only these components (all by default): for spot checks of large gradients. */
  readonly components?: readonly number[];
}

export interface ResolvedCheckOptions<TComplex> {
  readonly scheme: Scheme;
  readonly dtype: Dtype;
  readonly rtol: number;
  /** The given atol, or the default before scaling by |f(x)|. */
  readonly atol: number;
  readonly atolGiven: boolean;
  readonly step: number | undefined;
  readonly kinks: boolean;
  readonly complex: TComplex | undefined;
}

/** Validates the options every check shares; complex step needs a complex version of f. */
export function resolveCheckOptions<TComplex>(
  f: unknown,
  options: Omit<CheckGradientOptions, 'complex'> & { readonly complex?: TComplex },
): ResolvedCheckOptions<TComplex> {
  const scheme = resolveScheme(options.scheme, 'central');
  const dtype = resolveDtype(options.dtype ?? declaredDtype(f), 'float64');
  const defaults = defaultTolerance(dtype, scheme);
  const complex = complexVersion<TComplex>(f, options.complex);
  if (scheme === 'complex-step' && complex === undefined) throw missingComplex();
  if (options.kinks !== undefined && typeof options.kinks !== 'boolean') {
    throw new VerifyError('invalid-option', `options.kinks must be a boolean, found ${typeof options.kinks}`, { parameter: 'options.kinks' });
  }
  return {
    scheme,
    dtype,
    rtol: resolveNumber(options.rtol, 'options.rtol') ?? defaults.rtol,
    atol: resolveNumber(options.atol, 'options.atol') ?? defaults.atol,
    atolGiven: options.atol !== undefined,
    step: resolveNumber(options.step, 'options.step', true),
    kinks: options.kinks ?? true,
    complex,
  };
}

/** The listed components (validated), or every index below n. */
export function resolveComponents(value: unknown, n: number): Iterable<number> {
  if (value === undefined) return { [Symbol.iterator]: () => Array.from({ length: n }, (_, i) => i)[Symbol.iterator]() };
  if (!Array.isArray(value)) {
    throw new VerifyError('invalid-option', 'options.components must be an array of indices', { parameter: 'options.components' });
  }
  for (const index of value as unknown[]) {
    if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index >= n) {
      throw new VerifyError('dimension', `options.components lists ${String(index)}, but x has ${n} components`, {
        parameter: 'options.components',
        coordinate: typeof index === 'number' ? index : -1,
      });
    }
  }
  return [...new Set(value as number[])];
}

/** The absolute tolerance for an output whose value at x is `value`. */
export function scaledAtol(resolved: ResolvedCheckOptions<unknown>, value: number): number {
  return resolved.atolGiven ? resolved.atol : resolved.atol * Math.max(1, Math.abs(value));
}

/** Counts calls of f, so results can say what a check cost. */
export function counted<TArgs extends unknown[], TResult>(f: (...args: TArgs) => TResult): { f: (...args: TArgs) => TResult; count: () => number } {
  let calls = 0;
  return {
    f: (...args) => {
      calls++;
      return f(...args);
    },
    count: () => calls,
  };
}

/**
 * Checks a gradient against finite differences, one component at a time: each passes when
 * |analytic − numeric| ≤ atol + rtol·|numeric|. A component where the left and right one-sided
 * differences disagree beyond their noise (relu, abs or max at a tie) is a kink: it is listed in
 * `kinks` and passes when the analytic value lies between the two one-sided values.
 * NaN or ±Infinity in the gradient or in f near x fails that component with a `reason`;
 * f(x) itself not finite fails the whole check with a `reason`.
 * @throws {VerifyError} `invalid-argument` (f not a function or not returning a number, gradient
 * not a vector, complex step without a complex f), `non-finite` (x has NaN or ±Infinity, at its
 * coordinate), `dimension` (gradient and x differ in length, at the first unmatched coordinate),
 * `invalid-option` (unknown scheme or dtype, negative tolerance).
 * @example
 * const f = (x: Float64Array) => x[0]! * x[0]! * x[1]!;
 * const result = checkGradient(f, (x) => [2 * x[0]! * x[1]!, x[0]! * x[0]!], new Float64Array([3, 2]));
 * result.ok; // true
 * checkGradient(f, [12, 9.01], new Float64Array([3, 2])).worst[0]!.index; // 1
 */
export function checkGradient(
  f: VectorFunction,
  gradient: GradientInput,
  x: Float64Array,
  options: CheckGradientOptions = {},
): CheckResult {
  requireFunction(f, 'f');
  const point = requireVector(x, 'x', true);
  const resolved = resolveCheckOptions<ComplexVectorFunction>(f, options);
  const components = resolveComponents(options.components, point.length);
  const analytic = requireVector(typeof gradient === 'function' ? gradient(Float64Array.from(point)) : gradient, 'gradient', false);
  requireLength(analytic, point.length, 'gradient', 'x');

  const calls = counted(f);
  const complex = resolved.complex && counted(resolved.complex);
  const atX = requireScalar(calls.f(Float64Array.from(point)), 'f');
  const atol = scaledAtol(resolved, atX);
  const summary = () => ({
    kind: 'gradient' as const,
    scheme: resolved.scheme,
    dtype: resolved.dtype,
    rtol: resolved.rtol,
    atol,
    evaluations: calls.count() + (complex?.count() ?? 0),
  });
  if (!Number.isFinite(atX)) return failedBeforeComparing(`f(x) is ${atX}`, summary());

  const entries = compareColumns(
    {
      x: point,
      outputs: 1,
      atX: Float64Array.of(atX),
      line: (column) => coordinateLine(calls.f, complex?.f, point, column),
      analytic: (_row, column) => analytic[column]!,
      place: (_row, column) => ({ index: column }),
    },
    components,
    { ...resolved, atol: () => atol },
  );
  return summarize(entries, summary());
}
