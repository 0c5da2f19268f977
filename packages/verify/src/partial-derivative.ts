import type { ComplexVectorFunction, VectorFunction } from './vector-function.js';
import type { Dtype } from './dtype.js';
import type { DerivativeEstimate } from './finite-difference.js';
import { estimateLine } from './internal/difference.js';
import type { Scheme } from './internal/difference.js';
import { coordinateLine, directionLine, directionScale } from './internal/line.js';
import { resolveDifference } from './internal/options.js';
import { inDtype, requireFunction, requireLength, requireVector, resolveNumber } from './internal/validate.js';
import { VerifyError } from './errors.js';

/** Options of {@link partialDerivative} and {@link directionalDerivative}. */
export interface PartialOptions {
  /** Default `'central'`. */
  readonly scheme?: Scheme;
  /** Precision f computes in; sets the step. Default: `f.dtype` if f has one, else `'float64'`. */
  readonly dtype?: Dtype;
  /** Overrides the step. */
  readonly step?: number;
  /** f on complex inputs, for `'complex-step'`; default `f.complex` (set by `fieldFunction`). */
  readonly complex?: ComplexVectorFunction;
}

interface Prepared {
  readonly x: Float64Array;
  readonly scheme: Scheme;
  readonly dtype: Dtype;
  readonly step: number | undefined;
  readonly complex: ComplexVectorFunction | undefined;
}

function prepare(f: unknown, x: unknown, options: PartialOptions): Prepared {
  requireFunction(f, 'f');
  const { scheme, dtype, complex } = resolveDifference<ComplexVectorFunction>(f, options);
  return {
    x: inDtype(requireVector(x, 'x', true), dtype),
    scheme,
    dtype,
    step: resolveNumber(options.step, 'options.step', true),
    complex,
  };
}

/**
 * The partial derivative ∂f/∂xᵢ by one finite-difference scheme, with its error estimate.
 * @throws {VerifyError} `invalid-argument` (f not a function or returning a non-number, or no
 * complex version for complex step), `non-finite` (x has NaN or ±Infinity), `dimension` (index
 * outside x), `invalid-option` (unknown scheme or dtype, bad step).
 * @example
 * const f = (x: Float64Array) => x[0]! * x[0]! * x[1]!;
 * partialDerivative(f, new Float64Array([3, 2]), 0, { scheme: 'richardson' }).value; // → 12
 */
export function partialDerivative(f: VectorFunction, x: Float64Array, index: number, options: PartialOptions = {}): DerivativeEstimate {
  const prepared = prepare(f, x, options);
  if (!Number.isInteger(index) || index < 0 || index >= prepared.x.length) {
    throw new VerifyError('dimension', `index must be an integer in [0, ${prepared.x.length}), found ${index}`, {
      parameter: 'index',
      coordinate: index,
    });
  }
  const line = coordinateLine(f, prepared.complex, prepared.x, index);
  const estimate = estimateLine(prepared.scheme, line, prepared.x[index]!, { dtype: prepared.dtype, step: prepared.step });
  return { value: estimate.values[0]!, error: estimate.errors[0]!, step: estimate.step, evaluations: estimate.evaluations };
}

/**
 * The directional derivative ∇f(x)·v (v is used as given, not normalised) by one scheme, at the
 * cost of one scalar derivative whatever the dimension.
 * @throws {VerifyError} as {@link partialDerivative}; `dimension` when v and x differ in length,
 * `non-finite` when v has NaN or ±Infinity, `invalid-argument` when v is zero.
 * @example
 * const f = (x: Float64Array) => x[0]! * x[1]!;
 * directionalDerivative(f, new Float64Array([3, 2]), new Float64Array([1, 1])).value; // → 4.9999999999955405
 */
export function directionalDerivative(
  f: VectorFunction,
  x: Float64Array,
  direction: Float64Array,
  options: PartialOptions = {},
): DerivativeEstimate {
  const prepared = prepare(f, x, options);
  const v = requireVector(direction, 'direction', true);
  requireLength(v, prepared.x.length, 'direction', 'x');
  if (v.every((value) => value === 0)) {
    throw new VerifyError('invalid-argument', 'direction must not be the zero vector', { parameter: 'direction' });
  }
  const line = directionLine(f, prepared.complex, prepared.x, v);
  const estimate = estimateLine(prepared.scheme, line, 0, {
    dtype: prepared.dtype,
    step: prepared.step,
    scale: directionScale(prepared.x, v),
  });
  return { value: estimate.values[0]!, error: estimate.errors[0]!, step: estimate.step, evaluations: estimate.evaluations };
}
