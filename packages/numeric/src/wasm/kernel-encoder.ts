/**
 * A minimal WebAssembly binary encoder for compiled kernels: instruction builders that return
 * byte arrays (each pushing one value), and the assembly of a module that imports its memory.
 * Only numbers, local indices and fixed opcodes are ever written: no names, no user text.
 */

/** Bytes of code; an expression pushes one value on the stack. */
export type Code = readonly number[];

/** The value type i32. */
export const I32 = 0x7f;
/** The value type v128 (four float32 lanes here). */
export const V128 = 0x7b;

/** Unsigned LEB128. */
export function uleb(value: number): number[] {
  const bytes: number[] = [];
  let v = value >>> 0;
  do {
    const byte = v & 0x7f;
    v >>>= 7;
    bytes.push(v === 0 ? byte : byte | 0x80);
  } while (v !== 0);
  return bytes;
}

/** Signed LEB128 of a 32-bit integer. */
export function sleb(value: number): number[] {
  const bytes: number[] = [];
  let v = value | 0;
  for (;;) {
    const byte = v & 0x7f;
    v >>= 7;
    const done = (v === 0 && (byte & 0x40) === 0) || (v === -1 && (byte & 0x40) !== 0);
    bytes.push(done ? byte : byte | 0x80);
    if (done) return bytes;
  }
}

/** A SIMD instruction (prefix 0xfd) applied to the values its operands push. */
export function simd(opcode: number, ...operands: Code[]): number[] {
  const out: number[] = [];
  for (const operand of operands) for (const byte of operand) out.push(byte);
  out.push(0xfd, ...uleb(opcode));
  return out;
}

/** SIMD opcodes used by the kernels (WebAssembly SIMD, fixed-width 128-bit). */
export const OP = {
  load: 0x00, load32Splat: 0x09, store: 0x0b, const: 0x0c,
  f32x4Eq: 0x41, f32x4Ne: 0x42, f32x4Lt: 0x43, f32x4Gt: 0x44, f32x4Le: 0x45, f32x4Ge: 0x46,
  not: 0x4d, and: 0x4e, andnot: 0x4f, or: 0x50, xor: 0x51, bitselect: 0x52, anyTrue: 0x53,
  i32x4Eq: 0x37, i32x4Shl: 0xab, i32x4ShrS: 0xac, i32x4ShrU: 0xad, i32x4Add: 0xae, i32x4Sub: 0xb1,
  f32x4Nearest: 0x6a,
  f32x4Abs: 0xe0, f32x4Neg: 0xe1, f32x4Sqrt: 0xe3, f32x4Add: 0xe4, f32x4Sub: 0xe5, f32x4Mul: 0xe6,
  f32x4Div: 0xe7, f32x4Min: 0xe8, f32x4Max: 0xe9,
  i32x4TruncSatF32x4S: 0xf8, f32x4ConvertI32x4S: 0xfa,
  shuffle: 0x0d, f32x4DemoteF64x2Zero: 0x5e, f64x2PromoteLowF32x4: 0x5f, f64x2Add: 0xf0, f64x2Sub: 0xf1, f64x2Mul: 0xf2,
} as const;

/** `i8x16.shuffle` of two values by sixteen lane indices (0–15 the first's bytes, 16–31 the second's). */
export function shuffle(a: Code, b: Code, lanes: readonly number[]): number[] {
  return [...a, ...b, 0xfd, ...uleb(OP.shuffle), ...lanes];
}

/** `local.get`. */
export function get(index: number): number[] {
  return [0x20, ...uleb(index)];
}

/** `local.set` of an expression. */
export function set(index: number, value: Code): number[] {
  return [...value, 0x21, ...uleb(index)];
}

/** `i32.const`. */
export function i32(value: number): number[] {
  return [0x41, ...sleb(value)];
}

/** Scratch for the bytes of a constant. */
const SCRATCH_F32 = new Float32Array(4);
const SCRATCH_BYTES = new Uint8Array(SCRATCH_F32.buffer);

/** `v128.const` with four copies of a float32. */
export function f32x4(value: number): number[] {
  SCRATCH_F32.fill(value);
  return [0xfd, OP.const, ...SCRATCH_BYTES];
}

/** `v128.const` with two copies of a float64. */
export function f64x2(value: number): number[] {
  const bytes = new Uint8Array(new Float64Array([value, value]).buffer);
  return [0xfd, ...uleb(OP.const), ...bytes];
}

/** `v128.const` with four copies of a 32-bit integer. */
export function i32x4(value: number): number[] {
  const bytes = new Uint8Array(new Int32Array([value, value, value, value]).buffer);
  return [0xfd, ...uleb(OP.const), ...bytes];
}

/** `call` of a function of the module with the values its arguments push. */
export function call(index: number, ...args: Code[]): number[] {
  const out: number[] = [];
  for (const arg of args) for (const byte of arg) out.push(byte);
  out.push(0x10, ...uleb(index));
  return out;
}

/** A function: parameter and result types, its extra locals by type, and its body (without `end`). */
export interface WasmFunction {
  readonly params: readonly number[];
  readonly results: readonly number[];
  readonly locals: readonly { readonly count: number; readonly type: number }[];
  readonly body: Code;
}

function section(id: number, content: readonly number[]): number[] {
  return [id, ...uleb(content.length), ...content];
}

function vector(items: readonly (readonly number[])[]): number[] {
  const out = uleb(items.length);
  for (const item of items) for (const byte of item) out.push(byte);
  return out;
}

/** Encoded bodies of functions used in many modules (the math functions), kept with the function. */
const bodyCache = new WeakMap<WasmFunction, number[]>();

/** A function's entry in the code section: its size, locals, body and `end`. */
function encodedBody(f: WasmFunction): number[] {
  let entry = bodyCache.get(f);
  if (entry === undefined) {
    const code = [...vector(f.locals.map((l) => [...uleb(l.count), l.type])), ...f.body, 0x0b];
    entry = [...uleb(code.length), ...code];
    bodyCache.set(f, entry);
  }
  return entry;
}

/**
 * A module importing `env.memory` (no minimum size, so any memory fits), with one mutable i32
 * global (index 0, initially 0), the given functions, and the last function exported as `run`.
 */
export function encodeModule(functions: readonly WasmFunction[]): Uint8Array {
  const types = functions.map((f) => [0x60, ...vector(f.params.map((t) => [t])), ...vector(f.results.map((t) => [t]))]);
  // "env" "memory", kind memory, limits: a minimum of 0 pages and no maximum.
  const memoryImport = [3, 0x65, 0x6e, 0x76, 6, 0x6d, 0x65, 0x6d, 0x6f, 0x72, 0x79, 0x02, 0x00, 0x00];
  const bodies = functions.map(encodedBody);
  const run = [3, 0x72, 0x75, 0x6e, 0x00, ...uleb(functions.length - 1)];
  const bytes = [
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, vector(types)),
    ...section(2, vector([memoryImport])),
    ...section(3, vector(functions.map((_f, i) => uleb(i)))),
    ...section(6, vector([[I32, 0x01, ...i32(0), 0x0b]])),
    ...section(7, vector([run])),
    ...section(10, vector(bodies)),
  ];
  return Uint8Array.from(bytes);
}
