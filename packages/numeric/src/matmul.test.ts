import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fixture, naiveProduct, worstRatio } from '../test/fd.js';
import type { FloatArray } from './dtype.js';
import type { GemmBackend } from './gemm-backend.js';
import { gemm, gemmBackendName, matmul, matmulTransposeA, matmulTransposeB, useGemmBackend } from './matmul.js';

const SHAPES: [number, number, number][] = [[1, 1, 1], [7, 13, 5], [33, 257, 65], [128, 784, 256], [5, 3, 300]];
const DTYPES = [
  { name: 'float64', make: (x: Float64Array): FloatArray => x, rtol: 1e-12, atol: 1e-12 },
  { name: 'float32', make: (x: Float64Array): FloatArray => Float32Array.from(x), rtol: 1e-5, atol: 1e-5 },
];

describe('matmul dispatch', () => {
  it('picks the WebAssembly SIMD kernel for float32 where the engine has SIMD, JavaScript for float64', () => {
    expect(gemmBackendName('float32')).toMatch(/^wasm/);
    expect(gemmBackendName('float64')).toBe('js');
  });
});

// Both float32 paths are checked: the default (WebAssembly SIMD) and the JavaScript fallback.
describe.each(['default', 'js'])('matmul (%s backend)', (backend) => {
  let previous = 'js';
  beforeAll(() => {
    previous = gemmBackendName('float32');
    useGemmBackend(backend === 'js' ? 'js' : previous);
  });
  afterAll(() => useGemmBackend(previous));
  for (const dtype of DTYPES) {
    for (const [m, k, n] of SHAPES) {
      it(`matches a naive float64 loop on ${m}×${k}×${n} in ${dtype.name}, in all three layouts`, () => {
        const a = dtype.make(fixture(m * k, m + 1));
        const b = dtype.make(fixture(k * n, n + 2));
        // Reference from the same (possibly float32-rounded) inputs, accumulated in float64.
        const plain = matmul(a, b, m, k, n);
        expect(plain).toBeInstanceOf(a.constructor);
        // Tolerances scale with √k for the sum of k products of magnitude ≤ 1.
        const atol = dtype.atol * Math.sqrt(k);
        expect(worstRatio(plain, naiveProduct(false, false, m, n, k, a, b), dtype.rtol, atol)).toBeLessThanOrEqual(1);
        // The same a read as a stored k×m matrix, and b as a stored n×k one.
        const ta = matmulTransposeA(a, b, m, k, n);
        expect(worstRatio(ta, naiveProduct(true, false, m, n, k, a, b), dtype.rtol, atol)).toBeLessThanOrEqual(1);
        const tb = matmulTransposeB(a, b, m, k, n);
        expect(worstRatio(tb, naiveProduct(false, true, m, n, k, a, b), dtype.rtol, atol)).toBeLessThanOrEqual(1);
      });
    }
  }
});

describe('matmul', () => {
  it('writes into out, replacing its contents, and returns it', () => {
    const out = new Float64Array([9, 9, 9, 9]);
    const result = matmul(new Float64Array([1, 2, 3, 4]), new Float64Array([5, 6, 7, 8]), 2, 2, 2, out);
    expect(result).toBe(out);
    expect(Array.from(out)).toEqual([19, 22, 43, 50]);
  });

  it('gives zeros when the shared dimension is empty, and an empty result for empty rows', () => {
    expect(Array.from(matmul(new Float64Array(0), new Float64Array(0), 2, 0, 3))).toEqual([0, 0, 0, 0, 0, 0]);
    expect(matmul(new Float32Array(0), new Float32Array(12), 0, 4, 3).length).toBe(0);
  });

  it('propagates NaN and infinities', () => {
    const c = matmul(new Float64Array([NaN, 1, Infinity, 0]), new Float64Array([1, 1]), 2, 2, 1);
    expect(c[0]).toBeNaN();
    expect(c[1]).toBe(Infinity);
  });
});

describe('gemm', () => {
  it('accumulates into c when asked, across cache blocks', () => {
    const [m, n, k] = [70, 600, 300];
    const a = fixture(m * k, 1);
    const b = fixture(k * n, 2);
    const c = fixture(m * n, 3);
    const expected = naiveProduct(false, false, m, n, k, a, b).map((v, i) => v + c[i]!);
    gemm(false, false, m, n, k, a, b, c, true);
    expect(worstRatio(c, expected, 1e-12, 1e-11)).toBeLessThanOrEqual(1);
  });

  it('handles both operands transposed', () => {
    const [m, n, k] = [37, 41, 19];
    const a = fixture(m * k, 4);
    const b = fixture(k * n, 5);
    const c = new Float64Array(m * n);
    gemm(true, true, m, n, k, a, b, c, false);
    expect(worstRatio(c, naiveProduct(true, true, m, n, k, a, b), 1e-12, 1e-12)).toBeLessThanOrEqual(1);
  });
});

