import type { MatrixProgram, Program } from '@bp/symbolic';
import { Graph, gradientGraph } from '@bp/symbolic/engine';
import { NumericError } from './errors.js';
import { allocateArray } from './internal/allocate.js';
import { compileMatrix, type MatrixCompileOptions, type MatrixKernel } from './matrix-compile.js';
import { isIdentifier, kernelModule, kernelSource, readableLoop, type LoopSpec } from './internal/codegen/index.js';
import { arrayConstructor, type Dtype, type FloatArray } from './dtype.js';
import { loopsForBackend, type BackendLoops } from './wasm/kernel-wasm.js';

/** An array of the kernel's dtype: the same type as {@link FloatArray}, under the name the kernel API has used. */
export type KernelArray = FloatArray;

/** Options for {@link compile}. */
export interface CompileOptions {
  /** Inputs to differentiate with respect to; default every input. A name that does not occur gets 0. */
  readonly wrt?: readonly string[];
  /** Default `float64`. */
  readonly dtype?: Dtype;
  /**
   * What runs the loop: `'wasm'` WebAssembly SIMD (float32 only; an error where it cannot run),
   * `'js'` generated JavaScript, `'auto'` (the default) WebAssembly for float32 where the engine
   * has SIMD and every operation has a float32 SIMD implementation, else JavaScript.
   */
  readonly backend?: 'auto' | 'wasm' | 'js';
}

/** Each input as an array of N points, or a number used for every point. */
export type KernelInputs =
  | Readonly<Record<string, KernelArray | number>>
  | ReadonlyMap<string, KernelArray | number>;

/** A kernel's output: the value and every requested partial, each of length N. */
export interface KernelResult {
  readonly value: KernelArray;
  readonly gradient: Readonly<Record<string, KernelArray>>;
}

/** A compiled value-and-gradient kernel. */
export interface Kernel {
  /** The inputs `evaluate` needs, in order of first appearance. */
  readonly inputs: readonly string[];
  readonly wrt: readonly string[];
  readonly dtype: Dtype;
  /** What runs `evaluate`: WebAssembly SIMD or generated JavaScript (see {@link CompileOptions.backend}). */
  readonly backend: 'wasm' | 'js';
  /** The generated JavaScript, with a comment naming each intermediate (for reading; not what runs). */
  readonly source: string;
  /**
   * A standalone ES module with no dependency on bp: the kernel, the implementations of the
   * functions it calls, and `export function evaluate(inputs)` returning `{ value, gradient }`.
   */
  readonly module: string;
  /**
   * Evaluates the value and gradient at N points. With `out`, writes into its arrays and
   * allocates nothing.
   * @throws {NumericError} `missing-input`, `length-mismatch` or `dtype`, naming the input.
   */
  evaluate(inputs: KernelInputs, out?: KernelResult): KernelResult;
}

/** Throws `invalid-option` at the first `wrt` entry that is not a string holding a variable name. */
function checkWrt(wrt: unknown): void {
  if (!Array.isArray(wrt)) throw new NumericError('invalid-option', 'wrt must be an array of input names', { argument: 'wrt' });
  wrt.forEach((name: unknown, index) => {
    if (typeof name !== 'string' || !isIdentifier(name)) {
      throw new NumericError('invalid-option', `wrt[${index}] must be a variable name, found ${JSON.stringify(name) ?? String(name)}`, { argument: 'wrt', index });
    }
  });
}

/** Checks the options of {@link compile} and returns the dtype. */
function checkOptions(options: CompileOptions): Dtype {
  const dtype = options.dtype ?? 'float64';
  if (dtype !== 'float64' && dtype !== 'float32') {
    throw new NumericError('invalid-option', `dtype must be "float64" or "float32", found ${JSON.stringify(dtype)}`, { argument: 'dtype' });
  }
  if (options.wrt !== undefined) checkWrt(options.wrt);
  const backend: unknown = options.backend ?? 'auto';
  if (backend !== 'auto' && backend !== 'wasm' && backend !== 'js') {
    throw new NumericError('invalid-option', `backend must be "auto", "wasm" or "js", found ${JSON.stringify(backend) ?? String(backend)}`, { argument: 'backend' });
  }
  return dtype;
}

