import type { CheckResult, ComponentCheck } from './check-result.js';
import { VerifyError } from './errors.js';
import type { GradientInput } from './check-gradient.js';
import type { CheckGradientOptions } from './check-options.js';
import { failedBeforeComparing, summarize, compareValues } from './internal/compare.js';
import { estimateLine } from './internal/difference.js';
import { unitVector, uniform } from './internal/random.js';
import { requireFunction, requireLength, requireScalar, requireVector, resolveCount } from './internal/validate.js';
import { directionLine, directionScale } from './internal/line.js';
import { counted, resolveCheckOptions } from './internal/options.js';
import type { ComplexVectorFunction, VectorFunction } from './vector-function.js';

// A sum over many coordinates carries more rounding error than the one ulp per value of f that
// the noise estimate assumes.
const NOISE_MARGIN = 4;

/**
 * The most directions one call checks. A handful find a wrong gradient with probability 1; far
 * more is a mistake (1e9 directions ran for minutes), refused up front rather than left to run.
 */
export const MAX_DIRECTIONS = 10_000;

/** Options of {@link checkDirectional}. */
export interface CheckDirectionalOptions extends Omit<CheckGradientOptions, 'components' | 'kinks' | 'atol'> {
  /** How many random unit directions. Default 3. */
  readonly directions?: number;
  /** Seed of the directions, so a failure can be replayed. Default 1. */
  readonly seed?: number;
  /**
   * Absolute tolerance. Default: rtol·‖g‖/√n, the typical size of gᵀv for a random unit v (so a
   * projection that happens to be near zero is judged on the gradient's scale, not its own), or
   * four times the difference's estimated rounding noise if that is larger.
   */
  readonly atol?: number;
}

/**
 * Checks a gradient along a few random unit directions v, as JAX's `check_grads` does: the
 * directional derivative of f (one scalar finite difference) against gᵀv. A wrong component
 * changes gᵀv for almost every v, so a 100 000-parameter gradient costs a handful of evaluations
 * of f instead of 200 000. Entries are the directions (`index` = direction number); `kinks` is
 * empty (use checkGradient on the suspects).
 * @throws {VerifyError} as checkGradient; `invalid-option` for directions < 1, `too-large` for more
 *   than {@link MAX_DIRECTIONS}.
 * @example
 * const f = (x: Float64Array) => x.reduce((sum, value) => sum + value * value, 0);
 * const x = new Float64Array(100_000).fill(0.5);
 * checkDirectional(f, (y) => y.map((value) => 2 * value), x).ok; // → true
 */
export function checkDirectional(
  f: VectorFunction,
  gradient: GradientInput,
  x: Float64Array,
  options: CheckDirectionalOptions = {},
): CheckResult {
  requireFunction(f, 'f');
  const point = requireVector(x, 'x', true);
  const n = point.length;
  const resolved = resolveCheckOptions<ComplexVectorFunction>(f, options);
  const directions = resolveCount(options.directions, 'options.directions', 3);
  if (directions > MAX_DIRECTIONS) {
    throw new VerifyError('too-large', `options.directions is ${directions}; at most ${MAX_DIRECTIONS} directions are checked, each costing two to four evaluations of f`, {
      parameter: 'options.directions',
    });
  }
  const seed = resolveCount(options.seed, 'options.seed', 1, 0);
  const analytic = requireVector(typeof gradient === 'function' ? gradient(Float64Array.from(point)) : gradient, 'gradient', false);
  requireLength(analytic, n, 'gradient', 'x');

  const calls = counted(f);
  const complex = resolved.complex && counted(resolved.complex);
  // Forward differences need f(x); the other schemes do not, so they skip the evaluation.
  const atX = resolved.scheme === 'forward' ? requireScalar(calls.f(Float64Array.from(point)), 'f') : undefined;
  let norm = 0;
  for (let i = 0; i < n; i++) norm += analytic[i]! * analytic[i]!;
  const typical = Math.sqrt(norm / Math.max(1, n));
  const atol = resolved.atolGiven ? resolved.atol : resolved.rtol * typical;
  const summary = () => ({
    kind: 'directional' as const,
    scheme: resolved.scheme,
    dtype: resolved.dtype,
    rtol: resolved.rtol,
    atol,
    evaluations: calls.count() + (complex?.count() ?? 0),
  });
  if (atX !== undefined && !Number.isFinite(atX)) return failedBeforeComparing(`f(x) is ${atX}`, summary());
  if (n === 0) return summarize([], summary());

  const next = uniform(seed);
  const entries: ComponentCheck[] = [];
  for (let k = 0; k < directions; k++) {
    const v = unitVector(n, next);
    let projection = 0;
    for (let i = 0; i < n; i++) projection += analytic[i]! * v[i]!;
    const estimate = estimateLine(resolved.scheme, directionLine(calls.f, complex?.f, point, v), 0, {
      dtype: resolved.dtype,
      step: resolved.step,
      scale: directionScale(point, v),
      atT: atX === undefined ? undefined : Float64Array.of(atX),
    });
    const error = estimate.errors[0]!;
    const tolerance = resolved.atolGiven ? atol : Math.max(atol, NOISE_MARGIN * error);
    entries.push(compareValues({ index: k }, projection, estimate.values[0]!, error, resolved.rtol, tolerance));
  }
  return summarize(entries, summary());
}
