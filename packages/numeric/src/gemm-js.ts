import type { FloatArray } from './dtype.js';
import type { GemmBackend } from './gemm-backend.js';

// Register tile: each micro-kernel call keeps a MR×NR block of C in 16 local variables while it
// walks the shared dimension, so every loaded element of A is used NR times and every element of
// B MR times. On V8 (x64, 16 float registers) 4×4 measured as fast as 3×4 and faster than 2×4,
// 2×8, 4×8, 8×4 and 6×6, whose extra accumulators spill to the stack.
const MR = 4;
const NR = 4;
// Cache blocks (in elements): a packed KC×NR strip of B (8 KiB as float64) stays in L1 while the
// micro-kernel sweeps the MC×KC block of packed A (128 KiB, L2); the KC×NC panel of B sits in L2/L3.
const KC = 256;
const MC = 64;
const NC = 512;
// Below this many multiply-adds, packing costs more than it saves.
const SMALL = 16 * 16 * 16;

let packedA: Float64Array | undefined;
let packedB: Float64Array | undefined;
let edge: Float64Array | undefined;

/**
 * Copies the KC×MC block of op(A) starting at row `ic`, column `pc` into strips of MR rows,
 * k-major inside a strip, padded with zeros, so the micro-kernel reads it contiguously.
 */
function packA(
  a: FloatArray, transA: boolean, m: number, k: number,
  ic: number, mc: number, pc: number, kc: number, out: Float64Array,
): void {
  for (let s = 0; s < mc; s += MR) {
    const base = s * kc;
    const rows = Math.min(MR, mc - s);
    if (transA) {
      // A stored k×m: op(A)(i, p) = a[p*m + i]; rows of one strip are adjacent in memory.
      for (let p = 0; p < kc; p++) {
        const src = (pc + p) * m + ic + s;
        const dst = base + p * MR;
        for (let r = 0; r < MR; r++) out[dst + r] = r < rows ? a[src + r]! : 0;
      }
    } else {
      for (let r = 0; r < MR; r++) {
        if (r < rows) {
          const src = (ic + s + r) * k + pc;
          for (let p = 0; p < kc; p++) out[base + p * MR + r] = a[src + p]!;
        } else {
          for (let p = 0; p < kc; p++) out[base + p * MR + r] = 0;
        }
      }
    }
  }
}

/** Copies the KC×NC panel of op(B) starting at row `pc`, column `jc` into strips of NR columns, zero-padded. */
function packB(
  b: FloatArray, transB: boolean, n: number, k: number,
  pc: number, kc: number, jc: number, nc: number, out: Float64Array,
): void {
  for (let t = 0; t < nc; t += NR) {
    const base = t * kc;
    const cols = Math.min(NR, nc - t);
    if (transB) {
      // B stored n×k: op(B)(p, j) = b[j*k + p].
      for (let q = 0; q < NR; q++) {
        if (q < cols) {
          const src = (jc + t + q) * k + pc;
          for (let p = 0; p < kc; p++) out[base + p * NR + q] = b[src + p]!;
        } else {
          for (let p = 0; p < kc; p++) out[base + p * NR + q] = 0;
        }
      }
    } else {
      for (let p = 0; p < kc; p++) {
        const src = (pc + p) * n + jc + t;
        const dst = base + p * NR;
        for (let q = 0; q < NR; q++) out[dst + q] = q < cols ? b[src + q]! : 0;
      }
    }
  }
}

/**
 * C[rows×cols block at cOff] (+)= packed A strip · packed B strip over kc. The loop over the shared
 * dimension is innermost and reads both packed strips sequentially.
 */
function microKernel(
  kc: number, pa: Float64Array, aOff: number, pb: Float64Array, bOff: number,
  c: FloatArray, cOff: number, ldc: number, rows: number, cols: number, overwrite: boolean, tile: Float64Array,
): void {
  let c00 = 0, c01 = 0, c02 = 0, c03 = 0;
  let c10 = 0, c11 = 0, c12 = 0, c13 = 0;
  let c20 = 0, c21 = 0, c22 = 0, c23 = 0;
  let c30 = 0, c31 = 0, c32 = 0, c33 = 0;
  let ai = aOff;
  let bi = bOff;
  for (let p = 0; p < kc; p++) {
    const a0 = pa[ai]!, a1 = pa[ai + 1]!, a2 = pa[ai + 2]!, a3 = pa[ai + 3]!;
    const b0 = pb[bi]!, b1 = pb[bi + 1]!, b2 = pb[bi + 2]!, b3 = pb[bi + 3]!;
    c00 += a0 * b0; c01 += a0 * b1; c02 += a0 * b2; c03 += a0 * b3;
    c10 += a1 * b0; c11 += a1 * b1; c12 += a1 * b2; c13 += a1 * b3;
    c20 += a2 * b0; c21 += a2 * b1; c22 += a2 * b2; c23 += a2 * b3;
    c30 += a3 * b0; c31 += a3 * b1; c32 += a3 * b2; c33 += a3 * b3;
    ai += MR;
    bi += NR;
  }
  if (rows === MR && cols === NR) {
    let o = cOff;
    if (overwrite) {
      c[o] = c00; c[o + 1] = c01; c[o + 2] = c02; c[o + 3] = c03; o += ldc;
      c[o] = c10; c[o + 1] = c11; c[o + 2] = c12; c[o + 3] = c13; o += ldc;
      c[o] = c20; c[o + 1] = c21; c[o + 2] = c22; c[o + 3] = c23; o += ldc;
      c[o] = c30; c[o + 1] = c31; c[o + 2] = c32; c[o + 3] = c33;
    } else {
      c[o] = c[o]! + c00; c[o + 1] = c[o + 1]! + c01; c[o + 2] = c[o + 2]! + c02; c[o + 3] = c[o + 3]! + c03; o += ldc;
      c[o] = c[o]! + c10; c[o + 1] = c[o + 1]! + c11; c[o + 2] = c[o + 2]! + c12; c[o + 3] = c[o + 3]! + c13; o += ldc;
      c[o] = c[o]! + c20; c[o + 1] = c[o + 1]! + c21; c[o + 2] = c[o + 2]! + c22; c[o + 3] = c[o + 3]! + c23; o += ldc;
      c[o] = c[o]! + c30; c[o + 1] = c[o + 1]! + c31; c[o + 2] = c[o + 2]! + c32; c[o + 3] = c[o + 3]! + c33;
    }
    return;
  }
  // An edge tile: the padding rows and columns were computed from zeros and are dropped here.
  tile[0] = c00; tile[1] = c01; tile[2] = c02; tile[3] = c03;
  tile[4] = c10; tile[5] = c11; tile[6] = c12; tile[7] = c13;
  tile[8] = c20; tile[9] = c21; tile[10] = c22; tile[11] = c23;
  tile[12] = c30; tile[13] = c31; tile[14] = c32; tile[15] = c33;
  for (let r = 0; r < rows; r++) {
    for (let q = 0; q < cols; q++) {
      const o = cOff + r * ldc + q;
      const v = tile[r * NR + q]!;
      c[o] = overwrite ? v : c[o]! + v;
    }
  }
}

