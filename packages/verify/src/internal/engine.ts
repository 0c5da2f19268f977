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

/** One column's differences: the estimates, and the samples and halved steps kink and refinement checks reuse. */
interface Column {
  readonly line: Line;
  readonly t: number;
  readonly values: Float64Array;
  readonly errors: Float64Array;
  /** The step of a forward or complex-step estimate (0 for central). */
  readonly forwardStep: number;
  /** Central samples at the default step, when taken. */
  readonly samples: (CentralSamples & { readonly step: number }) | undefined;
  /** Central samples at half the step, taken the first time a row needs them. */
  halved?: VectorEstimate & CentralSamples;
  /** f at t + half the forward step, taken the first time a row needs it. */
  forwardHalf?: { readonly plus: Float64Array; readonly step: number };
}

/** The column's differences by the chosen scheme, with central samples for the kink check when asked for. */
function estimateColumn(problem: ColumnProblem, column: number, options: EngineOptions): Column {
  const { scheme, dtype, step } = options;
  const m = problem.outputs;
  const line = problem.line(column);
  const t = problem.x[column]!;
  if (scheme === 'central') {
    const central = centralVector(line.real, t, m, dtype, step);
    return { line, t, values: central.values, errors: central.errors, forwardStep: 0, samples: central };
  }
  const estimate = estimateLine(scheme, line, t, { dtype, step, atT: problem.atX });
  const errors = Float64Array.from(estimate.errors);
  const samples = options.kinks ? centralVector(line.real, t, m, dtype) : undefined;
  if (scheme === 'forward' && samples !== undefined) {
    // A forward difference is off by about h·f''/2; the central samples give f'' as
    // (f(x + H) − 2f(x) + f(x − H)) / H².
    for (let row = 0; row < m; row++) {
      const curvature = (samples.plus[row]! - 2 * problem.atX[row]! + samples.minus[row]!) / samples.step ** 2;
      if (Number.isFinite(curvature)) errors[row] = errors[row]! + (estimate.step * Math.abs(curvature)) / 2;
    }
  }
  return { line, t, values: estimate.values, errors, forwardStep: estimate.step, samples };
}

/** Central samples at half the default step, taken once per column. */
function halvedSamples(col: Column, m: number, dtype: Dtype): VectorEstimate & CentralSamples {
  col.halved ??= centralVector(col.line.real, col.t, m, dtype, representableStep(col.t, col.samples!.step / 2, dtype));
  return col.halved;
}

/** The row's check as a kink, when its one-sided differences disagree at two steps; otherwise undefined. */
function kinkCheck(
  problem: ColumnProblem, col: Column, row: number, column: number, plain: ComponentCheck, atol: number, options: EngineOptions,
): ComponentCheck | undefined {
  const { samples } = col;
  if (samples === undefined || !options.kinks) return undefined;
  const { rtol, dtype } = options;
  const eps = machineEpsilon(dtype);
  const atX = problem.atX[row]!;
  const first = oneSided(samples.plus[row]!, atX, samples.minus[row]!, samples.step, eps);
  const scale = Math.max(Math.abs(first.left), Math.abs(first.right));
  const suspicious =
    Number.isFinite(first.gap) &&
    first.gap > NOISE_MARGIN * first.noise &&
    first.gap > atol + rtol * scale &&
    (!plain.ok || first.gap > VISIBLE_JUMP * scale);
  if (!suspicious) return undefined;
  const halved = halvedSamples(col, problem.outputs, dtype);
  const second = oneSided(halved.plus[row]!, atX, halved.minus[row]!, halved.step, eps);
  if (!(second.gap > KINK_PERSISTENCE * first.gap && second.gap > NOISE_MARGIN * second.noise)) return undefined;
  // One-sided differences carry an O(h) error; two steps extrapolate it away.
  const left = 2 * second.left - first.left;
  const right = 2 * second.right - first.right;
  return compareKink(problem.place(row, column), problem.analytic(row, column), col.values[row]!, left, right, col.errors[row]!, rtol, atol);
}

/**
 * Before failing a component, takes the difference again at half the step and extrapolates:
 * a steep function (large f''' or f'') can leave more truncation error at the default
 * step than the tolerance allows, and the two steps both remove it and measure it.
 * Only a move beyond the rounding noise of both values says truncation error is at work;
 * otherwise the first value stands (halving h would only double its noise) and this returns undefined.
 */
function refinedCheck(problem: ColumnProblem, col: Column, row: number, column: number, options: EngineOptions): ComponentCheck | undefined {
  const { dtype, rtol } = options;
  const eps = machineEpsilon(dtype);
  const numeric = col.values[row]!;
  let refined: number;
  let refinedError: number;
  let noise: number;
  let fine: number;
  if (options.scheme === 'central') {
    const halved = halvedSamples(col, problem.outputs, dtype);
    const ratio = col.samples!.step / halved.step;
    fine = halved.values[row]!;
    refined = fine + (fine - numeric) / (ratio * ratio - 1);
    noise = halved.errors[row]! + col.errors[row]!;
    refinedError = Math.abs(refined - fine) + halved.errors[row]!;
  } else {
    if (col.forwardHalf === undefined) {
      const half = representableStep(col.t, col.forwardStep / 2, dtype);
      col.forwardHalf = { plus: col.line.real(col.t + half), step: half };
    }
    const atX = problem.atX[row]!;
    const plus = col.forwardHalf.plus[row]!;
    fine = (plus - atX) / col.forwardHalf.step;
    refined = fine + (fine - numeric) / (col.forwardStep / col.forwardHalf.step - 1);
    const fineNoise = (eps * (Math.abs(plus) + Math.abs(atX))) / col.forwardHalf.step;
    noise = fineNoise + (eps * (Math.abs(plus) + Math.abs(atX))) / col.forwardStep;
    refinedError = Math.abs(refined - fine) + fineNoise;
  }
  if (!(Number.isFinite(refined) && Math.abs(fine - numeric) > REFINE_MARGIN * noise)) return undefined;
  const refinedAtol = options.noiseFloor ? Math.max(options.atol(row), NOISE_FLOOR * refinedError) : options.atol(row);
  return compareValues(problem.place(row, column), problem.analytic(row, column), refined, refinedError, rtol, refinedAtol);
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
  const { scheme, rtol } = options;
  const entries: ComponentCheck[] = [];
  for (const column of columns) {
    const col = estimateColumn(problem, column, options);
    for (let row = 0; row < problem.outputs; row++) {
      const error = col.errors[row]!;
      const atol = options.noiseFloor ? Math.max(options.atol(row), NOISE_FLOOR * error) : options.atol(row);
      const plain = compareValues(problem.place(row, column), problem.analytic(row, column), col.values[row]!, error, rtol, atol);
      const refinable = !plain.ok && plain.reason === undefined && col.samples !== undefined && (scheme === 'central' || scheme === 'forward');
      const refined = (): ComponentCheck | undefined => (refinable ? refinedCheck(problem, col, row, column, options) : undefined);
      entries.push(kinkCheck(problem, col, row, column, plain, atol, options) ?? refined() ?? plain);
    }
  }
  return entries;
}
