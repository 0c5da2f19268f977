import { NumericError } from '../errors.js';
import type { FloatArray, GemmBackend } from '../gemm-backend.js';
import { decodeBase64 } from './base64.js';
import { CONTROL, type GemmExport } from './gemm-part.js';
import { GemmPool, type WorkerConstructor } from './gemm-pool.js';
import {
  GEMM_CONFIG,
  GEMM_RELAXED_SHARED_WASM,
  GEMM_RELAXED_WASM,
  GEMM_SIMD_SHARED_WASM,
  GEMM_SIMD_WASM,
  RELAXED_PROBE_WASM,
  SIMD_PROBE_WASM,
} from './generated/gemm-modules.js';

export type { WorkerConstructor, WorkerLike } from './gemm-pool.js';

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

/** The WebAssembly backend, with what it can say about its threads. */
export interface WasmGemmBackend extends GemmBackend {
  /** Threads a large product may use, the caller's included. */
  readonly threads: number;
  /**
   * Starts the helper threads if they are not started, and returns how many threads would take
   * part in a large product now, the caller's included (helpers join once they have started).
   */
  readyThreads(): number;
}

// The slice of the WebAssembly JS API used here, declared locally because the library compiles
// against ES types only (the global lives in the DOM and Node typings).
interface WasmMemory {
  readonly buffer: ArrayBuffer | SharedArrayBuffer;
  grow(pages: number): number;
}
interface WasmApi {
  validate(bytes: Uint8Array): boolean;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { readonly exports: unknown };
  Memory: new (descriptor: { initial: number; maximum: number; shared?: boolean }) => WasmMemory;
}

const PAGE_BYTES = 65536;
const MAX_BYTES = 65536 * PAGE_BYTES;
const ALIGN_BYTES = 64;
/** Below this many multiply-adds (a 128³ product) waking helpers costs more than it saves. */
const THREAD_MIN_WORK = 128 * 128 * 128;

function roundUp(value: number, multiple: number): number {
  return Math.ceil(value / multiple) * multiple;
}

function checkDimension(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0) {
    throw new NumericError('shape', `expected ${name} to be a non-negative integer, found ${value}`, { argument: name });
  }
}

function checkOperand(name: string, array: FloatArray, needed: number): void {
  if (!(array instanceof Float32Array)) {
    throw new NumericError('dtype', `expected ${name} to be a Float32Array, found ${array.constructor.name}`, { argument: name });
  }
  if (array.length < needed) {
    throw new NumericError('length-mismatch', `expected ${name} to hold at least ${needed} elements, found ${array.length}`, { argument: name });
  }
}

class WasmGemm implements WasmGemmBackend {
  readonly name: string;
  readonly #gemm: GemmExport;
  readonly #memory: WasmMemory;
  readonly #pool: GemmPool | undefined;
  #heap: Float32Array;

  constructor(name: string, gemm: GemmExport, memory: WasmMemory, pool: GemmPool | undefined) {
    this.name = name;
    this.#gemm = gemm;
    this.#memory = memory;
    this.#pool = pool;
    this.#heap = new Float32Array(memory.buffer);
  }

  get threads(): number {
    return this.#pool?.threads ?? 1;
  }

