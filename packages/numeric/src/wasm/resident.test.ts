import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { createWasmGemm, type WasmGemmBackend } from './gemm-wasm.js';
import { randomFloat32 } from '../../test/float32-product.js';

// Node 20 has relaxed SIMD behind a flag: on, so the fused epilogue is tested on both modules' tiles.
setFlagsFromString('--experimental-wasm-relaxed-simd');

function backend(options: Parameters<typeof createWasmGemm>[0] = {}): WasmGemmBackend {
  const made = createWasmGemm(options);
  if (made === undefined) throw new Error('this Node has WebAssembly SIMD');
  return made;
}

function resident(gemm: WasmGemmBackend, data: Float32Array): Float32Array {
  const view = gemm.allocate(data.length);
  if (view === undefined) throw new Error('Node has shared WebAssembly memory');
  view.set(data);
  return view;
}

describe('arrays resident in the gemm module’s memory', () => {
  it('start zeroed and are views of the module’s memory, not of a fresh buffer', () => {
    const gemm = backend();
    const view = gemm.allocate(10)!;
    expect(Array.from(view)).toEqual(new Array(10).fill(0));
    const other = gemm.allocate(3)!;
    expect(other.buffer === view.buffer || other.buffer.byteLength >= view.buffer.byteLength).toBe(true);
    expect(other.byteOffset).not.toBe(view.byteOffset);
  });

  it('give the same bits in place as copied in, with one thread and with two, for every layout', async () => {
    const single = backend({ relaxedSimd: false });
    const threaded = backend({ relaxedSimd: false, Worker, threads: 2 });
    while (threaded.readyThreads() < 2) await new Promise((resolve) => setTimeout(resolve, 10));
    const [m, k, n] = [130, 200, 96];
    for (const [transA, transB] of [[false, false], [true, false], [false, true]] as const) {
      const a = randomFloat32(m * k, 1 + m);
      const b = randomFloat32(k * n, 2 + n);
      const c0 = randomFloat32(m * n, 3);
      const copied = c0.slice();
      single.gemm(transA, transB, m, n, k, a, b, copied, true);
      for (const gemm of [single, threaded]) {
        const c = resident(gemm, c0);
        gemm.gemm(transA, transB, m, n, k, resident(gemm, a), resident(gemm, b), c, true);
        expect(new Uint32Array(c.slice().buffer)).toEqual(new Uint32Array(copied.buffer));
      }
    }
  });

  it('keep their contents when the memory grows for a larger product', () => {
    const gemm = backend();
    const kept = resident(gemm, Float32Array.of(1.5, -2, 3.25));
    const n = 600;
    const c = new Float32Array(n * n);
    gemm.gemm(false, false, n, n, n, new Float32Array(n * n).fill(1), new Float32Array(n * n).fill(0.5), c, false);
    expect(c[0]).toBe(300);
    expect(Array.from(kept)).toEqual([1.5, -2, 3.25]);
    const after = resident(gemm, Float32Array.of(7));
    expect(after[0]).toBe(7);
    expect(Array.from(kept)).toEqual([1.5, -2, 3.25]);
  });
});

describe('axpy', () => {
  it('adds alpha·x to y within float32 rounding, the same in place as on plain arrays', () => {
    const gemm = backend();
    for (const length of [0, 1, 3, 4, 5, 1001]) {
      const x = randomFloat32(length, 7 + length);
      const y = randomFloat32(length, 8 + length);
      const plain = y.slice();
      gemm.axpy(-0.1, x, plain);
      const inPlace = resident(gemm, y);
      gemm.axpy(-0.1, resident(gemm, x), inPlace);
      const alpha = Math.fround(-0.1);
      for (let i = 0; i < length; i++) {
        const exact = y[i]! + alpha * x[i]!;
        expect(Math.abs(plain[i]! - exact)).toBeLessThanOrEqual(2 ** -23 * (Math.abs(y[i]!) + Math.abs(alpha * x[i]!)));
      }
      expect(Array.from(inPlace)).toEqual(Array.from(plain));
    }
  });

  it('rejects arrays of different lengths', () => {
    expect(() => backend().axpy(1, new Float32Array(2), new Float32Array(3))).toThrow(
      expect.objectContaining({ code: 'length-mismatch', position: { argument: 'x' } }),
    );
  });
});

