import { NumericError } from '../errors.js';
import type { FloatArray } from '../dtype.js';
import type { GemmBackend } from '../gemm-backend.js';
import { Arena } from './arena.js';
import { CONTROL, type GemmExport } from './gemm-part.js';
import type { GemmPool } from './gemm-pool.js';
import type { GemmModuleConfig } from './generated/gemm-modules.js';

/** The WebAssembly backend, with its threads and the arrays it can keep in its own memory. */
export interface WasmGemmBackend extends GemmBackend {
  /** Threads a large product may use, the caller's included. */
  readonly threads: number;
  /**
   * Starts the helper threads if they are not started, and returns how many threads would take
   * part in a large product now, the caller's included (helpers join once they have started).
   */
  readyThreads(): number;
  /**
   * A zeroed Float32Array of `length` elements inside the module's memory, or undefined where that
   * memory cannot be shared (and so would detach views when it grows). Products over such arrays
   * read and write them in place, with no copies. The memory is reused once the array is
   * garbage-collected.
   */
  allocate(length: number): Float32Array | undefined;
  /** y += alpha·x over Float32Arrays of one length: four lanes at a time when both are in the module's memory. */
  axpy(alpha: number, x: Float32Array, y: Float32Array): void;
  /**
   * A dense layer's forward product with its epilogue fused: c = op(a)·op(b) + bias (the row
   * `bias` of n floats added to every row of C, in the same order as presetting C to it and
   * accumulating), and `out` = relu(c) when given, written as each tile of C is finished.
   */
  gemmBiasRelu(
    transA: boolean, transB: boolean, m: number, n: number, k: number,
    a: Float32Array, b: Float32Array, c: Float32Array, bias: Float32Array, out: Float32Array | undefined,
  ): void;
  /** a = relu(z) (z ≤ 0 gives 0, NaN stays NaN), in SIMD when both arrays are in the module's memory. */
  relu(z: Float32Array, a: Float32Array): void;
  /** dZ = step(z)·dA (relu′(0) = 0), in SIMD when the arrays are in the module's memory. */
  reluBackward(z: Float32Array, dA: Float32Array, dZ: Float32Array): void;
  /**
   * sums[j] = Σ over rows r of a[r·cols + j], for a rows×cols `a` and `cols` sums (a dense layer's
   * bias gradient), added from 0 in row order: the same bits as a scalar loop, four columns at a
   * time when both arrays are in the module's memory.
   */
  columnSums(rows: number, cols: number, a: Float32Array, sums: Float32Array): void;
  /** The index of the first NaN or ±Infinity in `x`, or -1; in SIMD when `x` is in the module's memory. */
  firstNonFinite(x: Float32Array): number;
}

/** The exports of the gemm module (see scripts/gemm-wat.mjs). */
export interface GemmModuleExports {
  readonly gemm: GemmExport;
  axpy(n: number, alpha: number, x: number, y: number): void;
  relu(n: number, z: number, a: number): void;
  reluBackward(n: number, z: number, dA: number, dZ: number): void;
  columnSums(rows: number, cols: number, src: number, dst: number): void;
  firstNonFinite(n: number, x: number): number;
}

