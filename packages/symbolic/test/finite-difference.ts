/**
 * An independent numerical derivative for tests: Richardson-extrapolated central differences,
 * error O(h⁴) plus rounding, good to ~1e-10 relative on smooth functions.
 */
export function numericPartial(f: (x: number) => number, x: number, scale = 1e-4): number {
  const h = scale * Math.max(1, Math.abs(x));
  const central = (step: number): number => (f(x + step) - f(x - step)) / (2 * step);
  return (4 * central(h / 2) - central(h)) / 3;
}

/**
 * The same, but only when two step sizes agree: a function too steep for the step (its value
 * moving by more than a little across it) gives undefined instead of a wrong reference.
 */
export function convergedPartial(f: (x: number) => number, x: number): number | undefined {
  const coarse = numericPartial(f, x, 1e-3);
  const fine = numericPartial(f, x, 1e-4);
  return close(coarse, fine, 1e-6, 1e-8) ? fine : undefined;
}

/** Converged partial derivatives of a function of named inputs at a point (undefined where not converged). */
export function numericGradient(
  f: (point: Record<string, number>) => number,
  point: Record<string, number>,
): Record<string, number | undefined> {
  const result: Record<string, number | undefined> = {};
  for (const name of Object.keys(point)) {
    result[name] = convergedPartial((v) => f({ ...point, [name]: v }), point[name]!);
  }
  return result;
}

/** |a − b| ≤ atol + rtol·|b| */
export function close(a: number, b: number, rtol = 1e-7, atol = 1e-9): boolean {
  return Math.abs(a - b) <= atol + rtol * Math.abs(b);
}
