import type { Dtype } from './dtype.js';
import type { Scheme } from './internal/difference.js';

/** One compared component: a gradient entry, a Jacobian entry or a direction. */
export interface ComponentCheck {
  /** The component: xᵢ for a gradient, row·n + column for a Jacobian, the direction's number. */
  readonly index: number;
  readonly analytic: number;
  /**
   * The finite-difference value (at a kink, the scheme's value, e.g. the central average); in a
   * comparison, the reference gradient's value.
   */
  readonly numeric: number;
  /** |analytic − numeric|; at a kink, the distance from analytic to [left, right]. */
  readonly absError: number;
  /** absError / max(|analytic|, |numeric|) (0 when both are 0); at a kink, relative to the sides. */
  readonly relError: number;
  /** Whether the component passed: absError ≤ tolerance. */
  readonly ok: boolean;
  /**
   * atol + rtol·|numeric| (at a kink, atol + rtol·max(|left|, |right|)), where a default atol is
   * at least 2·numericError.
   */
  readonly tolerance: number;
  /**
   * The scheme's own estimate of the numeric value's absolute error: rounding noise, the
   * Richardson tableau's spread, and for forward differences h·|f''|/2 (when kinks are searched).
   */
  readonly numericError: number;
  /** Whether left and right one-sided differences disagree here beyond their noise. */
  readonly kink: boolean;
  /** The one-sided derivatives from below and above, at a kink. */
  readonly left?: number;
  readonly right?: number;
  /** Why a component failed when it is not a plain mismatch (NaN or ±Infinity somewhere). */
  readonly reason?: string;
  /** Jacobian entries: the output. */
  readonly row?: number;
  /** Jacobian entries: the input. */
  readonly column?: number;
}

/** What a check compared: `comparison` is two analytic gradients, without finite differences. */
export type CheckKind = 'gradient' | 'jacobian' | 'hessian' | 'directional' | 'comparison';

/** The outcome of checkGradient, checkJacobian, checkDirectional or compareGradients. */
export interface CheckResult {
  readonly ok: boolean;
  readonly maxAbsError: number;
  readonly maxRelError: number;
  /** Every compared component, failures first, then by absError / tolerance, largest first. */
  readonly worst: readonly ComponentCheck[];
  /** Indices of the components found at a kink, ascending. */
  readonly kinks: readonly number[];
  readonly kind: CheckKind;
  /** The finite-difference scheme, or `'none'` for a comparison of two analytic gradients. */
  readonly scheme: Scheme | 'none';
  readonly dtype: Dtype;
  readonly rtol: number;
  readonly atol: number;
  /** How many components were compared, and how many failed. */
  readonly checked: number;
  readonly failures: number;
  /** How many times f was called. */
  readonly evaluations: number;
  /** Why the whole check failed before any comparison (f(x) not finite). */
  readonly reason?: string;
}
