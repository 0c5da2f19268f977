import type { CheckResult, ComponentCheck } from './check-result.js';
import { requireResult } from './internal/validate.js';
import { componentLabel, formatError, formatSide, formatValue, headline, valueNames } from './internal/label.js';

/** Options of {@link formatText}. */
export interface TextReportOptions {
  /**
   * Colour the status column and the headline with ANSI escapes. Off by default: pass `true` only
   * when the output goes to a terminal (the CLI passes `process.stdout.isTTY`).
   */
  readonly color?: boolean;
  /** How many rows to show, worst first. Default 10; failures beyond it are counted. */
  readonly limit?: number;
  /** Names of x's components (`['w', 'b']`), used instead of `x[0]`, `x[1]`. */
  readonly names?: readonly string[];
}

const RED = '\u001b[31m';
const GREEN = '\u001b[32m';
const YELLOW = '\u001b[33m';
const BOLD = '\u001b[1m';
const RESET = '\u001b[0m';

function status(entry: ComponentCheck): string {
  if (!entry.ok) return entry.kink ? 'FAIL (kink)' : 'FAIL';
  return entry.kink ? 'kink' : 'ok';
}

function paint(text: string, entry: ComponentCheck, color: boolean): string {
  if (!color) return text;
  const code = entry.ok ? (entry.kink ? YELLOW : GREEN) : RED;
  return `${code}${text}${RESET}`;
}

/**
 * Formats a check's result as an aligned plain-text table, worst component first, with a
 * headline, the settings and the kinks.
 * @example
 * const result = checkGradient((x) => x[0]! * x[1]!, [2, 3.01], new Float64Array([3, 2]));
 * formatText(result);
 * // → `gradient check failed: 1 of 2 components outside tolerance
 * // central differences, float64, rtol 1.00e-6, atol 6.00e-8, 7 evaluations of f, max abs error 1.00e-2, max rel error 3.32e-3
 * //   component  analytic  numeric        abs error  rel error  tolerance  status
 * //   x[1]       3.01      2.99999999996  1.00e-2    3.32e-3    3.06e-6    FAIL
 * //   x[0]       2         2              0          0          2.06e-6    ok`
 * @throws {VerifyError} `invalid-argument` when result is not a CheckResult.
 */
export function formatText(result: CheckResult, options: TextReportOptions = {}): string {
  requireResult(result, 'result');
  const color = options.color === true;
  const limit = options.limit ?? 10;
  const scheme =
    result.scheme === 'none' ? 'analytic comparison' : result.scheme === 'complex-step' ? 'complex step' : `${result.scheme} differences`;
  const lines: string[] = [];
  const title = headline(result);
  lines.push(color ? `${BOLD}${result.ok ? GREEN : RED}${title}${RESET}` : title);
  lines.push(
    `${scheme}, ${result.dtype}, rtol ${formatError(result.rtol)}, atol ${formatError(result.atol)}, ` +
      (result.kind === 'comparison' ? '' : `${result.evaluations} evaluations of f, `) +
      `max abs error ${formatError(result.maxAbsError)}, ` +
      `max rel error ${formatError(result.maxRelError)}`,
  );
  const shown = result.worst.slice(0, limit);
  if (shown.length > 0) {
    const header = ['component', ...valueNames(result.kind), 'abs error', 'rel error', 'tolerance', 'status'];
    const rows = shown.map((entry) => [
      componentLabel(entry, result.kind, options.names),
      formatValue(entry.analytic),
      formatValue(entry.numeric),
      formatError(entry.absError),
      formatError(entry.relError),
      formatError(entry.tolerance),
      status(entry),
    ]);
    const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => [...row[column]!].length)));
    const pad = (cell: string, column: number): string => cell + ' '.repeat(widths[column]! - [...cell].length);
    lines.push(`  ${header.map(pad).join('  ').trimEnd()}`);
    rows.forEach((row, r) => {
      const cells = row.map((cell, column) => (column === row.length - 1 ? cell : pad(cell, column)));
      cells[cells.length - 1] = paint(cells[cells.length - 1]!, shown[r]!, color);
      lines.push(`  ${cells.join('  ')}`);
    });
  }
  const hidden = result.worst.length - shown.length;
  if (hidden > 0) {
    const hiddenFailures = result.worst.slice(limit).filter((entry) => !entry.ok).length;
    lines.push(`  … ${hidden} more (${hiddenFailures} failing)`);
  }
  if (result.kinks.length > 0) {
    const labels = result.worst
      .filter((entry) => entry.kink)
      .sort((a, b) => a.index - b.index)
      .map((entry) => {
        const sides = entry.left !== undefined && entry.right !== undefined ? ` (one-sided ${formatSide(entry.left)} / ${formatSide(entry.right)})` : '';
        return `${componentLabel(entry, result.kind, options.names)}${sides}`;
      });
    lines.push(`kinks: ${labels.join(', ')}`);
  }
  return lines.join('\n');
}
