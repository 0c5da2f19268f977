import { NumericError } from './errors.js';
import type { FloatArray } from './dtype.js';
import type { GemmBackend } from './gemm-backend.js';
import { allocateArray } from './internal/allocate.js';
import { jsGemmBackend } from './gemm-js.js';
import { createWasmGemm } from './wasm/gemm-wasm.js';

/**
 * Backends in order of preference. Built on the first product, not at import, so importing the
 * package runs nothing: the WebAssembly SIMD kernel first (float32) where the engine has SIMD,
 * then the pure JavaScript backend, always last, which handles every float type.
 */
let backends: GemmBackend[] | undefined;

function backendList(): GemmBackend[] {
  if (backends === undefined) {
    const wasm = createWasmGemm();
    backends = wasm === undefined ? [jsGemmBackend] : [wasm, jsGemmBackend];
  }
  return backends;
}

function backendFor(array: FloatArray): GemmBackend {
  for (const backend of backendList()) if (backend.supports(array)) return backend;
  return jsGemmBackend;
}

/**
 * Makes a matrix-product backend the first choice for every array type it supports; pass `'js'`
 * (or the name of a backend used before) to bring a known backend back to the front.
 * Later products use it; the pure JavaScript backend stays as the fallback.
 * @throws {NumericError} `invalid-option` for a name no backend has, or an object that is not a backend.
 * @example
 * useGemmBackend('js');
 * gemmBackendName('float64'); // → 'js'
 */
export function useGemmBackend(backend: GemmBackend | string): void {
  const list = backendList();
  let chosen: GemmBackend | undefined;
  if (typeof backend === 'string') {
    chosen = list.find((candidate) => candidate.name === backend);
    if (chosen === undefined) {
      throw new NumericError('invalid-option', `unknown gemm backend "${backend}"; known: ${list.map((b) => b.name).join(', ')}`, { argument: 'backend' });
    }
  } else {
    if (typeof backend !== 'object' || backend === null || typeof backend.gemm !== 'function' || typeof backend.supports !== 'function' || typeof backend.name !== 'string') {
      throw new NumericError('invalid-option', 'expected a gemm backend with name, supports and gemm', { argument: 'backend' });
    }
    chosen = backend;
  }
  const others = list.filter((candidate) => candidate !== chosen && candidate.name !== chosen.name);
  if (!others.includes(jsGemmBackend) && chosen !== jsGemmBackend) others.push(jsGemmBackend);
  backends = [chosen, ...others];
}

/**
 * Names the backend that would compute a product over arrays of this type.
 * @example
 * gemmBackendName('float64'); // → 'js'
 * // float32 products use 'wasm-simd' or 'wasm-relaxed' where WebAssembly SIMD runs
 */
export function gemmBackendName(dtype: 'float32' | 'float64'): string {
  return backendFor(dtype === 'float32' ? new Float32Array(0) : new Float64Array(0)).name;
}

function isFloatArray(value: unknown): value is FloatArray {
  return value instanceof Float64Array || value instanceof Float32Array;
}

function dtypeName(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value !== 'object') return typeof value;
  const name = (value as { constructor?: { name?: unknown } }).constructor?.name;
  return typeof name === 'string' ? name : 'object';
}

function checkDimension(value: number, argument: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new NumericError('shape', `${argument} must be a non-negative integer, found ${String(value)}`, { argument });
  }
}

function checkOperand(array: unknown, argument: string, length: number, like: FloatArray | undefined, shape: string): asserts array is FloatArray {
  if (array === undefined || array === null) {
    throw new NumericError('missing-input', `${argument} is required`, { argument });
  }
  if (!isFloatArray(array)) {
    throw new NumericError('dtype', `${argument} must be a Float32Array or Float64Array, found ${dtypeName(array)}`, { argument });
  }
  if (like !== undefined && array.constructor !== like.constructor) {
    throw new NumericError('dtype', `${argument} must be a ${dtypeName(like)} like a, found ${dtypeName(array)}`, { argument });
  }
  if (array.length !== length) {
    throw new NumericError('length-mismatch', `${argument} must hold ${shape} = ${length} elements, found ${array.length}`, { argument });
  }
}

function overlaps(x: FloatArray, y: FloatArray): boolean {
  if (x.buffer !== y.buffer) return false;
  const xEnd = x.byteOffset + x.byteLength;
  const yEnd = y.byteOffset + y.byteLength;
  return x.byteOffset < yEnd && y.byteOffset < xEnd;
}

