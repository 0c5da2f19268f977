/**
 * Solves H·d = r by Gaussian elimination with partial pivoting, or returns undefined when H is
 * singular to working precision. For the small dense systems of a write-up (a Newton step).
 */
export function solveLinear(H: readonly (readonly number[])[], r: readonly number[]): number[] | undefined {
  const n = r.length;
  const a = H.map((row, i) => [...row, r[i]!]);
  const scale = Math.max(1e-300, ...H.flat().map(Math.abs));
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let row = col + 1; row < n; row++) if (Math.abs(a[row]![col]!) > Math.abs(a[pivot]![col]!)) pivot = row;
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    if (Math.abs(a[col]![col]!) <= 1e-12 * scale) return undefined;
    for (let row = col + 1; row < n; row++) {
      const factor = a[row]![col]! / a[col]![col]!;
      for (let k = col; k <= n; k++) a[row]![k] = a[row]![k]! - factor * a[col]![k]!;
    }
  }
  const d = new Array<number>(n).fill(0);
  for (let row = n - 1; row >= 0; row--) {
    let sum = a[row]![n]!;
    for (let k = row + 1; k < n; k++) sum -= a[row]![k]! * d[k]!;
    d[row] = sum / a[row]![row]!;
  }
  return d;
}

/** Whether a symmetric matrix is positive definite: its Cholesky factorisation succeeds. */
export function isPositiveDefinite(H: readonly (readonly number[])[]): boolean {
  const n = H.length;
  const L = H.map(() => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = H[i]![j]!;
      for (let k = 0; k < j; k++) sum -= L[i]![k]! * L[j]![k]!;
      if (i === j) {
        if (!(sum > 0)) return false;
        L[i]![i] = Math.sqrt(sum);
      } else {
        L[i]![j] = sum / L[j]![j]!;
      }
    }
  }
  return true;
}
