import { checkJacobian, type JacobianInput, type VectorValuedFunction } from './check-jacobian.js';
import type { CheckResult, ComponentCheck } from './check-result.js';
import type { Dtype } from './dtype.js';
import { VerifyError } from './errors.js';
import { compareKink, compareValues, failedBeforeComparing, summarize } from './internal/compare.js';
import { counted, resolveComponents } from './internal/options.js';
import { secondDifference, type SecondDifference } from './internal/second-difference.js';
import { inDtype, requireFunction, requireScalar, requireVector, resolveDtype, resolveNumber } from './internal/validate.js';
import type { VectorFunction } from './vector-function.js';
import type { Tolerance } from './tolerance.js';

/** A Hessian to check: n×n, row-major or as rows, or a function of x returning either. */
export type HessianInput = JacobianInput;

/** Options of {@link checkHessian}. */
export interface CheckHessianOptions {
  /** Relative tolerance; default from {@link defaultHessianTolerance}. */
  readonly rtol?: number;
  /** Absolute tolerance, used exactly as given; default {@link defaultHessianTolerance}'s atol × max(1, |f(x)|). */
  readonly atol?: number;
  /** Precision f computes in: sets steps and default tolerances. Default `f.dtype`, else `'float64'`. */
  readonly dtype?: Dtype;
  /**
   * The gradient of f, when known. Then each row i of the Hessian is checked against central
   * differences of ∂f/∂xᵢ (step ε^(1/3), error about ε^(2/3)), which is far more accurate than
   * second differences of f (step ε^(1/4), error about ε^(1/2)) used without it.
   */
  readonly gradient?: VectorValuedFunction;
  /** Look for kinks (default true): an entry where f′ jumps is listed in `kinks`, not failed. */
  readonly kinks?: boolean;
  /** Check only these inputs (columns, and with no gradient the rows too); all by default. */
  readonly components?: readonly number[];
}

// Second differences of f lose about half the digits (error ≈ √ε·|f| at the fourth-root step),
// so their defaults sit one to two orders above that. Measured in test/check-hessian-sympy.test.ts:
// SymPy's exact Hessians of 118 programs all pass, and an entry 0.1% off fails wherever the entry
// is above 1 (float64).
const SECOND_DIFFERENCES: Readonly<Record<Dtype, Tolerance>> = {
  float64: { rtol: 1e-5, atol: 1e-6 },
  float32: { rtol: 2e-2, atol: 2e-2 },
};

/**
 * The default tolerance of a Hessian check from second differences of f (with a gradient the
 * check uses checkJacobian's central-difference defaults, {@link defaultTolerance}).
 * @example
 * defaultHessianTolerance('float64'); // → { rtol: 1e-5, atol: 1e-6 }
 */
export function defaultHessianTolerance(dtype: Dtype): Tolerance {
  return SECOND_DIFFERENCES[dtype];
}

/** Reads a Hessian input into a row-major n×n array. */
function square(value: unknown, n: number): Float64Array {
  const rows = Array.isArray(value) && value.length > 0 && typeof value[0] !== 'number';
  const flat = rows
    ? Float64Array.from((value as unknown[]).flatMap((row, r) => Array.from(requireVector(row, `hessian[${r}]`, false))))
    : requireVector(value, 'hessian', false);
  if (flat.length !== n * n || (rows && (value as unknown[]).length !== n)) {
    throw new VerifyError('dimension', `hessian has ${flat.length} entries, expected ${n}×${n} = ${n * n}`, {
      parameter: 'hessian',
      coordinate: Math.min(flat.length, n * n),
    });
  }
  return flat;
}

