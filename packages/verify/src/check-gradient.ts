import type { CheckGradientOptions } from './check-options.js';
import type { CheckResult } from './check-result.js';
import { failedBeforeComparing, summarize } from './internal/compare.js';
import { compareColumns } from './internal/engine.js';
import { coordinateLine } from './internal/line.js';
import { guarded } from './internal/guard.js';
import { counted, resolveCheckOptions, resolveComponents, scaledAtol } from './internal/options.js';
import { inDtype, requireFunction, requireLength, requireScalar, requireVector } from './internal/validate.js';
import type { ComplexVectorFunction, VectorFunction } from './vector-function.js';

/** A gradient to check: the vector itself, or a function of x that returns it. */
export type GradientInput = Float64Array | readonly number[] | ((x: Float64Array) => ArrayLike<number>);

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
 * result.ok; // → true
 * checkGradient(f, [12, 9.01], new Float64Array([3, 2])).worst[0]!.index; // → 1
 */
export function checkGradient(
  f: VectorFunction,
  gradient: GradientInput,
  x: Float64Array,
  options: CheckGradientOptions = {},
): CheckResult {
  requireFunction(f, 'f');
  const resolved = resolveCheckOptions<ComplexVectorFunction>(f, options);
  const point = inDtype(requireVector(x, 'x', true), resolved.dtype);
  const components = resolveComponents(options.components, point.length);
  const given = typeof gradient === 'function'
    ? guarded(() => gradient(Float64Array.from(point)), { parameter: 'gradient' }, 'asked it for the gradient at x')
    : gradient;
  const analytic = requireVector(given, 'gradient', false);
  requireLength(analytic, point.length, 'gradient', 'x');

  const calls = counted(f);
  const complex = resolved.complex && counted(resolved.complex);
  const atX = requireScalar(guarded(() => calls.f(Float64Array.from(point)), { parameter: 'f' }, 'evaluated it at x'), 'f');
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
    { ...resolved, atol: () => atol, noiseFloor: !resolved.atolGiven },
  );
  return summarize(entries, summary());
}