function lookup(inputs: KernelInputs, name: string): KernelArray | number | undefined {
  if (inputs instanceof Map) return (inputs as ReadonlyMap<string, KernelArray | number>).get(name);
  // Own properties only: "constructor" or "__proto__" must never resolve to Object.prototype's.
  return Object.prototype.hasOwnProperty.call(inputs, name) ? (inputs as Record<string, KernelArray | number>)[name] : undefined;
}

/**
 * Compiles an expression or program and its gradient into one straight-line JavaScript loop over
 * N points held in typed arrays; shared subexpressions are computed once per point. A float32
 * kernel runs as WebAssembly SIMD instead, four points at a time, where the engine and every
 * operation allow it (see {@link CompileOptions.backend}). With `shapes`, compiles a matrix
 * program instead (see {@link compileMatrix}).
 * @throws {NumericError} `invalid-option` for a bad dtype or backend, `backend: 'wasm'` where
 * WebAssembly SIMD cannot run the kernel, a `wrt` entry that is not a variable
 * name (`position.index` says which), or a source that is neither text nor a Program;
 * {@link SymbolicError}s of the source pass through.
 * @example
 * const kernel = compile('x^2 * y');
 * kernel.evaluate({ x: new Float64Array([1, 2]), y: 3 });
 * // → { value: new Float64Array([3, 12]), gradient: { x: new Float64Array([6, 12]), y: new Float64Array([1, 4]) } }
 */
export function compile(source: string | MatrixProgram, options: MatrixCompileOptions): MatrixKernel;
export function compile(source: string | Program, options?: CompileOptions): Kernel;
export function compile(source: string | Program | MatrixProgram, options: CompileOptions | MatrixCompileOptions = {}): Kernel | MatrixKernel {
  // A program over matrices (options.shapes) is compiled onto gemm; see matrix-compile.ts.
  if ('shapes' in options) return compileMatrix(source as string | MatrixProgram, options);
  return compileScalar(source as string | Program, options);
}

/** What a scalar kernel is made of, all of it fixed by the program and the options. */
interface KernelParts {
  readonly inputs: readonly string[];
  readonly wrt: readonly string[];
  readonly dtype: Dtype;
  readonly loops: BackendLoops;
  readonly source: string;
  readonly module: string;
}

/**
 * The parts of each Program's kernels, by options. A Program never changes (its graph is frozen),
 * so its kernel does not either: a caller that compiles the same Program again (a CI batch that
 * checks one program on many lines) gets the loops already generated, and already warm, instead
 * of new code each time. Each call still returns a new Kernel object, which callers may extend.
 */
const partsByProgram = new WeakMap<Program, Map<string, KernelParts>>();

function kernelParts(source: string | Program, options: CompileOptions, dtype: Dtype): KernelParts {
  const gg = gradientGraph(source, options.wrt);
  const { graph, schedule, program } = gg;
  const wrt = [...gg.gradient.keys()];
  // Every input the source declares, even one that cancels (x - x + y): callers pass what the source names.
  const inputs = program.inputs;
  const spec: LoopSpec = {
    graph,
    schedule,
    inputSlots: new Map(inputs.map((name, slot) => [graph.inputs.get(name)!, slot])),
    outputs: [gg.output, ...gg.gradient.values()],
    forward: new Set(gg.forward),
  };
  const loops = loopsForBackend(spec, dtype, options.backend);
  const generated = readableLoop(spec, (id) => graph.labels.get(id));
  return { inputs, wrt, dtype, loops, source: kernelSource(dtype, inputs, wrt, generated.readable), module: kernelModule(generated, inputs, wrt, dtype) };
}

