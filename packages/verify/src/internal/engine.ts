import type { ComponentCheck } from '../check-result.js';
import { machineEpsilon } from '../dtype.js';
import type { Dtype } from '../dtype.js';
import { compareKink, compareValues } from './compare.js';
import type { Placement } from './compare.js';
import { centralVector, estimateLine, representableStep } from './difference.js';
import type { CentralSamples, Line, Scheme, VectorEstimate } from './difference.js';

/** A function of n inputs and m outputs, seen one input (column) at a time. */
export interface ColumnProblem {
  readonly x: Float64Array;
  readonly outputs: number;
  /** f(x), all m outputs. */
  readonly atX: Float64Array;
  line(column: number): Line;
  analytic(row: number, column: number): number;
  place(row: number, column: number): Placement;
}

export interface EngineOptions {
  readonly scheme: Scheme;
  readonly dtype: Dtype;
  readonly rtol: number;
  /** The absolute tolerance of each output (row). */
  readonly atol: (row: number) => number;
  readonly step: number | undefined;
  readonly kinks: boolean;
  /**
   * Raise each component's atol to NOISE_FLOOR times the numeric value's estimated error (when the
   * caller did not choose atol): a difference cannot be judged more finely than it is known.
   */
  readonly noiseFloor: boolean;
}

// A value that moves by more than this many times the two values' rounding noise when the step is
// halved is dominated by truncation error, and is replaced by the extrapolation of the two.
const REFINE_MARGIN = 2;

// How many estimated errors of the numeric value a default tolerance always allows.
const NOISE_FLOOR = 2;

// A one-sided difference is trusted to differ from the other side only beyond this many times its
// rounding-noise estimate; the estimate assumes about one ulp of error in each value of f.
const NOISE_MARGIN = 8;
// Halving h halves the one-sided gap h·f'' of a smooth function but keeps the jump of a kink; a
// gap that shrinks by less than this factor is a kink.
const KINK_PERSISTENCE = 0.75;

// A gap this large relative to the slopes is looked at even when the component passes, so kinks
// are reported whatever the analytic value; a smooth function's gap h·|f''| reaches it only when
// |f''/f'| > 0.1/h (1.6e4 in float64, 20 in float32), and then costs two evaluations to rule out.
const VISIBLE_JUMP = 0.1;

interface OneSided {
  readonly left: number;
  readonly right: number;
  readonly gap: number;
  readonly noise: number;
}

function oneSided(plus: number, atX: number, minus: number, h: number, eps: number): OneSided {
  const right = (plus - atX) / h;
  const left = (atX - minus) / h;
  return {
    left,
    right,
    gap: Math.abs(right - left),
    noise: (eps * (Math.abs(plus) + 2 * Math.abs(atX) + Math.abs(minus))) / h,
  };
}

/**
 * Compares every output's derivative along each listed input, and looks for kinks: the left and
 * right one-sided differences at the central step are compared, and where they disagree beyond
 * noise and tolerance (and either the component fails or the gap is a visible jump) they are
 * computed again at half the step; a gap that does not shrink is a
 * kink, and the analytic value is then judged against the interval between the two sides
 * (each extrapolated to h → 0 from its two steps).
 */
