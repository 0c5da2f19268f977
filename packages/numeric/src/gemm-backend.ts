import type { FloatArray } from './dtype.js';

/**
 * A matrix-product implementation: C = op(A)·op(B), or C += op(A)·op(B) when `accumulate`,
 * row-major, where op(A) is m×k (A stored k×m when `transA`) and op(B) is k×n (B stored n×k when `transB`).
 */
export interface GemmBackend {
  readonly name: string;
  /** Whether this backend handles arrays of this type. */
  supports(array: FloatArray): boolean;
  gemm(
    transA: boolean, transB: boolean, m: number, n: number, k: number,
    a: FloatArray, b: FloatArray, c: FloatArray, accumulate: boolean,
  ): void;
}
