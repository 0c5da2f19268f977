import { NumericError } from '../errors.js';
import type { FloatArray } from '../dtype.js';
import type { GemmBackend } from '../gemm-backend.js';
import { decodeBase64 } from './base64.js';
import {
  GEMM_CONFIG,
  GEMM_RELAXED_WASM,
  GEMM_SIMD_WASM,
  RELAXED_PROBE_WASM,
  SIMD_PROBE_WASM,
} from './generated/gemm-modules.js';

/** Options for {@link createWasmGemm}. */
export interface WasmGemmOptions {
  /**
   * Use relaxed SIMD's fused multiply-add where the runtime supports it (default `true`). Its
   * results may differ from the plain SIMD module's in the last bits, by platform.
   */
  readonly relaxedSimd?: boolean;
}

// The slice of the WebAssembly JS API used here, declared locally because the library compiles
// against ES types only (the global lives in the DOM and Node typings).
interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
interface WasmApi {
  validate(bytes: Uint8Array): boolean;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { readonly exports: unknown };
}
interface GemmExports {
  readonly memory: WasmMemory;
  gemm(
    transA: number, transB: number, m: number, n: number, k: number,
    a: number, b: number, c: number, accumulate: number,
    packA: number, packB: number, tile: number,
  ): void;
}

const PAGE_BYTES = 65536;
const MAX_BYTES = 65536 * PAGE_BYTES;
const ALIGN_BYTES = 64;

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

class WasmGemm implements GemmBackend {
  readonly name: string;
  readonly #exports: GemmExports;
  #heap: Float32Array;

  constructor(name: string, exports: GemmExports) {
    this.name = name;
    this.#exports = exports;
    this.#heap = new Float32Array(exports.memory.buffer);
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

    // Operands are copied into the module's memory: a copy is O(size) against the product's
    // O(m·n·k), and it frees callers from allocating inside the module.
    const { mr, nr, kc, mc, nc, unroll } = GEMM_CONFIG;
    const kcp = roundUp(Math.min(kc, k), unroll);
    let end = 0;
    const reserve = (floats: number): number => {
      const offset = end;
      end += roundUp(floats * 4, ALIGN_BYTES);
      return offset;
    };
    const aAt = reserve(m * k);
    const bAt = reserve(k * n);
    const cAt = reserve(m * n);
    const packAAt = reserve(roundUp(Math.min(mc, m), mr) * kcp);
    const packBAt = reserve(roundUp(Math.min(nc, n), nr) * kcp);
    const tileAt = reserve(mr * nr);
    const heap = this.#reserveBytes(end);

    heap.set(a.length === m * k ? a : a.subarray(0, m * k), aAt / 4);
    heap.set(b.length === k * n ? b : b.subarray(0, k * n), bAt / 4);
    if (accumulate) heap.set(c.length === m * n ? c : c.subarray(0, m * n), cAt / 4);
    this.#exports.gemm(
      transA ? 1 : 0, transB ? 1 : 0, m, n, k, aAt, bAt, cAt, accumulate ? 1 : 0, packAAt, packBAt, tileAt,
    );
    c.set(heap.subarray(cAt / 4, cAt / 4 + m * n));
  }

  /** Grows the module's memory to at least `bytes` and returns a view of all of it. */
  #reserveBytes(bytes: number): Float32Array {
    const memory = this.#exports.memory;
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
    // Growing detaches the old buffer, so the view is rebuilt whenever the buffer changed.
    if (this.#heap.buffer !== memory.buffer) this.#heap = new Float32Array(memory.buffer);
    return this.#heap;
  }
}

function webAssembly(): WasmApi | undefined {
  return (globalThis as unknown as { WebAssembly?: WasmApi }).WebAssembly;
}

/**
 * Creates a float32 matrix-product backend running a WebAssembly SIMD kernel (packed panels, a
 * 4×8 register-blocked micro-kernel over f32x4 lanes, cache blocking), or returns `undefined`
 * where WebAssembly or its SIMD extension is unavailable, so callers fall back to JavaScript.
 * Compiles synchronously: the module is about 2 KB, under the 4 KB that browsers let the main
 * thread compile synchronously. Each backend owns its memory, which grows to the largest product
 * it has computed. Float64Array operands are not supported.
 * @throws {NumericError} from `gemm`: `dtype` for a non-Float32Array operand, `shape` for a
 * negative or fractional dimension, `length-mismatch` for an operand shorter than its matrix.
 * @example
 * const backend = createWasmGemm();
 * const c = new Float32Array(4);
 * backend?.gemm(false, false, 2, 2, 1, Float32Array.of(1, 2), Float32Array.of(3, 4), c, false);
 * // where WebAssembly SIMD runs; elsewhere backend is undefined and c stays zero
 * c; // → new Float32Array([3, 4, 6, 8])
 */
export function createWasmGemm(options: WasmGemmOptions = {}): GemmBackend | undefined {
  const api = webAssembly();
  if (api === undefined || typeof api.validate !== 'function') return undefined;
  try {
    if (!api.validate(decodeBase64(SIMD_PROBE_WASM))) return undefined;
    const relaxed = options.relaxedSimd !== false && api.validate(decodeBase64(RELAXED_PROBE_WASM));
    const bytes = decodeBase64(relaxed ? GEMM_RELAXED_WASM : GEMM_SIMD_WASM);
    const instance = new api.Instance(new api.Module(bytes), {});
    return new WasmGemm(relaxed ? 'wasm-relaxed-simd' : 'wasm-simd', instance.exports as GemmExports);
  } catch {
    // A runtime that validates the module but refuses to compile it (a content security
    // policy, an engine limit) is treated like one without WebAssembly.
    return undefined;
  }
}
