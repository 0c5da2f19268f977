import type { Complex } from '../complex.js';
import { machineEpsilon, roundTo } from '../dtype.js';
import type { Dtype } from '../dtype.js';

/** The finite-difference schemes @bp/verify implements. */
export type Scheme = 'forward' | 'central' | 'richardson' | 'complex-step';

export const SCHEMES: readonly Scheme[] = ['forward', 'central', 'richardson', 'complex-step'];

/** A vector-valued function of one real variable: each call returns a fresh array. */
export type RealSampler = (t: number) => Float64Array;
/** The same function run on a complex argument (for complex step). */
export type ComplexSampler = (z: Complex) => readonly Complex[];

export interface VectorEstimate {
  readonly values: Float64Array;
  readonly errors: Float64Array;
  readonly step: number;
  readonly evaluations: number;
}

/** Richardson levels: central differences at h, h/2, h/4, h/8, extrapolated to O(h⁸). */
export const RICHARDSON_LEVELS = 4;

/**
 * The unrounded step a scheme wants at `t`: truncation error O(hᵖ) against rounding error
 * O(ε/h) balances at h ≈ ε^(1/(p+1)), scaled by |t| so the step stays meaningful for large t.
 */
export function nominalStep(scheme: Scheme, t: number, dtype: Dtype): number {
  const eps = machineEpsilon(dtype);
  const scale = Math.max(1, Math.abs(t));
  switch (scheme) {
    case 'forward':
      return Math.sqrt(eps) * scale;
    case 'central':
      return Math.cbrt(eps) * scale;
    case 'richardson':
      // The first of several halvings; extrapolation removes the h² … h⁶ terms, so the largest
      // step can be big, and the smallest still loses few digits to cancellation.
      return Math.pow(eps, 1 / 5) * scale;
    case 'complex-step':
      // No subtraction, so no cancellation: any tiny h works, and h² terms vanish below ε.
      return eps * eps * scale;
  }
}

/**
 * Adjusts h so that t + h and t − h are exactly representable in the dtype and the difference
 * quotient divides by the step actually taken: h = (|t| + h) − |t| (working on |t| keeps the
 * point farther from zero, where the grid is coarser, on the rounded side).
 */
export function representableStep(t: number, h: number, dtype: Dtype): number {
  const a = roundTo(dtype, Math.abs(t));
  const exact = roundTo(dtype, a + h) - a;
  return exact > 0 ? exact : h;
}

function check(sample: Float64Array, m: number): Float64Array {
  if (sample.length !== m) throw new Error(`sampler returned ${sample.length} values, expected ${m}`);
  return sample;
}

export function forwardVector(sample: RealSampler, t: number, f0: Float64Array, dtype: Dtype, step?: number): VectorEstimate {
  const h = step ?? representableStep(t, nominalStep('forward', t, dtype), dtype);
  const m = f0.length;
  const plus = check(sample(t + h), m);
  const eps = machineEpsilon(dtype);
  const values = new Float64Array(m);
  const errors = new Float64Array(m);
  for (let c = 0; c < m; c++) {
    values[c] = (plus[c]! - f0[c]!) / h;
    errors[c] = (eps * (Math.abs(plus[c]!) + Math.abs(f0[c]!))) / h;
  }
  return { values, errors, step: h, evaluations: 1 };
}

export interface CentralSamples {
  readonly plus: Float64Array;
  readonly minus: Float64Array;
}

export function centralVector(
  sample: RealSampler,
  t: number,
  m: number,
  dtype: Dtype,
  step?: number,
): VectorEstimate & CentralSamples {
  const h = step ?? representableStep(t, nominalStep('central', t, dtype), dtype);
  const plus = check(sample(t + h), m);
  const minus = check(sample(t - h), m);
  const eps = machineEpsilon(dtype);
  const values = new Float64Array(m);
  const errors = new Float64Array(m);
  for (let c = 0; c < m; c++) {
    // Central differences: truncation error is O(h²) instead of O(h), so a larger h gives the
    // same accuracy and loses fewer digits to cancellation between f(t + h) and f(t − h).
    values[c] = (plus[c]! - minus[c]!) / (2 * h);
    errors[c] = (eps * (Math.abs(plus[c]!) + Math.abs(minus[c]!))) / (2 * h);
  }
  return { values, errors, step: h, evaluations: 2, plus, minus };
}

/**
 * Central differences at h, h/2, …, combined in a Richardson (Neville) tableau; each column
 * removes the next even power of h. As in Numerical Recipes' `dfridr`, the entry kept is the one
 * whose two neighbours disagree least, and that disagreement is its error estimate.
 */
