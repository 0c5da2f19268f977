import type { CheckKind, ComponentCheck } from '../check-result.js';

/** How a report names a component: `x[3]` (or the caller's name for it), `∂f[1]/∂x[0]`, `direction 2`. */
export function componentLabel(entry: ComponentCheck, kind: CheckKind, names?: readonly string[]): string {
  if (kind === 'directional') return `direction ${entry.index}`;
  if (kind === 'jacobian' && entry.row !== undefined && entry.column !== undefined) {
    return `∂f[${entry.row}]/∂${names?.[entry.column] ?? `x[${entry.column}]`}`;
  }
  if (kind === 'hessian' && entry.row !== undefined && entry.column !== undefined) {
    return `∂²f/∂${names?.[entry.row] ?? `x[${entry.row}]`}∂${names?.[entry.column] ?? `x[${entry.column}]`}`;
  }
  return names?.[entry.index] ?? `x[${entry.index}]`;
}

/** A value with enough digits to see a 1e-10 relative difference. */
export function formatValue(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (value === 0) return '0';
  return String(Number(value.toPrecision(12)));
}

/** A one-sided derivative: six digits, about what a one-sided difference resolves. */
export function formatSide(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return String(Number(value.toPrecision(6)));
}

/** An error in three significant digits. */
export function formatError(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (value === 0) return '0';
  return value.toExponential(2);
}

/** One sentence on a check's outcome, e.g. "gradient check failed: 1 of 3 components outside tolerance". */
export function headline(result: {
  readonly ok: boolean;
  readonly kind: CheckKind;
  readonly checked: number;
  readonly failures: number;
  readonly reason?: string;
}): string {
  const unit = result.kind === 'directional' ? 'directions' : result.kind === 'jacobian' || result.kind === 'hessian' ? 'entries' : 'components';
  const name = result.kind === 'comparison' ? 'gradient comparison' : `${result.kind} check`;
  if (result.reason !== undefined) return `${name} failed: ${result.reason}`;
  if (result.ok) return `${name} passed: ${result.checked} ${unit} within tolerance`;
  return `${name} failed: ${result.failures} of ${result.checked} ${unit} outside tolerance`;
}

/** What the two compared values are called: analytic and numeric, or candidate and reference. */
export function valueNames(kind: CheckKind): readonly [string, string] {
  return kind === 'comparison' ? ['candidate', 'reference'] : ['analytic', 'numeric'];
}

/** Describes one failing component in a line, for JUnit failure messages and the vitest matcher. */
export function describeComponent(entry: ComponentCheck, kind: CheckKind, names?: readonly string[]): string {
  const label = componentLabel(entry, kind, names);
  const [analyticName, numericName] = valueNames(kind);
  const numeric =
    entry.kink && entry.left !== undefined && entry.right !== undefined
      ? `${numericName} ${formatValue(entry.numeric)} (a kink: one-sided ${formatSide(entry.left)} and ${formatSide(entry.right)})`
      : `${numericName} ${formatValue(entry.numeric)}`;
  const tail = entry.reason === undefined ? '' : ` (${entry.reason})`;
  return `${label}: ${analyticName} ${formatValue(entry.analytic)}, ${numeric}, abs error ${formatError(entry.absError)}, rel error ${formatError(entry.relError)}, tolerance ${formatError(entry.tolerance)}${tail}`;
}
