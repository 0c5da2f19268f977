import { NumericError } from '../errors.js';
import { decodeBase64 } from './base64.js';
import { GemmPool, type WorkerConstructor } from './gemm-pool.js';
import {
  GEMM_RELAXED_CONFIG,
  GEMM_RELAXED_SHARED_WASM,
  GEMM_RELAXED_WASM,
  GEMM_SIMD_CONFIG,
  GEMM_SIMD_SHARED_WASM,
  GEMM_SIMD_WASM,
  RELAXED_PROBE_WASM,
  SIMD_PROBE_WASM,
} from './generated/gemm-modules.js';

import { type GemmModuleExports, WasmGemm, type WasmGemmBackend, type WasmMemory } from './wasm-gemm.js';

export type { WorkerConstructor, WorkerLike } from './gemm-pool.js';
export type { WasmGemmBackend } from './wasm-gemm.js';

/** Options for {@link createWasmGemm}. */
export interface WasmGemmOptions {
  /**
   * Use relaxed SIMD's fused multiply-add where the runtime supports it (default `true`). Its
   * results may differ from the plain SIMD module's in the last bits, by platform.
   */
  readonly relaxedSimd?: boolean;
  /**
   * Threads a large product may use, the caller's included (default: the cores the runtime
   * reports where workers are available, else 1). Results are bit-identical for any count.
   */
  readonly threads?: number;
  /**
   * The worker class to start helper threads with: Node's `worker_threads.Worker`, or a browser's
   * `Worker` (the default where the page is `crossOriginIsolated`, which shared memory needs).
   */
  readonly Worker?: WorkerConstructor;
}

// The slice of the WebAssembly JS API used here, declared locally because the library compiles
// against ES types only (the global lives in the DOM and Node typings).
interface WasmApi {
  validate(bytes: Uint8Array): boolean;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { readonly exports: unknown };
  Memory: new (descriptor: { initial: number; maximum: number; shared?: boolean }) => WasmMemory;
}

function webAssembly(): WasmApi | undefined {
  return (globalThis as unknown as { WebAssembly?: WasmApi }).WebAssembly;
}

interface ThreadGlobals {
  readonly crossOriginIsolated?: boolean;
  readonly Worker?: WorkerConstructor;
  readonly navigator?: { readonly hardwareConcurrency?: number };
  readonly SharedArrayBuffer?: unknown;
}

/** The worker class and thread count to use, or undefined for one thread. */
function threadSetup(options: WasmGemmOptions): { Worker: WorkerConstructor; threads: number } | undefined {
  const { threads } = options;
  if (threads !== undefined && (!Number.isSafeInteger(threads) || threads < 1)) {
    throw new NumericError('invalid-option', `threads must be a positive integer, found ${String(threads)}`, { argument: 'threads' });
  }
  const scope = globalThis as ThreadGlobals;
  const Worker = options.Worker ?? (scope.crossOriginIsolated === true ? scope.Worker : undefined);
  const count = threads ?? scope.navigator?.hardwareConcurrency ?? 1;
  if (Worker === undefined || count <= 1 || typeof scope.SharedArrayBuffer !== 'function') return undefined;
  return { Worker, threads: count };
}

/**
 * The backend over a fresh memory: shared where the engine allows it (so resident arrays survive
 * growth, and helper threads, when asked for, can work on it), else unshared and one thread.
 */
function instantiate(api: WasmApi, relaxed: boolean, setup: ReturnType<typeof threadSetup>): WasmGemm {
  const name = relaxed ? 'wasm-relaxed-simd' : 'wasm-simd';
  const config = relaxed ? GEMM_RELAXED_CONFIG : GEMM_SIMD_CONFIG;
  if (typeof (globalThis as ThreadGlobals).SharedArrayBuffer === 'function') {
    try {
      const memory = new api.Memory({ initial: 1, maximum: 65536, shared: true });
      const module = new api.Module(decodeBase64(relaxed ? GEMM_RELAXED_SHARED_WASM : GEMM_SIMD_SHARED_WASM));
      const exports = new api.Instance(module, { env: { memory } }).exports as GemmModuleExports;
      const pool = setup === undefined ? undefined : new GemmPool(setup.Worker, setup.threads, memory as { buffer: SharedArrayBuffer }, module);
      return new WasmGemm(name, config, exports, memory, pool, true);
    } catch {
      // No shared memory here after all (an engine without threads): unshared, one thread.
    }
  }
  const memory = new api.Memory({ initial: 1, maximum: 65536 });
  const module = new api.Module(decodeBase64(relaxed ? GEMM_RELAXED_WASM : GEMM_SIMD_WASM));
  const exports = new api.Instance(module, { env: { memory } }).exports as GemmModuleExports;
  return new WasmGemm(name, config, exports, memory, undefined, false);
}

/**
 * Creates a float32 matrix-product backend running a WebAssembly SIMD kernel (packed panels, a
 * register-blocked micro-kernel over f32x4 lanes: 4×8 with plain SIMD, 3×12 with relaxed SIMD's
 * fused multiply-add; cache blocking), or returns `undefined`
 * where WebAssembly or its SIMD extension is unavailable, so callers fall back to JavaScript.
 * Compiles synchronously: the module is about 2 KB, under the 4 KB that browsers let the main
 * thread compile synchronously. Each backend owns its memory, which grows to the largest product
 * it has computed. Float64Array operands are not supported.
 *
 * With a worker class (`options.Worker`, or a browser's `Worker` on a `crossOriginIsolated` page)
 * and more than one thread, products of at least 128³ multiply-adds are split into bands of C
 * computed in parallel over shared memory. Helper threads start on the first such product and join
 * once they are ready; they never keep a Node process alive. Every element of C is summed in the
 * same order whatever the split, so results are bit-identical for any thread count.
 * @throws {NumericError} `invalid-option` for a `threads` that is not a positive integer; from
 * `gemm`: `dtype` for a non-Float32Array operand, `shape` for a negative or fractional dimension,
 * `length-mismatch` for an operand shorter than its matrix.
 * @example
 * const backend = createWasmGemm();
 * const c = new Float32Array(4);
 * backend?.gemm(false, false, 2, 2, 1, Float32Array.of(1, 2), Float32Array.of(3, 4), c, false);
 * // where WebAssembly SIMD runs; elsewhere backend is undefined and c stays zero
 * c; // → new Float32Array([3, 4, 6, 8])
 * // In Node, on every core: createWasmGemm({ Worker, threads: availableParallelism() })
 */
export function createWasmGemm(options: WasmGemmOptions = {}): WasmGemmBackend | undefined {
  const api = webAssembly();
  if (api === undefined || typeof api.validate !== 'function') return undefined;
  const setup = threadSetup(options);
  try {
    if (!api.validate(decodeBase64(SIMD_PROBE_WASM))) return undefined;
    const relaxed = options.relaxedSimd !== false && api.validate(decodeBase64(RELAXED_PROBE_WASM));
    return instantiate(api, relaxed, setup);
  } catch {
    // A runtime that validates the module but refuses to compile it (a content security
    // policy, an engine limit) is treated like one without WebAssembly.
    return undefined;
  }
}
