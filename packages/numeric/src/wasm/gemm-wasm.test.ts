import { setFlagsFromString } from 'node:v8';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GemmBackend } from '../gemm-backend.js';
import { createWasmGemm } from './gemm-wasm.js';
import { randomFloat32, referenceProduct as reference, worstErrorRatio } from '../../test/float32-product.js';

// Node 20 ships relaxed SIMD behind a flag (Node 22 turns it on): enabling it here lets the tests
// run the relaxed-SIMD module as well as the plain one. V8 reads the flag when a module compiles.
setFlagsFromString('--experimental-wasm-relaxed-simd');

function requireBackend(relaxedSimd: boolean): GemmBackend {
  const backend = createWasmGemm({ relaxedSimd });
  if (backend === undefined) throw new Error('this Node has WebAssembly SIMD; createWasmGemm must find it');
  return backend;
}

/** The real constructors, for a stubbed WebAssembly whose `validate` is replaced. */
const realCompiler = (() => {
  const { Module, Instance, Memory } = (globalThis as unknown as { WebAssembly: { Module: unknown; Instance: unknown; Memory: unknown } }).WebAssembly;
  return { Module, Instance, Memory };
})();

const SHAPES: readonly (readonly [m: number, k: number, n: number])[] = [
  [1, 1, 1],
  [7, 13, 5],
  [33, 257, 65],
  [128, 784, 256],
];

