/**
 * The references the WebAssembly gemm tests share: deterministic float32 data and the float64
 * product from the definition, with the rounding bound a float32 sum may reach.
 */

/** Deterministic values in [-1, 1), exactly representable in float32 (xorshift32; self-contained, so a child process can run its source). */
export function randomFloat32(length: number, seed: number): Float32Array {
  let state = seed >>> 0 || 1;
  const out = new Float32Array(length);
  for (let i = 0; i < length; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    out[i] = ((state >>> 0) / 2 ** 32) * 2 - 1;
  }
  return out;
}

/** A float64 product and, per element, Σ|op(A)ᵢₚ·op(B)ₚⱼ|: the scale of the rounding error a float32 sum may make. */
export interface ReferenceProduct {
  readonly value: Float64Array;
  readonly magnitude: Float64Array;
}

/** The float64 triple loop: C = C0 + op(A)·op(B), written from the definition. */
export function referenceProduct(
  transA: boolean, transB: boolean, m: number, n: number, k: number,
  a: ArrayLike<number>, b: ArrayLike<number>, c0?: ArrayLike<number>,
): ReferenceProduct {
  const value = new Float64Array(m * n);
  const magnitude = new Float64Array(m * n);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      let sum = c0 === undefined ? 0 : c0[i * n + j]!;
      let abs = Math.abs(sum);
      for (let p = 0; p < k; p++) {
        const product = (transA ? a[p * m + i]! : a[i * k + p]!) * (transB ? b[j * k + p]! : b[p * n + j]!);
        sum += product;
        abs += Math.abs(product);
      }
      value[i * n + j] = sum;
      magnitude[i * n + j] = abs;
    }
  }
  return { value, magnitude };
}

/**
 * The largest error relative to the classic bound for a float32 sum of k + 1 terms,
 * |error| ≤ (k + 2)·u·Σ|terms| with u = 2⁻²⁴: a result ≤ 1 is within float32 accuracy.
 */
export function worstErrorRatio(actual: ArrayLike<number>, expected: ReferenceProduct, k: number): number {
  const unit = 2 ** -24;
  let worst = 0;
  for (let i = 0; i < actual.length; i++) {
    const bound = (k + 2) * unit * expected.magnitude[i]! + Number.MIN_VALUE;
    worst = Math.max(worst, Math.abs(actual[i]! - expected.value[i]!) / bound);
  }
  return worst;
}
