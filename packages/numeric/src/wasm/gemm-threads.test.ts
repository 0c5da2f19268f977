import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONTROL } from './gemm-part.js';
import { createWasmGemm, type WasmGemmBackend } from './gemm-wasm.js';
import { randomFloat32, referenceProduct as reference, worstErrorRatio, type ReferenceProduct } from '../../test/float32-product.js';

// Node 20 has relaxed SIMD behind a flag: on, so both modules (4×8 plain, 3×12 fused tiles) run here.
setFlagsFromString('--experimental-wasm-relaxed-simd');

function withinRounding(c: Float32Array, expected: ReferenceProduct, k: number): boolean {
  return worstErrorRatio(c, expected, k) <= 1;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** A backend with `threads` threads whose helpers have all started. */
async function started(threads: number, relaxedSimd: boolean): Promise<WasmGemmBackend> {
  const backend = createWasmGemm({ Worker, threads, relaxedSimd });
  if (backend === undefined) throw new Error('this Node has WebAssembly SIMD');
  for (let wait = 0; backend.readyThreads() < threads; wait++) {
    if (wait > 500) throw new Error(`only ${backend.readyThreads()} of ${threads} threads started`);
    await sleep(10);
  }
  return backend;
}

// Rows split (m ≥ n) and columns split (n > m), ragged bands, both transposes, accumulation.
const SHAPES: readonly (readonly [m: number, k: number, n: number])[] = [
  [131, 150, 117],
  [37, 300, 203],
  [128, 784, 256],
];

describe('createWasmGemm with worker threads', () => {
  const backends = new Map<string, WasmGemmBackend>();
  const key = (relaxed: boolean, threads: number): string => `${relaxed ? 'relaxed' : 'plain'} ${threads}`;
  beforeAll(async () => {
    for (const relaxed of [false, true]) for (const threads of [1, 2, 3]) backends.set(key(relaxed, threads), await started(threads, relaxed));
  }, 30_000);

  it('keeps its control slots apart', () => {
    const slots = (from: number, count: number): number[] => Array.from({ length: count }, (_, i) => from + i);
    const all = [
      CONTROL.done, ...slots(CONTROL.params, 14), CONTROL.splitRows, CONTROL.parts, CONTROL.scratch, CONTROL.scratchStride,
      CONTROL.packBOffset, CONTROL.tileOffset, CONTROL.unit, ...slots(CONTROL.part + 1, CONTROL.maxHelpers),
      ...slots(CONTROL.task + 1, CONTROL.maxHelpers), ...slots(CONTROL.ready + 1, CONTROL.maxHelpers),
    ];
    expect(new Set(all).size).toBe(all.length);
    expect(Math.max(...all)).toBeLessThan(CONTROL.bytes / 4);
  });

  it('reports the threads it was given, once they have started, with the module asked for', () => {
    expect([1, 2, 3].map((t) => backends.get(key(false, t))!.readyThreads())).toEqual([1, 2, 3]);
    expect([1, 2, 3].map((t) => backends.get(key(true, t))!.name)).toEqual(Array(3).fill('wasm-relaxed-simd'));
  });

  for (const relaxed of [false, true]) {
    for (const [m, k, n] of SHAPES) {
      for (const [transA, transB, accumulate] of [[false, false, false], [true, false, true], [false, true, false], [true, true, true]] as const) {
        it(`gives the same bits with 1, 2 and 3 threads (${relaxed ? 'relaxed' : 'plain'} SIMD) for ${transA ? 'Aᵀ' : 'A'}·${transB ? 'Bᵀ' : 'B'} m=${m} k=${k} n=${n}${accumulate ? ', accumulating' : ''}, within float32 rounding of float64`, () => {
          const a = randomFloat32(m * k, m + k);
          const b = randomFloat32(k * n, k + n);
          const c0 = randomFloat32(m * n, m * n);
          const results = [1, 2, 3].map((threads) => {
            const c = accumulate ? c0.slice() : new Float32Array(m * n).fill(Number.NaN);
            backends.get(key(relaxed, threads))!.gemm(transA, transB, m, n, k, a, b, c, accumulate);
            return c;
          });
          expect(withinRounding(results[0]!, reference(transA, transB, m, n, k, a, b, accumulate ? c0 : undefined), k)).toBe(true);
          const bits = results.map((c) => new Uint32Array(c.buffer));
          expect(bits[1]!.every((v, i) => v === bits[0]![i])).toBe(true);
          expect(bits[2]!.every((v, i) => v === bits[0]![i])).toBe(true);
        });
      }
    }
  }

  it('rejects a thread count that is not a positive integer', () => {
    for (const threads of [0, 1.5, -2, Number.NaN]) {
      expect(() => createWasmGemm({ Worker, threads })).toThrow(expect.objectContaining({ code: 'invalid-option', position: { argument: 'threads' } }));
    }
  });
});

describe('a process using the threaded path', () => {
  const dist = fileURLToPath(new URL('../../dist/index.js', import.meta.url));

  it.runIf(existsSync(dist))('exits by itself once its work is done, helpers idle', () => {
    // The child waits for its helper to start, runs a product large enough to be split, prints
    // how many threads took part, and then simply ends: unref'd helpers must not keep it alive.
    const script = `
      import { Worker } from 'node:worker_threads';
      import { createWasmGemm } from ${JSON.stringify(dist)};
      const backend = createWasmGemm({ Worker, threads: 2 });
      while (backend.readyThreads() < 2) await new Promise((resolve) => setTimeout(resolve, 10));
      const n = 512, a = new Float32Array(n * n).fill(1), b = new Float32Array(n * n).fill(2), c = new Float32Array(n * n);
      backend.gemm(false, false, n, n, n, a, b, c, false);
      console.log(JSON.stringify({ threads: backend.readyThreads(), corner: c[0], last: c[n * n - 1] }));
    `;
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 60_000 });
    expect(child.signal).toBeNull();
    expect(child.status).toBe(0);
    expect(JSON.parse(child.stdout)).toEqual({ threads: 2, corner: 1024, last: 1024 });
  });
});