export function compareColumns(problem: ColumnProblem, columns: Iterable<number>, options: EngineOptions): ComponentCheck[] {
  const { scheme, dtype, rtol, step } = options;
  const eps = machineEpsilon(dtype);
  const m = problem.outputs;
  const entries: ComponentCheck[] = [];
  for (const column of columns) {
    const line = problem.line(column);
    const t = problem.x[column]!;
    let values: Float64Array;
    let errors: Float64Array;
    let forwardStep = 0;
    let samples: { plus: Float64Array; minus: Float64Array; step: number } | undefined;
    if (scheme === 'central') {
      const central = centralVector(line.real, t, m, dtype, step);
      values = central.values;
      errors = central.errors;
      samples = central;
    } else {
      const estimate = estimateLine(scheme, line, t, { dtype, step, atT: problem.atX });
      values = estimate.values;
      errors = Float64Array.from(estimate.errors);
      forwardStep = estimate.step;
      if (options.kinks) samples = centralVector(line.real, t, m, dtype);
      if (scheme === 'forward' && samples !== undefined) {
        // A forward difference is off by about h·f''/2; the central samples give f'' as
        // (f(x + H) − 2f(x) + f(x − H)) / H².
        for (let row = 0; row < m; row++) {
          const curvature = (samples.plus[row]! - 2 * problem.atX[row]! + samples.minus[row]!) / samples.step ** 2;
          if (Number.isFinite(curvature)) errors[row] = errors[row]! + (estimate.step * Math.abs(curvature)) / 2;
        }
      }
    }
    let halved: (VectorEstimate & CentralSamples) | undefined;
    let forwardHalf: { plus: Float64Array; step: number } | undefined;
    for (let row = 0; row < m; row++) {
      const place = problem.place(row, column);
      const analytic = problem.analytic(row, column);
      const numeric = values[row]!;
      const atol = options.noiseFloor ? Math.max(options.atol(row), NOISE_FLOOR * errors[row]!) : options.atol(row);
      const plain = compareValues(place, analytic, numeric, errors[row]!, rtol, atol);
      if (samples !== undefined && options.kinks) {
        const atX = problem.atX[row]!;
        const first = oneSided(samples.plus[row]!, atX, samples.minus[row]!, samples.step, eps);
        const scale = Math.max(Math.abs(first.left), Math.abs(first.right));
        const suspicious =
          Number.isFinite(first.gap) &&
          first.gap > NOISE_MARGIN * first.noise &&
          first.gap > atol + rtol * scale &&
          (!plain.ok || first.gap > VISIBLE_JUMP * scale);
        if (suspicious) {
          halved ??= centralVector(line.real, t, m, dtype, representableStep(t, samples.step / 2, dtype));
          const second = oneSided(halved.plus[row]!, atX, halved.minus[row]!, halved.step, eps);
          if (second.gap > KINK_PERSISTENCE * first.gap && second.gap > NOISE_MARGIN * second.noise) {
            // One-sided differences carry an O(h) error; two steps extrapolate it away.
            const left = 2 * second.left - first.left;
            const right = 2 * second.right - first.right;
            entries.push(compareKink(place, analytic, numeric, left, right, errors[row]!, rtol, atol));
            continue;
          }
        }
      }
      if (!plain.ok && plain.reason === undefined && samples !== undefined && (scheme === 'central' || scheme === 'forward')) {
        // Before failing a component, take the difference again at half the step and extrapolate:
        // a steep function (large f''' or f'') can leave more truncation error at the default
        // step than the tolerance allows, and the two steps both remove it and measure it.
        // Only a move beyond the rounding noise of both values says truncation error is at work;
        // otherwise the first value stands (halving h would only double its noise).
        let refined: number;
        let refinedError: number;
        let noise: number;
        let fine: number;
        if (scheme === 'central') {
          halved ??= centralVector(line.real, t, m, dtype, representableStep(t, samples.step / 2, dtype));
          const ratio = samples.step / halved.step;
          fine = halved.values[row]!;
          refined = fine + (fine - numeric) / (ratio * ratio - 1);
          noise = halved.errors[row]! + errors[row]!;
          refinedError = Math.abs(refined - fine) + halved.errors[row]!;
        } else {
          if (forwardHalf === undefined) {
            const half = representableStep(t, forwardStep / 2, dtype);
            forwardHalf = { plus: line.real(t + half), step: half };
          }
          const atX = problem.atX[row]!;
          const plus = forwardHalf.plus[row]!;
          fine = (plus - atX) / forwardHalf.step;
          refined = fine + (fine - numeric) / (forwardStep / forwardHalf.step - 1);
          const fineNoise = (eps * (Math.abs(plus) + Math.abs(atX))) / forwardHalf.step;
          noise = fineNoise + (eps * (Math.abs(plus) + Math.abs(atX))) / forwardStep;
          refinedError = Math.abs(refined - fine) + fineNoise;
        }
        if (Number.isFinite(refined) && Math.abs(fine - numeric) > REFINE_MARGIN * noise) {
          const refinedAtol = options.noiseFloor ? Math.max(options.atol(row), NOISE_FLOOR * refinedError) : options.atol(row);
          entries.push(compareValues(place, analytic, refined, refinedError, rtol, refinedAtol));
          continue;
        }
      }
      entries.push(plain);
    }
  }
  return entries;
}
