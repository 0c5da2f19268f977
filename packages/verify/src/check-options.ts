import type { Dtype } from './dtype.js';
import type { Scheme } from './internal/difference.js';
import type { ComplexVectorFunction } from './vector-function.js';

/** Options of {@link checkGradient}. */
export interface CheckGradientOptions {
  /** Relative tolerance; default from {@link defaultTolerance} for the scheme and dtype. */
  readonly rtol?: number;
  /**
   * Absolute tolerance, used exactly as given. Default: {@link defaultTolerance}'s atol times
   * max(1, |f(x)|), because the rounding noise of a difference quotient grows with |f| (ε·|f| / h),
   * not with the gradient; and per component at least twice the difference's error estimate.
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