  readyThreads(): number {
    return 1 + (this.#pool?.ready() ?? 0);
  }

  supports(array: FloatArray): boolean {
    return array instanceof Float32Array;
  }

  gemm(
    transA: boolean, transB: boolean, m: number, n: number, k: number,
    a: FloatArray, b: FloatArray, c: FloatArray, accumulate: boolean,
  ): void {
    checkDimension('m', m);
    checkDimension('n', n);
    checkDimension('k', k);
    checkOperand('a', a, m * k);
    checkOperand('b', b, k * n);
    checkOperand('c', c, m * n);
    if (m === 0 || n === 0) return;
    if (k === 0) {
      if (!accumulate) c.fill(0, 0, m * n);
      return;
    }
    const parts = this.#parts(m, n, k);
    // Operands are copied into the module's memory: a copy is O(size) against the product's
    // O(m·n·k), and it frees callers from allocating inside the module.
    const { mr, nr, kc, mc, nc, unroll } = GEMM_CONFIG;
    const kcp = roundUp(Math.min(kc, k), unroll);
    let end = CONTROL.bytes;
    const reserve = (floats: number): number => {
      const offset = end;
      end += roundUp(floats * 4, ALIGN_BYTES);
      return offset;
    };
    const aAt = reserve(m * k);
    const bAt = reserve(k * n);
    const cAt = reserve(m * n);
    // Scratch for each part: packed A, packed B and the edge tile, the same size for every part.
    const packA = roundUp(roundUp(Math.min(mc, m), mr) * kcp * 4, ALIGN_BYTES);
    const packB = roundUp(roundUp(Math.min(nc, n), nr) * kcp * 4, ALIGN_BYTES);
    const stride = packA + packB + roundUp(mr * nr * 4, ALIGN_BYTES);
    const scratch = reserve((parts.count * stride) / 4);
    const heap = this.#reserveBytes(end);

    heap.set(a.length === m * k ? a : a.subarray(0, m * k), aAt / 4);
    heap.set(b.length === k * n ? b : b.subarray(0, k * n), bAt / 4);
    if (accumulate) heap.set(c.length === m * n ? c : c.subarray(0, m * n), cAt / 4);
    const lda = transA ? m : k;
    const ldb = transB ? k : n;
    const flags = [transA ? 1 : 0, transB ? 1 : 0] as const;
    if (parts.count === 1 || this.#pool === undefined) {
      this.#gemm(flags[0], flags[1], m, n, k, aAt, lda, bAt, ldb, cAt, n, accumulate ? 1 : 0, scratch, scratch + packA, scratch + packA + packB);
    } else {
      const control = new Int32Array(heap.buffer, 0, CONTROL.bytes / 4);
      control.set([flags[0], flags[1], m, n, k, aAt, lda, bAt, ldb, cAt, n, accumulate ? 1 : 0], CONTROL.params);
      control.set([parts.rows ? 1 : 0, parts.count, scratch, stride, packA, packA + packB, parts.unit], CONTROL.splitRows);
      this.#pool.run(this.#gemm, parts.count);
    }
    c.set(heap.subarray(cAt / 4, cAt / 4 + m * n));
  }

  /**
   * How a product is split: one part below the size where threads pay, else one part per ready
   * thread (at most one per strip), along rows of C when it has at least as many as columns.
   */
  #parts(m: number, n: number, k: number): { count: number; rows: boolean; unit: number } {
    const rows = m >= n;
    const unit = rows ? GEMM_CONFIG.mr : GEMM_CONFIG.nr;
    if (this.#pool === undefined || m * n * k < THREAD_MIN_WORK) return { count: 1, rows, unit };
    const strips = Math.ceil((rows ? m : n) / unit);
    return { count: Math.min(1 + this.#pool.ready(), strips), rows, unit };
  }

  /** Grows the module's memory to at least `bytes` and returns a view of all of it. */
  #reserveBytes(bytes: number): Float32Array {
    const memory = this.#memory;
    const have = memory.buffer.byteLength;
    if (bytes > have) {
      if (bytes > MAX_BYTES) {
        throw new NumericError('shape', `the product needs ${bytes} bytes of WebAssembly memory, more than its 4 GiB`, { argument: 'c' });
      }
      try {
        memory.grow(Math.ceil((bytes - have) / PAGE_BYTES));
      } catch (cause) {
        throw new NumericError('shape', `could not grow WebAssembly memory to ${bytes} bytes`, { argument: 'c' }, { cause });
      }
    }
    // Growing detaches an unshared buffer and gives a shared one a longer successor: either way
    // the view is rebuilt when it no longer covers the whole memory.
    if (this.#heap.buffer !== memory.buffer && this.#heap.byteLength !== memory.buffer.byteLength) {
      this.#heap = new Float32Array(memory.buffer);
    }
    return this.#heap;
  }
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

function instantiate(api: WasmApi, relaxed: boolean, setup: ReturnType<typeof threadSetup>): WasmGemm {
  const name = relaxed ? 'wasm-relaxed-simd' : 'wasm-simd';
  if (setup !== undefined) {
    try {
      const memory = new api.Memory({ initial: 1, maximum: 65536, shared: true });
      const module = new api.Module(decodeBase64(relaxed ? GEMM_RELAXED_SHARED_WASM : GEMM_SIMD_SHARED_WASM));
      const { gemm } = new api.Instance(module, { env: { memory } }).exports as { gemm: GemmExport };
      const pool = new GemmPool(setup.Worker, setup.threads, memory as { buffer: SharedArrayBuffer }, module);
      return new WasmGemm(name, gemm, memory, pool);
    } catch {
      // No shared memory here after all (an engine without threads): one thread.
    }
  }
  const memory = new api.Memory({ initial: 1, maximum: 65536 });
  const module = new api.Module(decodeBase64(relaxed ? GEMM_RELAXED_WASM : GEMM_SIMD_WASM));
  const { gemm } = new api.Instance(module, { env: { memory } }).exports as { gemm: GemmExport };
  return new WasmGemm(name, gemm, memory, undefined);
}

/**
 * Creates a float32 matrix-product backend running a WebAssembly SIMD kernel (packed panels, a
 * 4×8 register-blocked micro-kernel over f32x4 lanes, cache blocking), or returns `undefined`
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
 * c; // Float32Array [3, 4, 6, 8] where SIMD runs
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
