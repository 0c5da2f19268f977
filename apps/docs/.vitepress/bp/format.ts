/**
 * A number as the pages print it: six significant digits and a real minus sign.
 * @example
 * formatNumber(-0.025031084); // "−0.0250311"
 */
export function formatNumber(value: number): string {
  if (value === 0) return '0';
  const text = Math.abs(value) >= 1e-4 && Math.abs(value) < 1e6 ? String(Number(value.toPrecision(6))) : value.toExponential(4);
  return text.replace('-', '−');
}
