import type { CheckResult, ComponentCheck } from './check-result.js';
import { requireResult } from './internal/validate.js';
import { componentLabel } from './internal/label.js';

/** A number in a JSON report: NaN and ±Infinity become the strings "NaN", "Infinity", "-Infinity". */
export type JsonNumber = number | 'NaN' | 'Infinity' | '-Infinity';

/** One component in a JSON report. Optional keys are present only when they apply. */
export interface JsonComponent {
  readonly index: number;
  /** `x[3]`, the caller's name, `∂f[1]/∂x[0]` or `direction 2`. */
  readonly name: string;
  readonly row?: number;
  readonly column?: number;
  readonly analytic: JsonNumber;
  readonly numeric: JsonNumber;
  readonly absError: JsonNumber;
  readonly relError: JsonNumber;
  readonly tolerance: JsonNumber;
  readonly numericError: JsonNumber;
  readonly ok: boolean;
  readonly kink: boolean;
  readonly left?: JsonNumber;
  readonly right?: JsonNumber;
  readonly reason?: string;
}

/** The stable JSON shape of a check (version 1); new keys may be added, none removed. */
export interface JsonReport {
  readonly version: 1;
  readonly ok: boolean;
  readonly kind: CheckResult['kind'];
  readonly scheme: CheckResult['scheme'];
  readonly dtype: CheckResult['dtype'];
  readonly rtol: JsonNumber;
  readonly atol: JsonNumber;
  readonly maxAbsError: JsonNumber;
  readonly maxRelError: JsonNumber;
  readonly checked: number;
  readonly failures: number;
  readonly evaluations: number;
  readonly kinks: readonly number[];
  readonly reason?: string;
  readonly worst: readonly JsonComponent[];
}

/** Options of {@link toJson} and {@link formatJson}. */
export interface JsonReportOptions {
  /** How many components to include, worst first. Default all. */
  readonly limit?: number;
  /** Names of x's components. */
  readonly names?: readonly string[];
}

function jsonNumber(value: number): JsonNumber {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Number.POSITIVE_INFINITY) return 'Infinity';
  if (value === Number.NEGATIVE_INFINITY) return '-Infinity';
  return Object.is(value, -0) ? 0 : value;
}

function component(entry: ComponentCheck, result: CheckResult, names: readonly string[] | undefined): JsonComponent {
  return {
    index: entry.index,
    name: componentLabel(entry, result.kind, names),
    ...(entry.row === undefined ? {} : { row: entry.row }),
    ...(entry.column === undefined ? {} : { column: entry.column }),
    analytic: jsonNumber(entry.analytic),
    numeric: jsonNumber(entry.numeric),
    absError: jsonNumber(entry.absError),
    relError: jsonNumber(entry.relError),
    tolerance: jsonNumber(entry.tolerance),
    numericError: jsonNumber(entry.numericError),
    ok: entry.ok,
    kink: entry.kink,
    ...(entry.left === undefined ? {} : { left: jsonNumber(entry.left) }),
    ...(entry.right === undefined ? {} : { right: jsonNumber(entry.right) }),
    ...(entry.reason === undefined ? {} : { reason: entry.reason }),
  };
}

/**
 * A check's result as a plain object in the stable, documented JSON shape ({@link JsonReport}),
 * for embedding in a larger JSON document. Keys come in a fixed order.
 * @example
 * const report = toJson(checkGradient((x) => x[0]! * x[0]!, [6], new Float64Array([3])));
 * report.ok; // → true
 * report.worst[0]!.name; // → "x[0]"
 * @throws {VerifyError} `invalid-argument` when result is not a CheckResult.
 */
export function toJson(result: CheckResult, options: JsonReportOptions = {}): JsonReport {
  requireResult(result, 'result');
  const worst = result.worst.slice(0, options.limit ?? result.worst.length);
  return {
    version: 1,
    ok: result.ok,
    kind: result.kind,
    scheme: result.scheme,
    dtype: result.dtype,
    rtol: jsonNumber(result.rtol),
    atol: jsonNumber(result.atol),
    maxAbsError: jsonNumber(result.maxAbsError),
    maxRelError: jsonNumber(result.maxRelError),
    checked: result.checked,
    failures: result.failures,
    evaluations: result.evaluations,
    kinks: [...result.kinks],
    ...(result.reason === undefined ? {} : { reason: result.reason }),
    worst: worst.map((entry) => component(entry, result, options.names)),
  };
}

/**
 * A check's result as JSON text in the shape of {@link JsonReport}: two-space indented unless
 * `indent` says otherwise (0 for one line).
 * @example
 * formatJson(checkGradient((x) => x[0]! * x[0]!, [6], new Float64Array([3])), { indent: 0 }).slice(0, 40);
 * // → '{"version":1,"ok":true,"kind":"gradient"'
 */
export function formatJson(result: CheckResult, options: JsonReportOptions & { readonly indent?: number } = {}): string {
  return JSON.stringify(toJson(result, options), null, options.indent ?? 2);
}