function cachedParts(program: Program, options: CompileOptions, dtype: Dtype): KernelParts {
  const key = JSON.stringify([dtype, options.backend ?? 'auto', options.wrt ?? null]);
  let perProgram = partsByProgram.get(program);
  const found = perProgram?.get(key);
  if (found !== undefined) return found;
  const parts = kernelParts(program, options, dtype);
  if (perProgram === undefined) {
    perProgram = new Map();
    partsByProgram.set(program, perProgram);
  }
  perProgram.set(key, parts);
  return parts;
}

function compileScalar(source: string | Program, options: CompileOptions): Kernel {
  const dtype = checkOptions(options);
  if (typeof source !== 'string' && !(typeof source === 'object' && source !== null && (source as Partial<Program>).graph instanceof Graph)) {
    throw new NumericError('invalid-option', 'the source must be text or a Program from parse()', { argument: 'source' });
  }
  return kernelOf(typeof source === 'string' ? kernelParts(source, options, dtype) : cachedParts(source, options, dtype));
}

function kernelOf(parts: KernelParts): Kernel {
  const { inputs, wrt, dtype, loops } = parts;
  const ArrayType = arrayConstructor(dtype);
  return {
    inputs,
    wrt,
    dtype,
    backend: loops.backend,
    source: parts.source,
    module: parts.module,
    evaluate(given: KernelInputs, out?: KernelResult): KernelResult {
      if (given === null || typeof given !== 'object') {
        throw new NumericError('missing-input', 'inputs must be an object mapping input names to arrays or numbers', { argument: 'inputs' });
      }
      let n = -1;
      let sizedBy = '';
      const arrays: KernelArray[] = [];
      const broadcast: boolean[] = [];
      for (const name of inputs) {
        const value = lookup(given, name);
        if (value === undefined) throw new NumericError('missing-input', `no value for the input "${name}"`, { argument: name });
        if (typeof value === 'number') {
          if (Number.isNaN(value)) throw new NumericError('invalid-option', `the input "${name}" is NaN`, { argument: name });
          arrays.push(new ArrayType([value]));
          broadcast.push(true);
          continue;
        }
        if (!(value instanceof ArrayType)) {
          throw new NumericError('dtype', `the input "${name}" must be a ${ArrayType.name} for a ${dtype} kernel, found ${describeValue(value)}`, { argument: name });
        }
        if (n >= 0 && value.length !== n) {
          throw new NumericError('length-mismatch', `the input "${name}" has ${value.length} points but "${sizedBy}" has ${n}`, { argument: name });
        }
        n = value.length;
        sizedBy = name;
        arrays.push(value);
        broadcast.push(false);
      }
      if (n < 0) n = 1;
      const result = out ?? { value: allocateArray(dtype, n, 'value'), gradient: Object.fromEntries(wrt.map((name) => [name, allocateArray(dtype, n, name)])) };
      loops(broadcast)(n, arrays, outputArrays(result, wrt, n, ArrayType));
      return result;
    },
  };
}

/** The arrays a kernel writes: the value's, then each partial's, checked for dtype and length. */
function outputArrays(result: KernelResult, wrt: readonly string[], n: number, ArrayType: Float64ArrayConstructor | Float32ArrayConstructor): KernelArray[] {
  const outs: KernelArray[] = [result.value, ...wrt.map((name) => {
    const array = Object.prototype.hasOwnProperty.call(result.gradient, name) ? result.gradient[name] : undefined;
    if (array === undefined) throw new NumericError('missing-input', `out.gradient has no array for "${name}"`, { argument: `out.gradient.${name}` });
    return array;
  })];
  outs.forEach((array, k) => {
    const label = k === 0 ? 'out.value' : `out.gradient.${wrt[k - 1]!}`;
    if (!(array instanceof ArrayType)) throw new NumericError('dtype', `${label} must be a ${ArrayType.name}`, { argument: label });
    if (array.length !== n) throw new NumericError('length-mismatch', `${label} has length ${array.length}, expected ${n}`, { argument: label });
  });
  return outs;
}

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'a plain array';
  if (ArrayBuffer.isView(value)) return `a ${value.constructor.name}`;
  return typeof value;
}