/** The slice of `WebAssembly.Memory` used here (declared locally: the library compiles against ES types only). */
export interface WasmMemory {
  readonly buffer: ArrayBuffer | SharedArrayBuffer;
  grow(pages: number): number;
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

function sameLength(x: Float32Array, y: Float32Array): void {
  if (x.length !== y.length) {
    throw new NumericError('length-mismatch', `arrays of ${x.length} and ${y.length} elements; expected one length`, { argument: 'x' });
  }
}

/** A float32 gemm over one WebAssembly instance and its memory, optionally with helper threads. */
export class WasmGemm implements WasmGemmBackend {
  readonly name: string;
  readonly #exports: GemmModuleExports;
  readonly #memory: WasmMemory;
  readonly #pool: GemmPool | undefined;
  readonly #shared: boolean;
  /** The tile and block sizes the module was built with (its packing buffers are sized from them). */
  readonly #config: GemmModuleConfig;
  readonly #arena = new Arena(CONTROL.bytes, ALIGN_BYTES);
  /** Every buffer object the memory has had: a shared memory gives a new one each time it grows. */
  readonly #buffers = new WeakSet<object>();
  readonly #registry = new FinalizationRegistry<{ start: number; bytes: number }>(({ start, bytes }) => {
    this.#arena.release(start, bytes);
  });
  #heap: Float32Array;
  /** The control block, for threaded products (shared memory: it never detaches). */
  #control: Int32Array | undefined;

  constructor(
    name: string, config: GemmModuleConfig, exports: GemmModuleExports, memory: WasmMemory, pool: GemmPool | undefined, shared: boolean,
  ) {
    this.name = name;
    this.#config = config;
    this.#exports = exports;
    this.#memory = memory;
    this.#pool = pool;
    this.#shared = shared;
    this.#heap = new Float32Array(memory.buffer);
    this.#buffers.add(memory.buffer);
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

  allocate(length: number): Float32Array | undefined {
    if (!this.#shared || !Number.isSafeInteger(length) || length < 0) return undefined;
    const bytes = Math.max(4, length * 4);
    const start = this.#arena.allocate(bytes);
    try {
      this.#reserveBytes(this.#arena.top);
    } catch {
      this.#arena.release(start, bytes);
      return undefined;
    }
    const view = new Float32Array(this.#heap.buffer, start, length);
    view.fill(0);
    this.#registry.register(view, { start, bytes });
    return view;
  }

  axpy(alpha: number, x: Float32Array, y: Float32Array): void {
    sameLength(x, y);
    if (this.#resident(x) && this.#resident(y)) {
      this.#exports.axpy(y.length, alpha, x.byteOffset, y.byteOffset);
      return;
    }
    const a = Math.fround(alpha);
    for (let i = 0; i < y.length; i++) y[i] = y[i]! + Math.fround(a * x[i]!);
  }

  relu(z: Float32Array, a: Float32Array): void {
    sameLength(z, a);
    if (this.#resident(z) && this.#resident(a)) {
      this.#exports.relu(z.length, z.byteOffset, a.byteOffset);
      return;
    }
    for (let i = 0; i < z.length; i++) a[i] = z[i]! <= 0 ? 0 : z[i]!;
  }

  reluBackward(z: Float32Array, dA: Float32Array, dZ: Float32Array): void {
    sameLength(z, dA);
    sameLength(z, dZ);
    if (this.#resident(z) && this.#resident(dA) && this.#resident(dZ)) {
      this.#exports.reluBackward(z.length, z.byteOffset, dA.byteOffset, dZ.byteOffset);
      return;
    }
    for (let i = 0; i < z.length; i++) dZ[i] = (z[i]! > 0 ? 1 : 0) * dA[i]!;
  }

  columnSums(rows: number, cols: number, a: Float32Array, sums: Float32Array): void {
    checkDimension('rows', rows);
    checkDimension('cols', cols);
    checkOperand('a', a, rows * cols);
    checkOperand('sums', sums, cols);
    if (rows > 0 && this.#resident(a) && this.#resident(sums)) {
      this.#exports.columnSums(rows, cols, a.byteOffset, sums.byteOffset);
      return;
    }
    sums.fill(0, 0, cols);
    for (let r = 0; r < rows; r++) {
      const o = r * cols;
      for (let j = 0; j < cols; j++) sums[j] = sums[j]! + a[o + j]!;
    }
  }

  firstNonFinite(x: Float32Array): number {
    if (this.#resident(x)) return this.#exports.firstNonFinite(x.length, x.byteOffset);
    for (let i = 0; i < x.length; i++) if (x[i]! - x[i]! !== 0) return i;
    return -1;
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
    this.#product(transA, transB, m, n, k, a as Float32Array, b as Float32Array, c as Float32Array, accumulate, undefined, undefined);
  }

  gemmBiasRelu(
    transA: boolean, transB: boolean, m: number, n: number, k: number,
    a: Float32Array, b: Float32Array, c: Float32Array, bias: Float32Array, out: Float32Array | undefined,
  ): void {
    checkDimension('m', m);
    checkDimension('n', n);
    checkDimension('k', k);
    checkOperand('a', a, m * k);
    checkOperand('b', b, k * n);
    checkOperand('c', c, m * n);
    checkOperand('bias', bias, n);
    if (out !== undefined) {
      checkOperand('out', out, m * n);
      if (out.buffer === c.buffer && out.byteOffset === c.byteOffset) {
        throw new NumericError('invalid-option', 'out must not be c: the product is kept beside its activation', { argument: 'out' });
      }
    }
    if (m === 0 || n === 0) return;
    if (k === 0) {
      for (let r = 0; r < m; r++) c.set(bias.subarray(0, n), r * n);
      if (out !== undefined) this.relu(c.subarray(0, m * n), out.subarray(0, m * n));
      return;
    }
    this.#product(transA, transB, m, n, k, a, b, c, false, bias, out);
  }

  /**
   * Runs a checked product: operands not already in the module's memory are copied into scratch
   * above the resident arrays (O(size) against the product's O(m·n·k)), then one thread or several
   * compute it. Plain arithmetic, no closures or arrays: a train step allocates nothing here.
   */
  #product(
    transA: boolean, transB: boolean, m: number, n: number, k: number, a: Float32Array, b: Float32Array,
    c: Float32Array, accumulate: boolean, bias: Float32Array | undefined, out: Float32Array | undefined,
  ): void {
    const rows = m >= n;
    const { mr, nr, kc, mc, nc, unroll } = this.#config;
    const unit = rows ? mr : nr;
    const parts = this.#parts(m, n, k, rows, unit);
    const kcp = roundUp(Math.min(kc, k), unroll);
    const packA = roundUp(roundUp(Math.min(mc, m), mr) * kcp * 4, ALIGN_BYTES);
    const packB = roundUp(roundUp(Math.min(nc, n), nr) * kcp * 4, ALIGN_BYTES);
    const stride = packA + packB + roundUp(mr * nr * 4, ALIGN_BYTES);
    const scratch = this.#arena.top;
    let end = scratch + parts * stride;
    const aIn = this.#resident(a);
    const bIn = this.#resident(b);
    const cIn = this.#resident(c);
    const biasIn = bias === undefined || this.#resident(bias);
    const outIn = out === undefined || this.#resident(out);
    const aAt = aIn ? a.byteOffset : end;
    end += aIn ? 0 : roundUp(m * k * 4, ALIGN_BYTES);
    const bAt = bIn ? b.byteOffset : end;
    end += bIn ? 0 : roundUp(k * n * 4, ALIGN_BYTES);
    const cAt = cIn ? c.byteOffset : end;
    end += cIn ? 0 : roundUp(m * n * 4, ALIGN_BYTES);
    const biasAt = bias === undefined ? 0 : biasIn ? bias.byteOffset : end;
    end += biasIn ? 0 : roundUp(n * 4, ALIGN_BYTES);
    const outAt = out === undefined ? 0 : outIn ? out.byteOffset : end;
    end += outIn ? 0 : roundUp(m * n * 4, ALIGN_BYTES);
    const heap = this.#reserveBytes(end);
    if (!aIn) heap.set(a.length === m * k ? a : a.subarray(0, m * k), aAt / 4);
    if (!bIn) heap.set(b.length === k * n ? b : b.subarray(0, k * n), bAt / 4);
    if (!cIn && accumulate) heap.set(c.length === m * n ? c : c.subarray(0, m * n), cAt / 4);
    if (!biasIn) heap.set(bias.subarray(0, n), biasAt / 4);
    const tA = transA ? 1 : 0;
    const tB = transB ? 1 : 0;
    const lda = transA ? m : k;
    const ldb = transB ? k : n;
    const add = accumulate ? 1 : 0;
    if (parts === 1 || this.#pool === undefined) {
      this.#exports.gemm(tA, tB, m, n, k, aAt, lda, bAt, ldb, cAt, n, add, biasAt, outAt, scratch, scratch + packA, scratch + packA + packB);
    } else {
      const control = this.#control ??= new Int32Array(heap.buffer, 0, CONTROL.bytes / 4);
      const p = CONTROL.params;
      control[p] = tA; control[p + 1] = tB; control[p + 2] = m; control[p + 3] = n; control[p + 4] = k;
      control[p + 5] = aAt; control[p + 6] = lda; control[p + 7] = bAt; control[p + 8] = ldb;
      control[p + 9] = cAt; control[p + 10] = n; control[p + 11] = add; control[p + 12] = biasAt; control[p + 13] = outAt;
      control[CONTROL.splitRows] = rows ? 1 : 0;
      control[CONTROL.scratch] = scratch;
      control[CONTROL.scratchStride] = stride;
      control[CONTROL.packBOffset] = packA;
      control[CONTROL.tileOffset] = packA + packB;
      control[CONTROL.unit] = unit;
      this.#pool.run(this.#exports.gemm, parts);
    }
    if (!cIn) c.set(heap.subarray(cAt / 4, cAt / 4 + m * n));
    if (!outIn) out.set(heap.subarray(outAt / 4, outAt / 4 + m * n));
  }

  /** Whether the array is a view of this module's memory (so the kernel can use it in place). */
  #resident(array: Float32Array): boolean {
    return this.#buffers.has(array.buffer);
  }

  /**
   * How many parts a product is split into: one below the size where threads pay, else one per
   * ready thread, at most one per strip (`unit` rows, or columns, of C).
   */
  #parts(m: number, n: number, k: number, rows: boolean, unit: number): number {
    if (this.#pool === undefined || m * n * k < THREAD_MIN_WORK) return 1;
    return Math.min(1 + this.#pool.ready(), Math.ceil((rows ? m : n) / unit));
  }

  /** Grows the module's memory to at least `bytes` and returns a view of all of it. */
  #reserveBytes(bytes: number): Float32Array {
    // Only this object grows the memory, so the view is current while it is long enough (reading
    // `memory.buffer` of a shared memory makes a new object each time, which a train step avoids).
    if (bytes <= this.#heap.byteLength) return this.#heap;
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
    // Growing detaches an unshared buffer and gives a shared one a longer successor.
    const buffer = memory.buffer;
    this.#buffers.add(buffer);
    this.#heap = new Float32Array(buffer);
    return this.#heap;
  }
}