describe('relu and reluBackward', () => {
  // Written from the definitions: relu(z) = z ≤ 0 ? 0 : z, relu′(z) = z > 0 ? 1 : 0 (relu′(0) = 0).
  const z = Float32Array.of(-2, -0, 0, 0.5, 3, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 1e-30, -1e-30, 7);
  const dA = Float32Array.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, -11);
  const reluWant = [0, 0, 0, 0.5, 3, Number.NaN, Number.POSITIVE_INFINITY, 0, 1e-30, 0, 7].map(Math.fround);
  const backWant = [0, 0, 0, 4, 5, 0, 7, 0, 9, 0, -11];

  it('follow the scalar definitions, in place (SIMD) and on plain arrays, tail included', () => {
    const gemm = backend();
    for (const inPlace of [true, false]) {
      const zz = inPlace ? resident(gemm, z) : z.slice();
      const a = inPlace ? gemm.allocate(z.length)! : new Float32Array(z.length);
      gemm.relu(zz, a);
      expect(Array.from(a)).toEqual(reluWant);
      expect(Object.is(a[1], 0)).toBe(true);
      const dZ = inPlace ? gemm.allocate(z.length)! : new Float32Array(z.length);
      gemm.reluBackward(zz, inPlace ? resident(gemm, dA) : dA, dZ);
      expect(Array.from(dZ)).toEqual(backWant);
    }
  });
});

describe('gemmBiasRelu', () => {
  // k = 600 spans three cache blocks (the bias belongs to the first, relu to the last); m and n are
  // not multiples of the 4×8 or 3×12 tile, so edge tiles take the scalar epilogue; 67·77·600 multiply-adds
  // are enough for two threads to split the columns.
  const [m, k, n] = [67, 600, 77];

  it.each([false, true])('equals presetting C to the bias, accumulating the product and applying relu, bit for bit, on 1 and 2 threads (relaxed SIMD: %s)', async (relaxedSimd) => {
    const threaded = backend({ Worker, threads: 2, relaxedSimd });
    while (threaded.readyThreads() < 2) await new Promise((resolve) => setTimeout(resolve, 10));
    const single = backend({ relaxedSimd });
    expect([single.name, threaded.name]).toEqual(Array(2).fill(relaxedSimd ? 'wasm-relaxed-simd' : 'wasm-simd'));
    for (const gemm of [single, threaded]) {
      for (const [transA, transB] of [[false, true], [false, false], [true, false]] as const) {
        const a = randomFloat32(m * k, 11);
        const b = randomFloat32(k * n, 12);
        const bias = randomFloat32(n, 13);
        const expected = new Float32Array(m * n);
        for (let r = 0; r < m; r++) expected.set(bias, r * n);
        gemm.gemm(transA, transB, m, n, k, a, b, expected, true);
        const relu = expected.map((v) => (v <= 0 ? 0 : v));
        for (const inPlace of [false, true]) {
          const c = inPlace ? gemm.allocate(m * n)! : new Float32Array(m * n);
          const out = inPlace ? gemm.allocate(m * n)! : new Float32Array(m * n);
          const [aa, bb, bi] = inPlace ? [resident(gemm, a), resident(gemm, b), resident(gemm, bias)] : [a, b, bias];
          gemm.gemmBiasRelu(transA, transB, m, n, k, aa, bb, c, bi, out);
          expect(new Uint32Array(c.slice().buffer)).toEqual(new Uint32Array(expected.buffer));
          expect(new Uint32Array(out.slice().buffer)).toEqual(new Uint32Array(relu.buffer));
        }
      }
    }
  });

  it.each([false, true])('is within float32 rounding of the float64 affine map, and leaves out alone when not asked for relu (relaxed SIMD: %s)', (relaxedSimd) => {
    const gemm = backend({ relaxedSimd });
    const a = randomFloat32(m * k, 21);
    const b = randomFloat32(n * k, 22);
    const bias = randomFloat32(n, 23);
    const c = new Float32Array(m * n);
    gemm.gemmBiasRelu(false, true, m, n, k, a, b, c, bias, undefined);
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < n; j++) {
        let sum = bias[j]!;
        let scale = Math.abs(sum);
        for (let p = 0; p < k; p++) {
          sum += a[i * k + p]! * b[j * k + p]!;
          scale += Math.abs(a[i * k + p]! * b[j * k + p]!);
        }
        expect(Math.abs(c[i * n + j]! - sum)).toBeLessThanOrEqual((k + 2) * 2 ** -24 * scale);
      }
    }
  });

  it('refuses an activation output that is the product itself', () => {
    const gemm = backend();
    const c = new Float32Array(4);
    expect(() => gemm.gemmBiasRelu(false, false, 2, 2, 1, new Float32Array(2), new Float32Array(2), c, new Float32Array(2), c)).toThrow(
      expect.objectContaining({ code: 'invalid-option', position: { argument: 'out' } }),
    );
  });
});

