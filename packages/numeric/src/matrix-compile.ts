import { parseMatrix, type MatrixOptions, type MatrixProgram, type Shape } from '@bp/symbolic';
import { NumericError } from './errors.js';
import type { Dtype, FloatArray } from './dtype.js';
import { instantiateMatrix, layoutProgram, matrixModule } from './internal/codegen/index.js';
import { gemm } from './matmul.js';

/** Options for {@link compileMatrix}. */
export interface MatrixCompileOptions extends MatrixOptions {
  /** Inputs to differentiate with respect to; default every input. */
  readonly wrt?: readonly string[];
  /** Default `float64`. */
  readonly dtype?: Dtype;
}

/** A matrix kernel's output: the scalar value and each gradient, row-major in its input's shape. */
export interface MatrixKernelResult {
  readonly value: number;
  readonly gradient: Readonly<Record<string, FloatArray>>;
}

/** A compiled matrix program with its gradient. */
export interface MatrixKernel {
  readonly inputs: readonly string[];
  readonly wrt: readonly string[];
  readonly dtype: Dtype;
  /** Each input's shape. */
  readonly shapes: Readonly<Record<string, Shape>>;
  /** The generated body (buffer slots, literals, gemm calls and fused loops), for reading. */
  readonly source: string;
  /** A standalone ES module with no dependency on bp (a plain gemm instead of @bp/numeric's). */
  readonly module: string;
  /**
   * The value and gradient at one point: each input row-major in its shape (a number for a
   * scalar). Allocates nothing: the result and its arrays are reused by the next call.
   * @throws {NumericError} `missing-input`, `length-mismatch` or `dtype`, naming the input.
   */
  evaluate(inputs: Readonly<Record<string, FloatArray | number>>): MatrixKernelResult;
}

function checkInput(name: string, value: FloatArray | number | undefined, shape: Shape, dtype: Dtype): void {
  if (value === undefined) throw new NumericError('missing-input', `no value for "${name}"`, { argument: name });
  if (typeof value === 'number') {
    if (shape[0] !== 1 || shape[1] !== 1) throw new NumericError('length-mismatch', `"${name}" is ${shape[0]}×${shape[1]}, found a number`, { argument: name });
    return;
  }
  const Type = dtype === 'float32' ? Float32Array : Float64Array;
  if (!(value instanceof Type)) throw new NumericError('dtype', `"${name}" must be a ${Type.name} for a ${dtype} kernel`, { argument: name });
  if (value.length !== shape[0] * shape[1]) {
    throw new NumericError('length-mismatch', `"${name}" is ${shape[0]}×${shape[1]} (${shape[0] * shape[1]} entries), found ${value.length}`, { argument: name });
  }
}

/**
 * Compiles a matrix program and its gradient into a kernel whose matrix products run on
 * @bp/numeric's gemm (transposes read in place through its transposed variants), whose
 * element-wise parts are fused into one loop per materialised matrix, and which allocates
 * nothing after compiling. The code is generated from the graph only: buffer slots, numeric
 * literals and table indices, never source text.
 * @throws {SymbolicError} for a program that does not parse or whose shapes do not fit.
 * @example
 * const k = compileMatrix("x'*x", { shapes: { x: [2] } });
 * k.evaluate({ x: Float64Array.of(1, 2) }).gradient.x; // → new Float64Array([2, 4])
 */
export function compileMatrix(source: string | MatrixProgram, options: MatrixCompileOptions): MatrixKernel {
  const program = typeof source === 'string' ? parseMatrix(source, options) : source;
  const dtype = options.dtype ?? 'float64';
  const { layout, body, tables, wrt } = layoutProgram(program, options.wrt);
  const Type = dtype === 'float32' ? Float32Array : Float64Array;
  const buffers: FloatArray[] = layout.sizes.map((size) => new Type(size));
  for (const [slot, fill] of layout.fills) {
    const buffer = buffers[slot]!;
    if (fill !== 'identity') buffer.fill(fill);
    else for (let i = 0, n = Math.round(Math.sqrt(buffer.length)); i < n; i++) buffer[i * (n + 1)] = 1;
  }
  const run = instantiateMatrix(body, product);
  const shapes = Object.fromEntries(program.inputs.map((name) => [name, program.shapes.get(name)!]));
  const gradient: Record<string, FloatArray> = {};
  wrt.forEach((name, i) => {
    const shape = program.shapes.get(name) ?? [1, 1];
    gradient[name] = new Type(shape[0] * shape[1]).fill(layout.fixed[i] ?? 0);
  });
  const result = { value: 0, gradient };
  const own = layout.inputSlots.map((slot) => (slot === undefined ? undefined : buffers[slot]!));
  const names = program.inputs;
  return {
    inputs: names, wrt, dtype, shapes, source: body,
    module: matrixModule(body, tables, layout, { inputs: names, wrt, shapes }, dtype),
    evaluate(inputs) {
      for (let i = 0; i < names.length; i++) {
        const name = names[i]!;
        const value = Object.prototype.hasOwnProperty.call(inputs, name) ? inputs[name] : undefined;
        checkInput(name, value, shapes[name]!, dtype);
        const slot = layout.inputSlots[i];
        if (slot === undefined) continue;
        if (typeof value === 'number') own[i]![0] = value;
        buffers[slot] = typeof value === 'number' ? own[i]! : value!;
      }
      run(buffers);
      result.value = layout.fixedValue ?? buffers[layout.valueSlot!]![0]!;
      for (let i = 0; i < wrt.length; i++) {
        const slot = layout.gradientSlots[i];
        if (slot !== undefined) gradient[wrt[i]!]!.set(buffers[slot]!);
      }
      return result;
    },
  };
}

/** @bp/numeric's gemm in the generated code's argument order, overwriting c. */
function product(ta: boolean, tb: boolean, m: number, n: number, k: number, a: FloatArray, b: FloatArray, c: FloatArray): void {
  gemm(ta, tb, m, n, k, a, b, c, false);
}