/** Straight loops for small products and thin matrices, where packing would dominate. */
function gemmSmall(
  transA: boolean, transB: boolean, m: number, n: number, k: number,
  a: FloatArray, b: FloatArray, c: FloatArray, accumulate: boolean,
): void {
  const aRow = transA ? 1 : k;
  const aCol = transA ? m : 1;
  if (transB) {
    // Rows of B (stored n×k) are contiguous: dot products.
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < n; j++) {
        let sum = 0;
        let ai = i * aRow;
        let bi = j * k;
        for (let p = 0; p < k; p++) {
          sum += a[ai]! * b[bi]!;
          ai += aCol;
          bi += 1;
        }
        const o = i * n + j;
        c[o] = accumulate ? c[o]! + sum : sum;
      }
    }
    return;
  }
  // B stored k×n: add multiples of its rows into each row of C, walking both contiguously.
  for (let i = 0; i < m; i++) {
    const row = i * n;
    if (!accumulate) c.fill(0, row, row + n);
    for (let p = 0; p < k; p++) {
      const aip = a[i * aRow + p * aCol]!;
      const bp = p * n;
      for (let j = 0; j < n; j++) c[row + j] = c[row + j]! + aip * b[bp + j]!;
    }
  }
}

function gemmBlocked(
  transA: boolean, transB: boolean, m: number, n: number, k: number,
  a: FloatArray, b: FloatArray, c: FloatArray, accumulate: boolean,
): void {
  // Allocated once at full block size (1.1 MiB in all) and reused by every later product.
  packedA ??= new Float64Array(MC * KC);
  packedB ??= new Float64Array(NC * KC);
  edge ??= new Float64Array(MR * NR);
  const tile = edge;
  const pa = packedA;
  const pb = packedB;
  for (let jc = 0; jc < n; jc += NC) {
    const nc = Math.min(NC, n - jc);
    for (let pc = 0; pc < k; pc += KC) {
      const kc = Math.min(KC, k - pc);
      packB(b, transB, n, k, pc, kc, jc, nc, pb);
      const overwrite = pc === 0 && !accumulate;
      for (let ic = 0; ic < m; ic += MC) {
        const mc = Math.min(MC, m - ic);
        packA(a, transA, m, k, ic, mc, pc, kc, pa);
        for (let jr = 0; jr < nc; jr += NR) {
          const cols = Math.min(NR, nc - jr);
          const bOff = jr * kc;
          for (let ir = 0; ir < mc; ir += MR) {
            const rows = Math.min(MR, mc - ir);
            microKernel(kc, pa, ir * kc, pb, bOff, c, (ic + ir) * n + jc + jr, n, rows, cols, overwrite, tile);
          }
        }
      }
    }
  }
}

/**
 * The pure JavaScript matrix product: cache-blocked, with packed operands and a 4×4 register tile.
 * It handles both float types (products are accumulated in float64 within each cache block) and is
 * the fallback every other backend can rely on. Arguments are trusted: validate before calling.
 * @example
 * const c = new Float64Array(1);
 * jsGemmBackend.gemm(false, false, 1, 1, 2, new Float64Array([1, 2]), new Float64Array([3, 4]), c, false);
 * c; // → new Float64Array([11])
 */
export const jsGemmBackend: GemmBackend = {
  name: 'js',
  supports(array: FloatArray): boolean {
    return array instanceof Float64Array || array instanceof Float32Array;
  },
  gemm(
    transA: boolean, transB: boolean, m: number, n: number, k: number,
    a: FloatArray, b: FloatArray, c: FloatArray, accumulate: boolean,
  ): void {
    if (m === 0 || n === 0) return;
    if (k === 0) {
      if (!accumulate) c.fill(0, 0, m * n);
      return;
    }
    if (m * n * k <= SMALL || m < MR || n < NR) gemmSmall(transA, transB, m, n, k, a, b, c, accumulate);
    else gemmBlocked(transA, transB, m, n, k, a, b, c, accumulate);
  },
};