describe('columnSums', () => {
  const gemm = backend();

  it('sums each column in row order: the same bits in place (SIMD) as on plain arrays, within float32 rounding of float64', () => {
    // 11 columns: two vectors of four and a tail of three.
    const [rows, cols] = [37, 11];
    const a = randomFloat32(rows * cols, 31);
    const plain = new Float32Array(cols);
    gemm.columnSums(rows, cols, a, plain);
    const inPlace = gemm.allocate(cols)!;
    gemm.columnSums(rows, cols, resident(gemm, a), inPlace);
    expect(new Uint32Array(inPlace.slice().buffer)).toEqual(new Uint32Array(plain.buffer));
    for (let j = 0; j < cols; j++) {
      let sum = 0;
      let scale = 0;
      for (let r = 0; r < rows; r++) {
        sum += a[r * cols + j]!;
        scale += Math.abs(a[r * cols + j]!);
      }
      expect(Math.abs(plain[j]! - sum)).toBeLessThanOrEqual(rows * 2 ** -24 * scale);
    }
  });

  it('gives NaN in a column holding a NaN, zeros for no rows, and +0 for a column of −0s, as a scalar loop from 0 does', () => {
    // Columns 1 (in a vector) and 8 (the tail) hold only −0.
    const a = Float32Array.of(1, -0, Number.NaN, 2, 3, 4, 5, 6, -0, 1, -0, 1, 2, 3, 4, 5, 2, -0);
    const sums = gemm.allocate(9)!;
    gemm.columnSums(2, 9, resident(gemm, a), sums);
    expect(Array.from(sums)).toEqual([2, 0, Number.NaN, 4, 6, 8, 10, 8, 0]);
    expect([Object.is(sums[1], 0), Object.is(sums[8], 0)]).toEqual([true, true]);
    gemm.columnSums(0, 9, resident(gemm, a), sums);
    expect(Array.from(sums)).toEqual(Array(9).fill(0));
  });
});

describe('firstNonFinite', () => {
  const gemm = backend();

  it('finds the first NaN or ±Infinity, in a vector or in the tail, in place and on plain arrays', () => {
    const cases: [values: number[], index: number][] = [
      [[0, -0, 1e-45, 3.4e38, -3.4e38, 1, 2, 3, 4, 5, 6], -1],
      [[0, 1, 2, 3, 4, Number.NaN, 6, Number.POSITIVE_INFINITY, 8, 9, 10], 5],
      [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, Number.NEGATIVE_INFINITY], 10],
      [[Number.POSITIVE_INFINITY], 0],
      [[], -1],
    ];
    for (const [values, index] of cases) {
      const x = Float32Array.from(values);
      expect(gemm.firstNonFinite(x)).toBe(index);
      expect(gemm.firstNonFinite(resident(gemm, x))).toBe(index);
    }
  });
});
