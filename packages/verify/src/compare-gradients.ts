import type { CheckResult } from './check-result.js';
import type { Dtype } from './dtype.js';
import { compareValues, summarize } from './internal/compare.js';
import { requireLength, requireVector, resolveDtype, resolveNumber } from './internal/validate.js';
import type { Tolerance } from './tolerance.js';

/** Options of {@link compareGradients}. */
export interface CompareGradientsOptions {
  /** Default: 1e-12 in float64, 1e-5 in float32 (the candidate's rounding, not a method's error). */
  readonly rtol?: number;
  /** Default: 1e-14 in float64, 1e-6 in float32, times max(1, ‖reference‖∞). */
  readonly atol?: number;
  /** The precision the candidate was computed in. Default `'float64'`. */
  readonly dtype?: Dtype;
}

const DEFAULTS: Readonly<Record<Dtype, Tolerance>> = {
  float64: { rtol: 1e-12, atol: 1e-14 },
  float32: { rtol: 1e-5, atol: 1e-6 },
};

/**
 * Compares two analytic gradients of the same function, component by component, without finite
 * differences: a compiled kernel's against the symbolic one, or a new implementation's against
 * a trusted one. Passes when |candidate − reference| ≤ atol + rtol·|reference|; the result has
 * the shape of checkGradient's (`kind: 'comparison'`, `scheme: 'none'`, `numeric` = reference),
 * so the same reports apply.
 * @throws {VerifyError} `invalid-argument` when either is not a vector, `dimension` when their
 * lengths differ, `invalid-option` for a negative tolerance or an unknown dtype.
 * @example
 * compareGradients([1, 2, 3], [1, 2, 3 + 1e-9]).worst[0]!.index; // → 2
 * compareGradients([1, 2, 3], [1, 2, 3 + 1e-9]).ok; // → false
 */
export function compareGradients(
  reference: ArrayLike<number>,
  candidate: ArrayLike<number>,
  options: CompareGradientsOptions = {},
): CheckResult {
  const expected = requireVector(reference, 'reference', false);
  const actual = requireVector(candidate, 'candidate', false);
  requireLength(actual, expected.length, 'candidate', 'reference');
  const dtype = resolveDtype(options.dtype, 'float64');
  const rtol = resolveNumber(options.rtol, 'options.rtol') ?? DEFAULTS[dtype].rtol;
  let scale = 1;
  for (const value of expected) if (Number.isFinite(value)) scale = Math.max(scale, Math.abs(value));
  const atol = resolveNumber(options.atol, 'options.atol') ?? DEFAULTS[dtype].atol * scale;
  const names = ['the candidate value', 'the reference value'] as const;
  const entries = Array.from(expected, (value, index) => compareValues({ index }, actual[index]!, value, 0, rtol, atol, names));
  return summarize(entries, { kind: 'comparison', scheme: 'none', dtype, rtol, atol, evaluations: 0 });
}