export function richardsonVector(
  sample: RealSampler,
  t: number,
  m: number,
  dtype: Dtype,
  step?: number,
  levels: number = RICHARDSON_LEVELS,
): VectorEstimate {
  const h0 = step ?? nominalStep('richardson', t, dtype);
  const tableaus: Float64Array[][] = [];
  const noise = new Float64Array(m);
  let smallest = h0;
  for (let k = 0; k < levels; k++) {
    const hk = representableStep(t, h0 / 2 ** k, dtype);
    smallest = hk;
    const level = centralVector(sample, t, m, dtype, hk);
    const row: Float64Array[] = [level.values];
    for (let j = 1; j <= k; j++) {
      const factor = 4 ** j;
      const previous = row[j - 1]!;
      const above = tableaus[k - 1]![j - 1]!;
      const next = new Float64Array(m);
      for (let c = 0; c < m; c++) next[c] = previous[c]! + (previous[c]! - above[c]!) / (factor - 1);
      row.push(next);
    }
    tableaus.push(row);
    for (let c = 0; c < m; c++) noise[c] = Math.max(noise[c]!, level.errors[c]!);
  }
  const values = new Float64Array(m);
  const errors = new Float64Array(m);
  for (let c = 0; c < m; c++) {
    let best = tableaus[levels - 1]![0]![c]!;
    let bestError = Number.POSITIVE_INFINITY;
    for (let k = 1; k < levels; k++) {
      for (let j = 1; j <= k; j++) {
        const value = tableaus[k]![j]![c]!;
        const error = Math.max(
          Math.abs(value - tableaus[k]![j - 1]![c]!),
          Math.abs(value - tableaus[k - 1]![j - 1]![c]!),
        );
        if (error < bestError) {
          best = value;
          bestError = error;
        }
      }
    }
    values[c] = best;
    // The extrapolation weights amplify rounding noise by at most about 2.
    errors[c] = (Number.isFinite(bestError) ? bestError : Number.NaN) + 2 * noise[c]!;
  }
  return { values, errors, step: smallest, evaluations: 2 * levels };
}

export function complexStepVector(sample: ComplexSampler, t: number, m: number, dtype: Dtype, step?: number): VectorEstimate {
  const h = step ?? nominalStep('complex-step', t, dtype);
  const out = sample({ re: t, im: h });
  if (out.length !== m) throw new Error(`complex sampler returned ${out.length} values, expected ${m}`);
  const eps = machineEpsilon(dtype);
  const values = new Float64Array(m);
  const errors = new Float64Array(m);
  for (let c = 0; c < m; c++) {
    values[c] = out[c]!.im / h;
    errors[c] = eps * Math.abs(values[c]!);
  }
  return { values, errors, step: h, evaluations: 1 };
}

/** A function of one variable in the forms the schemes need. */
export interface Line {
  readonly real: RealSampler;
  readonly complex: ComplexSampler | undefined;
  /** How many outputs each sample has. */
  readonly outputs: number;
}

export interface EstimateOptions {
  readonly dtype: Dtype;
  readonly step?: number | undefined;
  /** g(t), when the caller already has it (saves forward differences one evaluation). */
  readonly atT?: Float64Array | undefined;
  /** The |t| that sets the step's scale, when t itself does not (directional derivatives at t = 0). */
  readonly scale?: number | undefined;
  readonly levels?: number | undefined;
}

/** One scheme's derivative of every output of `line` at t. */
export function estimateLine(scheme: Scheme, line: Line, t: number, options: EstimateOptions): VectorEstimate {
  const { dtype } = options;
  const scaled = options.scale === undefined ? undefined : nominalStep(scheme, options.scale, dtype);
  const step = options.step ?? scaled;
  switch (scheme) {
    case 'forward': {
      const atT = options.atT ?? line.real(t);
      const estimate = forwardVector(line.real, t, atT, dtype, step);
      return options.atT === undefined ? { ...estimate, evaluations: estimate.evaluations + 1 } : estimate;
    }
    case 'central':
      return centralVector(line.real, t, line.outputs, dtype, step);
    case 'richardson':
      return richardsonVector(line.real, t, line.outputs, dtype, step, options.levels);
    case 'complex-step': {
      if (line.complex === undefined) throw new Error('complex step without a complex sampler');
      return complexStepVector(line.complex, t, line.outputs, dtype, step);
    }
  }
}
