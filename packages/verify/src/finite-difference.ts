import type { Complex } from './complex.js';
import type { Dtype } from './dtype.js';
import {
  centralVector,
  complexStepVector,
  forwardVector,
  nominalStep,
  representableStep,
  richardsonVector,
  RICHARDSON_LEVELS,
} from './internal/difference.js';
import type { Scheme, VectorEstimate } from './internal/difference.js';
import { guarded } from './internal/guard.js';
import { requireComplex, requireFunction, requireScalar, resolveCount, resolveDtype, resolveNumber, resolveScheme } from './internal/validate.js';
import { VerifyError } from './errors.js';

export type { Scheme } from './internal/difference.js';

/** A numerical derivative with what it cost and how far it can be trusted. */
export interface DerivativeEstimate {
  /** The derivative. */
  readonly value: number;
  /**
   * Estimated absolute error: the rounding noise of the difference quotient for forward and
   * central differences, the extrapolation tableau's disagreement plus that noise for Richardson,
   * and ε·|value| for complex step.
   */
  readonly error: number;
  /** The step h actually used (the smallest one for Richardson). */
  readonly step: number;
  /** How many times the function was called. */
  readonly evaluations: number;
}

/** Options shared by the one-variable difference functions. */
export interface DifferenceOptions {
  /** Precision the function computes in; sets the step. Default `'float64'`. */
  readonly dtype?: Dtype;
  /** Overrides the step (the first, largest one for Richardson). */
  readonly step?: number;
}

/** Options of {@link richardsonDifference}. */
export interface RichardsonOptions extends DifferenceOptions {
  /** How many central differences (h, h/2, …) enter the tableau. Default 4. */
  readonly levels?: number;
}

/**
 * The step a scheme uses at `t` in a dtype: ε^(1/2)·max(1, |t|) for forward, ε^(1/3)·max(1, |t|)
 * for central, ε^(1/5)·max(1, |t|) as the first of Richardson's halvings, ε²·max(1, |t|) for complex
 * step; then adjusted so that t ± h are exact in the dtype (h = (|t| + h) − |t|).
 * @example
 * stepSize('central', 1); // → 0.000006055454452313924
 * stepSize('forward', 1, 'float32'); // → 0.0003452301025390625
 */
export function stepSize(scheme: Scheme, t: number, dtype: Dtype = 'float64'): number {
  const resolved = resolveScheme(scheme, 'central');
  const resolvedDtype = resolveDtype(dtype, 'float64');
  const h = nominalStep(resolved, t, resolvedDtype);
  return resolved === 'complex-step' ? h : representableStep(t, h, resolvedDtype);
}

function scalarSampler(g: (t: number) => number): (t: number) => Float64Array {
  return (t) => Float64Array.of(requireScalar(guarded(() => g(t), { parameter: 'g' }, `evaluated it at ${t} for a finite difference`), 'g'));
}

function scalar(estimate: VectorEstimate): DerivativeEstimate {
  return { value: estimate.values[0]!, error: estimate.errors[0]!, step: estimate.step, evaluations: estimate.evaluations };
}

function prepare(g: unknown, t: unknown, options: DifferenceOptions): { dtype: Dtype; step: number | undefined } {
  requireFunction(g, 'g');
  if (typeof t !== 'number' || !Number.isFinite(t)) {
    throw new VerifyError('non-finite', `t must be a finite number, found ${String(t)}`, { parameter: 't' });
  }
  return { dtype: resolveDtype(options.dtype, 'float64'), step: resolveNumber(options.step, 'options.step', true) };
}

/**
 * Forward difference `(g(t + h) − g(t)) / h`: two evaluations, error O(h) + O(ε/h).
 * @throws {VerifyError} `invalid-argument` when g is not a function or returns a non-number,
 * `non-finite` when t is not finite, `invalid-option` for a bad dtype or step.
 * @example
 * // exp(h) rounds to 1 + h: its h²/2 is below ε
 * forwardDifference(Math.exp, 0).value; // → 1
 */
export function forwardDifference(g: (t: number) => number, t: number, options: DifferenceOptions = {}): DerivativeEstimate {
  const { dtype, step } = prepare(g, t, options);
  const sample = scalarSampler(g);
  const estimate = forwardVector(sample, t, sample(t), dtype, step);
  return { ...scalar(estimate), evaluations: 2 };
}

/**
 * Central difference `(g(t + h) − g(t − h)) / 2h`: two evaluations, error O(h²) + O(ε/h).
 * @throws {VerifyError} as {@link forwardDifference}.
 * @example
 * centralDifference(Math.exp, 0).value; // → 1.0000000000143867
 */
export function centralDifference(g: (t: number) => number, t: number, options: DifferenceOptions = {}): DerivativeEstimate {
  const { dtype, step } = prepare(g, t, options);
  return scalar(centralVector(scalarSampler(g), t, 1, dtype, step));
}

/**
 * Richardson-extrapolated central differences: central differences at h, h/2, h/4, … combined
 * so that the h², h⁴, h⁶ error terms cancel, with the tableau's own error estimate. Costs
 * 2·levels evaluations; on smooth functions it reaches about 1e-12 relative error in float64.
 * @throws {VerifyError} as {@link forwardDifference}, and `invalid-option` for levels < 2.
 * @example
 * richardsonDifference(Math.exp, 0).value; // → 1.000000000000335
 */
export function richardsonDifference(g: (t: number) => number, t: number, options: RichardsonOptions = {}): DerivativeEstimate {
  const { dtype, step } = prepare(g, t, options);
  const levels = resolveCount(options.levels, 'options.levels', RICHARDSON_LEVELS, 2);
  return scalar(richardsonVector(scalarSampler(g), t, 1, dtype, step, levels));
}

/**
 * Complex-step derivative `Im g(t + i·h) / h`: one evaluation, accurate to machine precision
 * because nothing is subtracted. `g` must be written with the functions of this package's
 * `complex` namespace (`complex.cadd`, `complex.cmul`, `complex.cexp`, …) or come from a {@link Field}.
 * @throws {VerifyError} `invalid-argument` when g is not a function or returns no complex number,
 * `non-finite` when t is not finite, `invalid-option` for a bad dtype or step.
 * @example
 * // d/dx x·sin x = sin 1 + cos 1 at x = 1
 * complexStepDifference((z) => complex.cmul(z, complex.csin(z)), 1).value; // → 1.3817732906760363
 */
export function complexStepDifference(g: (z: Complex) => Complex, t: number, options: DifferenceOptions = {}): DerivativeEstimate {
  const { dtype, step } = prepare(g, t, options);
  return scalar(complexStepVector((z) => [requireComplex(g(z), 'g')], t, 1, dtype, step));
}