describe('createWasmGemm', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  for (const relaxedSimd of [false, true]) {
    describe(`${relaxedSimd ? 'with relaxed SIMD' : 'with plain SIMD'}`, () => {
      const backend = requireBackend(relaxedSimd);

      it('runs the module it was asked for', () => {
        expect(backend.name).toBe(relaxedSimd ? 'wasm-relaxed-simd' : 'wasm-simd');
      });

      for (const [m, k, n] of SHAPES) {
        for (const transA of [false, true]) {
          for (const transB of [false, true]) {
            for (const accumulate of [false, true]) {
              const label = `${transA ? 'Aᵀ' : 'A'}·${transB ? 'Bᵀ' : 'B'}`;
              it(`computes ${accumulate ? 'C += ' : 'C = '}${label} for m=${m} k=${k} n=${n} within float32 rounding`, () => {
                const seed = m * 7919 + k * 31 + n + (transA ? 1000 : 0) + (transB ? 2000 : 0);
                const a = randomFloat32(m * k, seed);
                const b = randomFloat32(k * n, seed + 1);
                const c0 = randomFloat32(m * n, seed + 2);
                const c = accumulate ? c0.slice() : c0.map(() => Number.NaN);
                backend.gemm(transA, transB, m, n, k, a, b, c, accumulate);
                const expected = reference(transA, transB, m, n, k, a, b, accumulate ? c0 : undefined);
                expect(worstErrorRatio(c, expected, k)).toBeLessThanOrEqual(1);
              });
            }
          }
        }
      }
    });
  }

  it('names itself and supports only Float32Array', () => {
    const backend = requireBackend(true);
    expect(backend.name).toMatch(/^wasm-/);
    expect(backend.supports(new Float32Array(1))).toBe(true);
    expect(backend.supports(new Float64Array(1))).toBe(false);
  });

  it('stays correct across many calls of growing and shrinking sizes', () => {
    const backend = requireBackend(true);
    let seed = 17;
    const sizes = [3, 300, 1, 64, 257, 9, 520, 2, 130, 33];
    for (let call = 0; call < 30; call++) {
      const m = sizes[call % sizes.length]!;
      const k = sizes[(call * 3 + 1) % sizes.length]!;
      const n = sizes[(call * 7 + 2) % sizes.length]!;
      const transA = call % 2 === 1;
      const transB = call % 3 === 1;
      const a = randomFloat32(m * k, seed++);
      const b = randomFloat32(k * n, seed++);
      const c = new Float32Array(m * n);
      backend.gemm(transA, transB, m, n, k, a, b, c, false);
      expect(worstErrorRatio(c, reference(transA, transB, m, n, k, a, b, undefined), k)).toBeLessThanOrEqual(1);
    }
  });

  it('reads only the leading elements of longer operands and writes only the first m·n of C', () => {
    const backend = requireBackend(true);
    const a = Float32Array.of(1, 2, 99);
    const b = Float32Array.of(3, 4, 99);
    const c = Float32Array.of(0, 0, 0, 0, -5);
    backend.gemm(false, false, 2, 2, 1, a, b, c, false);
    expect(Array.from(c)).toEqual([3, 4, 6, 8, -5]);
  });

  it('writes zeros for k = 0 and leaves C alone when accumulating or when m or n is 0', () => {
    const backend = requireBackend(true);
    const c = Float32Array.of(1, 2, 3, 4);
    backend.gemm(false, false, 2, 2, 0, new Float32Array(0), new Float32Array(0), c, true);
    expect(Array.from(c)).toEqual([1, 2, 3, 4]);
    backend.gemm(false, false, 0, 2, 3, new Float32Array(0), new Float32Array(6), c, false);
    expect(Array.from(c)).toEqual([1, 2, 3, 4]);
    backend.gemm(false, false, 2, 2, 0, new Float32Array(0), new Float32Array(0), c, false);
    expect(Array.from(c)).toEqual([0, 0, 0, 0]);
  });

  it('keeps NaN and infinities in the rows and columns they reach', () => {
    const backend = requireBackend(true);
    // 2×2 times 2×9: the padded edge of the 4×8 tile must not leak 0·∞ = NaN into C.
    const a = Float32Array.of(Number.NaN, 0, 1, 0);
    const b = new Float32Array(18);
    b[8] = Number.POSITIVE_INFINITY;
    const c = new Float32Array(18);
    backend.gemm(false, false, 2, 9, 2, a, b, c, false);
    expect(c.subarray(0, 9).every(Number.isNaN)).toBe(true);
    expect(Array.from(c.subarray(9))).toEqual([0, 0, 0, 0, 0, 0, 0, 0, Number.POSITIVE_INFINITY]);
  });

  it('rejects operands of the wrong type or length and bad dimensions', () => {
    const backend = requireBackend(true);
    const f32 = new Float32Array(6);
    expect(() => backend.gemm(false, false, 2, 3, 1, new Float64Array(2), f32, f32, false)).toThrow(
      expect.objectContaining({ code: 'dtype', position: { argument: 'a' } }),
    );
    expect(() => backend.gemm(false, false, 2, 3, 1, f32, new Float32Array(2), f32, false)).toThrow(
      expect.objectContaining({ code: 'length-mismatch', position: { argument: 'b' } }),
    );
    expect(() => backend.gemm(false, false, 2, 3, 1.5, f32, f32, f32, false)).toThrow(
      expect.objectContaining({ code: 'shape', position: { argument: 'k' } }),
    );
    expect(() => backend.gemm(false, false, -1, 3, 1, f32, f32, f32, false)).toThrow(
      expect.objectContaining({ code: 'shape', position: { argument: 'm' } }),
    );
  });

  it('returns undefined without WebAssembly', () => {
    vi.stubGlobal('WebAssembly', undefined);
    expect(createWasmGemm()).toBeUndefined();
  });

  it('returns undefined when the SIMD probe does not validate', () => {
    vi.stubGlobal('WebAssembly', { validate: () => false, ...realCompiler });
    expect(createWasmGemm()).toBeUndefined();
  });

  it('uses the plain SIMD module when relaxed SIMD does not validate', () => {
    let probes = 0;
    // The first probe is SIMD's, the second relaxed SIMD's.
    vi.stubGlobal('WebAssembly', { validate: () => probes++ === 0, ...realCompiler });
    const backend = createWasmGemm();
    expect(backend?.name).toBe('wasm-simd');
    const c = new Float32Array(1);
    backend?.gemm(false, false, 1, 1, 1, Float32Array.of(3), Float32Array.of(5), c, false);
    expect(c[0]).toBe(15);
  });
});