/** One entry against second differences of f: a kink when the estimate moves like 1/h between h and 2h. */
function compareEntry(
  d: SecondDifference, n: number, i: number, j: number, analytic: number,
  tolerance: Tolerance & { readonly kinks: boolean },
): ComponentCheck {
  const place = { index: i * n + j, row: i, column: j };
  const atol = Math.max(tolerance.atol, 2 * d.noise);
  // Where f′ jumps, the central estimate grows like 1/h (it halves from h to 2h); where f″ jumps
  // (relu(x)·y across x = 0), the one-sided estimates disagree by the jump at every step. On
  // smooth functions the first moves by O(h²), and the one-sided estimates differ by about
  // 2h·|f‴|, which doubles with the step (x³ at 0), so neither is taken for a kink.
  const moved = Math.abs(d.value - d.coarse);
  const jump = Math.abs(d.right - d.left);
  const floor = (scale: number): number => 8 * (atol + tolerance.rtol * scale);
  const kink = tolerance.kinks && (
    (moved > floor(Math.abs(d.value)) && moved > 0.25 * Math.max(Math.abs(d.value), Math.abs(d.coarse)))
    || (jump > floor(Math.max(Math.abs(d.left), Math.abs(d.right))) && d.coarseJump < 1.5 * jump)
  );
  if (kink) return compareKink(place, analytic, d.value, d.left, d.right, d.noise, tolerance.rtol, atol);
  return compareValues(place, analytic, d.value, d.noise, tolerance.rtol, atol);
}

/**
 * Checks a Hessian against finite differences, entry by entry, with checkGradient's result shape
 * (`kind: 'hessian'`, entries numbered row-major with `row` and `column`): with
 * `options.gradient`, against central differences of the gradient; otherwise against second
 * differences of f, with the fourth-root step. Both mixed partials are compared, so an
 * asymmetric claimed Hessian fails on the wrong side. An entry where f′ jumps (relu at 0) is
 * listed in `kinks` and passes when the analytic value lies between the one-sided estimates.
 * @throws {VerifyError} `invalid-argument` (f or the gradient not a function, or not returning
 * numbers), `non-finite` (x has NaN or ±Infinity), `dimension` (the Hessian is not n×n),
 * `invalid-option` (bad dtype or tolerance).
 * @example
 * const f = (x: Float64Array) => x[0]! * x[0]! * x[1]!;
 * checkHessian(f, [[4, 6], [6, 0]], new Float64Array([3, 2])).ok; // → true
 * checkHessian(f, [[4, 6], [3, 0]], new Float64Array([3, 2])).worst[0]!.index; // → 2
 */
export function checkHessian(f: VectorFunction, hessian: HessianInput, x: Float64Array, options: CheckHessianOptions = {}): CheckResult {
  requireFunction(f, 'f');
  const dtype = resolveDtype(options.dtype ?? (f as { dtype?: unknown }).dtype, 'float64');
  const point = inDtype(requireVector(x, 'x', true), dtype);
  const n = point.length;
  if (options.gradient !== undefined) {
    requireFunction(options.gradient, 'options.gradient');
    const { gradient, components, ...rest } = options;
    const result = checkJacobian(gradient, hessian, point, { ...rest, dtype, ...(components === undefined ? {} : { components }) });
    return { ...result, kind: 'hessian' };
  }
  const analytic = square(typeof hessian === 'function' ? hessian(Float64Array.from(point)) : hessian, n);
  const defaults = defaultHessianTolerance(dtype);
  const calls = counted(f);
  const f0 = requireScalar(calls.f(Float64Array.from(point)), 'f');
  const rtol = resolveNumber(options.rtol, 'options.rtol') ?? defaults.rtol;
  const atol = resolveNumber(options.atol, 'options.atol') ?? defaults.atol * Math.max(1, Math.abs(f0));
  const summary = () => ({ kind: 'hessian' as const, scheme: 'central' as const, dtype, rtol, atol, evaluations: calls.count() });
  if (!Number.isFinite(f0)) return failedBeforeComparing(`f(x) is ${f0}`, summary());
  const chosen = [...resolveComponents(options.components, n)];
  const tolerance = { rtol, atol, kinks: options.kinks ?? true };
  // The stencils are symmetric in i and j: one estimate serves both mixed partials.
  const estimates = new Map<number, SecondDifference>();
  const estimate = (i: number, j: number): SecondDifference => {
    const key = Math.min(i, j) * n + Math.max(i, j);
    let d = estimates.get(key);
    if (d === undefined) {
      d = secondDifference(calls.f, point, f0, i, j, dtype);
      estimates.set(key, d);
    }
    return d;
  };
  const entries: ComponentCheck[] = [];
  for (const i of chosen) {
    for (const j of chosen) entries.push(compareEntry(estimate(i, j), n, i, j, analytic[i * n + j]!, tolerance));
  }
  return summarize(entries, summary());
}
