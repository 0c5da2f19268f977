/**
 * A number as the documentation pages print it: six significant digits and a real minus sign
 * (the CLI's terminal output is `numberForTerminal`, a write-up's is @bp/symbolic's `formatNumber`).
 * @example
 * numberForPage(-0.025031084); // → '−0.0250311'
 */
export function numberForPage(value: number): string {
  if (value === 0) return '0';
  const text = Math.abs(value) >= 1e-4 && Math.abs(value) < 1e6 ? String(Number(value.toPrecision(6))) : value.toExponential(4);
  return text.replace('-', '−');
}