describe('matmul errors', () => {
  const a = new Float64Array(6);
  const b = new Float64Array(12);

  it('names the operand whose length does not fit', () => {
    expect(() => matmul(new Float64Array(5), b, 2, 3, 4)).toThrow(expect.objectContaining({ code: 'length-mismatch', position: { argument: 'a' } }));
    expect(() => matmul(a, new Float64Array(11), 2, 3, 4)).toThrow(expect.objectContaining({ code: 'length-mismatch', position: { argument: 'b' } }));
    expect(() => matmul(a, b, 2, 3, 4, new Float64Array(9))).toThrow(expect.objectContaining({ code: 'length-mismatch', position: { argument: 'out' } }));
  });

  it('rejects non-float arrays and mixed float types', () => {
    expect(() => matmul([1, 2] as unknown as Float64Array, b, 1, 2, 6)).toThrow(expect.objectContaining({ code: 'dtype', position: { argument: 'a' } }));
    expect(() => matmul(a, new Float32Array(12) as unknown as Float64Array, 2, 3, 4)).toThrow(expect.objectContaining({ code: 'dtype', position: { argument: 'b' } }));
    expect(() => matmul(a, b, 2, 3, 4, new Float32Array(8) as unknown as Float64Array)).toThrow(expect.objectContaining({ code: 'dtype', position: { argument: 'out' } }));
    expect(() => gemm(false, false, 2, 4, 3, a, b, new Int32Array(8) as unknown as Float64Array, false)).toThrow(expect.objectContaining({ code: 'dtype', position: { argument: 'c' } }));
  });

  it('names an absent operand', () => {
    expect(() => matmul(undefined as unknown as Float64Array, b, 2, 3, 4)).toThrow(expect.objectContaining({ code: 'missing-input', position: { argument: 'a' } }));
    expect(() => matmulTransposeB(a, null as unknown as Float64Array, 2, 3, 4)).toThrow(expect.objectContaining({ code: 'missing-input', position: { argument: 'b' } }));
  });

  it('rejects dimensions that are not non-negative integers', () => {
    expect(() => matmul(a, b, -2, 3, 4)).toThrow(expect.objectContaining({ code: 'shape', position: { argument: 'm' } }));
    expect(() => matmul(a, b, 2, 1.5, 4)).toThrow(expect.objectContaining({ code: 'shape', position: { argument: 'k' } }));
    expect(() => matmul(a, b, 2, 3, NaN)).toThrow(expect.objectContaining({ code: 'shape', position: { argument: 'n' } }));
  });

  it('refuses an output that shares memory with an operand instead of corrupting it', () => {
    const square = new Float64Array([1, 2, 3, 4]);
    expect(() => matmul(square, new Float64Array(4), 2, 2, 2, square)).toThrow(expect.objectContaining({ code: 'invalid-option', position: { argument: 'out' } }));
    const buffer = new Float64Array(8);
    expect(() => gemm(false, false, 2, 2, 2, buffer.subarray(0, 4), new Float64Array(4), buffer.subarray(2, 6), false)).toThrow(expect.objectContaining({ code: 'invalid-option', position: { argument: 'c' } }));
  });

  it('never writes past the end of out on bad input', () => {
    const big = new Float64Array(10).fill(7);
    const out = big.subarray(0, 3);
    expect(() => matmul(a, b, 2, 3, 4, out)).toThrow(expect.objectContaining({ code: 'length-mismatch' }));
    expect(Array.from(big)).toEqual(new Array<number>(10).fill(7));
  });
});

describe('useGemmBackend', () => {
  it('routes products of the types a backend supports to it, and back to js on request', () => {
    const calls: string[] = [];
    const recording: GemmBackend = {
      name: 'recording',
      supports: (array) => array instanceof Float32Array,
      gemm(transA, transB, m, n, k, a, b, c) {
        calls.push(`${String(transA)},${String(transB)},${m},${n},${k}`);
        c.fill(42);
        void a;
        void b;
      },
    };
    try {
      useGemmBackend(recording);
      expect(gemmBackendName('float32')).toBe('recording');
      expect(gemmBackendName('float64')).toBe('js');
      expect(Array.from(matmulTransposeB(new Float32Array(2), new Float32Array(2), 1, 2, 1))).toEqual([42]);
      expect(Array.from(matmul(new Float64Array([2]), new Float64Array([3]), 1, 1, 1))).toEqual([6]);
      expect(calls).toEqual(['false,true,1,1,2']);
    } finally {
      useGemmBackend('js');
    }
    expect(gemmBackendName('float32')).toBe('js');
  });

  it('rejects unknown names and objects that are not backends', () => {
    expect(() => useGemmBackend('wasm-nope')).toThrow(expect.objectContaining({ code: 'invalid-option', position: { argument: 'backend' } }));
    expect(() => useGemmBackend({ name: 'x' } as unknown as GemmBackend)).toThrow(expect.objectContaining({ code: 'invalid-option', position: { argument: 'backend' } }));
  });
});

describe('matmul properties', () => {
  it('agrees with the naive loop for any small shape, layout and float type', () => {
    let runs = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 70 }), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 70 }),
        fc.boolean(), fc.boolean(), fc.boolean(), fc.integer(),
        (m, k, n, transA, transB, single, seed) => {
          const make = (x: Float64Array): FloatArray => (single ? Float32Array.from(x) : x);
          const a = make(fixture(m * k, seed));
          const b = make(fixture(k * n, seed + 1));
          const c = single ? new Float32Array(m * n) : new Float64Array(m * n);
          gemm(transA, transB, m, n, k, a, b, c, false);
          const tolerance = single ? 1e-5 : 1e-13;
          runs += 1;
          return worstRatio(c, naiveProduct(transA, transB, m, n, k, a, b), tolerance, tolerance * Math.sqrt(k + 1)) <= 1;
        },
      ),
      { numRuns: 300, seed: 42 },
    );
    expect(runs).toBe(300);
  });
});