/**
 * General matrix product over row-major arrays: `c = op(a)·op(b)`, or `c += op(a)·op(b)` when
 * `accumulate`, where op(a) is m×k (a stored k×m when `transA`) and op(b) is k×n (b stored n×k
 * when `transB`). Transposes are never materialised. Dispatches to the preferred backend.
 * @throws {NumericError} `missing-input` for an absent array, `shape` for a dimension that is not a non-negative integer, `dtype` for an
 * operand that is not a float array or differs in type from `a`, `length-mismatch` for an operand
 * of the wrong length, `invalid-option` when `c` overlaps `a` or `b`; `position.argument` names it.
 * @example
 * const c = new Float64Array(4);
 * // [1 2; 3 4]ᵀ · [1 0; 0 1]
 * gemm(true, false, 2, 2, 2, new Float64Array([1, 2, 3, 4]), new Float64Array([1, 0, 0, 1]), c, false);
 * c; // → new Float64Array([1, 3, 2, 4])
 */
export function gemm(
  transA: boolean, transB: boolean, m: number, n: number, k: number,
  a: FloatArray, b: FloatArray, c: FloatArray, accumulate: boolean,
): void {
  checkDimension(m, 'm');
  checkDimension(n, 'n');
  checkDimension(k, 'k');
  checkOperand(a, 'a', m * k, undefined, transA ? 'k×m' : 'm×k');
  checkOperand(b, 'b', k * n, a, transB ? 'n×k' : 'k×n');
  checkOperand(c, 'c', m * n, a, 'm×n');
  if (overlaps(c, a) || overlaps(c, b)) {
    throw new NumericError('invalid-option', 'the output must not share memory with an operand', { argument: 'c' });
  }
  backendFor(a).gemm(transA, transB, m, n, k, a, b, c, accumulate);
}

function output<T extends FloatArray>(a: T, length: number, out: T | undefined): T {
  if (out !== undefined) return out;
  return allocateArray(a instanceof Float32Array ? 'float32' : 'float64', length, 'out') as T;
}

function product<T extends FloatArray>(
  transA: boolean, transB: boolean, a: T, b: T, m: number, k: number, n: number, out: T | undefined,
): T {
  checkDimension(m, 'm');
  checkDimension(k, 'k');
  checkDimension(n, 'n');
  checkOperand(a, 'a', m * k, undefined, transA ? 'k×m' : 'm×k');
  const c = output(a, m * n, out);
  if (out !== undefined) checkOperand(out, 'out', m * n, a, 'm×n');
  checkOperand(b, 'b', k * n, a, transB ? 'n×k' : 'k×n');
  if (overlaps(c, a) || overlaps(c, b)) {
    throw new NumericError('invalid-option', 'out must not share memory with a or b', { argument: 'out' });
  }
  backendFor(a).gemm(transA, transB, m, n, k, a, b, c, false);
  return c;
}

/**
 * Row-major matrix product `C[m×n] = A[m×k] · B[k×n]`, all Float32Array or all Float64Array.
 * Writes into `out` when given (its contents are replaced) and returns it.
 * @throws {NumericError} `missing-input`, `shape`, `dtype`, `length-mismatch` (naming `a`, `b`, `out`, `m`, `k` or `n`),
 * `invalid-option` when `out` overlaps `a` or `b`, and `too-large` (naming `out`, with the memory
 * it needs) when the m×n result is more than can be allocated.
 * @example
 * matmul(new Float64Array([1, 2, 3, 4]), new Float64Array([5, 6, 7, 8]), 2, 2, 2);
 * // → new Float64Array([19, 22, 43, 50])
 */
export function matmul<T extends FloatArray>(a: T, b: T, m: number, k: number, n: number, out?: T): T {
  return product(false, false, a, b, m, k, n, out);
}

/**
 * `C[m×n] = Aᵀ · B[k×n]` where A is stored row-major as k×m; the transpose is never built.
 * @throws {NumericError} as {@link matmul}.
 * @example
 * // A = [1 2 3] stored 1×3, so Aᵀ is 3×1
 * matmulTransposeA(new Float64Array([1, 2, 3]), new Float64Array([2]), 3, 1, 1);
 * // → new Float64Array([2, 4, 6])
 */
export function matmulTransposeA<T extends FloatArray>(a: T, b: T, m: number, k: number, n: number, out?: T): T {
  return product(true, false, a, b, m, k, n, out);
}

/**
 * `C[m×n] = A[m×k] · Bᵀ` where B is stored row-major as n×k; the transpose is never built.
 * @throws {NumericError} as {@link matmul}.
 * @example
 * // row-by-row dot products: [1 2]·[3 4] = 11
 * matmulTransposeB(new Float64Array([1, 2]), new Float64Array([3, 4]), 1, 2, 1);
 * // → new Float64Array([11])
 */
export function matmulTransposeB<T extends FloatArray>(a: T, b: T, m: number, k: number, n: number, out?: T): T {
  return product(false, true, a, b, m, k, n, out);
}

/**
 * The backend `gemm` would use for arrays like `array` now (internal: mlp allocates its float32
 * arrays from it, so products over them run in place).
 */
export function preferredBackend(array: FloatArray): GemmBackend {
  return backendFor(array);
}
