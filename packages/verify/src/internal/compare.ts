import type { CheckKind, CheckResult, ComponentCheck } from '../check-result.js';
import type { Dtype } from '../dtype.js';
import type { Scheme } from './difference.js';

/** Where a component sits: its index, and for a Jacobian or Hessian entry its row and column. */
export type Placement = { readonly index: number } | { readonly index: number; readonly row: number; readonly column: number };

function relative(absError: number, a: number, b: number): number {
  const scale = Math.max(Math.abs(a), Math.abs(b));
  if (absError === 0) return 0;
  return scale === 0 ? Number.POSITIVE_INFINITY : absError / scale;
}

function notFinite(name: string, value: number): string | undefined {
  return Number.isFinite(value) ? undefined : `${name} is ${value}`;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * A check with its placement's keys first, in the order `{ ...place, analytic, … }` gives them,
 * written as one object literal per placement shape: V8 takes `{ ...place, … }` through a
 * generic path that measured about 5 µs a call, a hundred times the literal, and the largest
 * entry of a CPU profile of `bp check --batch`. The optional keys after `kink` (left, right,
 * reason) are set by the caller, in that order.
 */
function placed(
  place: Placement, analytic: number, numeric: number, absError: number, relError: number, ok: boolean, tolerance: number, numericError: number, kink: boolean,
): Mutable<ComponentCheck> {
  const { index } = place;
  if (!('row' in place)) return { index, analytic, numeric, absError, relError, ok, tolerance, numericError, kink };
  const { row, column } = place;
  return { index, row, column, analytic, numeric, absError, relError, ok, tolerance, numericError, kink };
}

const FINITE_DIFFERENCE_NAMES = ['the analytic value', 'the finite-difference value (f is not finite near x)'] as const;

export function compareValues(
  place: Placement,
  analytic: number,
  numeric: number,
  numericError: number,
  rtol: number,
  atol: number,
  names: readonly [string, string] = FINITE_DIFFERENCE_NAMES,
): ComponentCheck {
  const absError = Math.abs(analytic - numeric);
  const tolerance = atol + rtol * Math.abs(numeric);
  const reason = notFinite(names[0], analytic) ?? notFinite(names[1], numeric);
  const relError = relative(absError, analytic, numeric);
  const check = placed(place, analytic, numeric, absError, relError, reason === undefined && absError <= tolerance, tolerance, numericError, false);
  if (reason !== undefined) check.reason = reason;
  return check;
}

/** A kink passes when the analytic value lies in [min(left, right), max(left, right)], within tolerance. */
export function compareKink(
  place: Placement,
  analytic: number,
  numeric: number,
  left: number,
  right: number,
  numericError: number,
  rtol: number,
  atol: number,
): ComponentCheck {
  const low = Math.min(left, right);
  const high = Math.max(left, right);
  const absError = analytic < low ? low - analytic : analytic > high ? analytic - high : Number.isNaN(analytic) ? Number.NaN : 0;
  const tolerance = atol + rtol * Math.max(Math.abs(left), Math.abs(right));
  const reason = notFinite('the analytic value', analytic);
  const relError = relative(absError, analytic, Math.max(Math.abs(left), Math.abs(right)));
  const check = placed(place, analytic, numeric, absError, relError, reason === undefined && absError <= tolerance, tolerance, numericError, true);
  check.left = left;
  check.right = right;
  if (reason !== undefined) check.reason = reason;
  return check;
}

/** How far past its tolerance a component is; non-finite errors rank first. */
function severity(entry: ComponentCheck): number {
  if (!Number.isFinite(entry.absError)) return Number.POSITIVE_INFINITY;
  if (entry.tolerance === 0) return entry.absError === 0 ? 0 : Number.POSITIVE_INFINITY;
  return entry.absError / entry.tolerance;
}

function maxWithNaN(values: readonly number[]): number {
  let result = 0;
  for (const value of values) {
    if (Number.isNaN(value)) return Number.NaN;
    if (value > result) result = value;
  }
  return result;
}

export interface Summary {
  readonly kind: CheckKind;
  readonly scheme: Scheme | 'none';
  readonly dtype: Dtype;
  readonly rtol: number;
  readonly atol: number;
  readonly evaluations: number;
}

export function summarize(entries: readonly ComponentCheck[], summary: Summary): CheckResult {
  const ranked = entries
    .map((entry) => ({ entry, severity: severity(entry) }))
    .sort((a, b) => Number(a.entry.ok) - Number(b.entry.ok) || b.severity - a.severity || a.entry.index - b.entry.index)
    .map(({ entry }) => entry);
  const failures = entries.filter((entry) => !entry.ok).length;
  return {
    ok: failures === 0,
    maxAbsError: maxWithNaN(entries.map((entry) => entry.absError)),
    maxRelError: maxWithNaN(entries.map((entry) => entry.relError)),
    worst: ranked,
    kinks: entries
      .filter((entry) => entry.kink)
      .map((entry) => entry.index)
      .sort((a, b) => a - b),
    ...summary,
    checked: entries.length,
    failures,
  };
}

export function failedBeforeComparing(reason: string, summary: Summary): CheckResult {
  return {
    ok: false,
    maxAbsError: Number.NaN,
    maxRelError: Number.NaN,
    worst: [],
    kinks: [],
    ...summary,
    checked: 0,
    failures: 0,
    reason,
  };
}
