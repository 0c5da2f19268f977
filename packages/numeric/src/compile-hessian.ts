import type { MatrixProgram, Program } from '@bp/symbolic';
import { compile as compileFirstOrder, type Kernel } from './compile.js';
import type { MatrixCompileOptions, MatrixKernel } from './matrix-compile.js';
import { secondOrder, type SecondOrder, type SecondOrderCompileOptions } from './hvp.js';

/** A kernel compiled with `hessian: true`: value and gradient, plus Hessian-vector products and the Hessian. */
export type HessianKernel = Kernel & SecondOrder;

/**
 * Compiles an expression or program and its gradient into one straight-line JavaScript loop over
 * N points held in typed arrays (see the first-order `compile`); with `hessian: true` the kernel
 * also has `hvp(inputs, v)`, Hessian-vector products by forward mode over reverse in one
 * generated loop, and `hessian(inputs)`, the full Hessian from one product per input.
 * @throws {NumericError} `invalid-option` for a bad dtype or wrt; {@link SymbolicError}s of the source pass through.
 * @example
 * const kernel = compile('x^2 * y', { hessian: true });
 * // H = [[2y, 2x], [2x, 0]] = [[4, 6], [6, 0]] at x = 3, y = 2, so H·(1, 1) = (10, 6)
 * kernel.hvp({ x: new Float64Array([3]), y: new Float64Array([2]) }, { x: 1, y: 1 }).hvp;
 * // → { x: new Float64Array([10]), y: new Float64Array([6]) }
 */
export function compile(source: string | Program, options: SecondOrderCompileOptions & { readonly hessian: true }): HessianKernel;
export function compile(source: string | MatrixProgram, options: MatrixCompileOptions): MatrixKernel;
export function compile(source: string | Program, options?: SecondOrderCompileOptions): Kernel;
export function compile(
  source: string | Program | MatrixProgram,
  options: SecondOrderCompileOptions | MatrixCompileOptions = {},
): Kernel | HessianKernel | MatrixKernel {
  // A program over matrices (options.shapes) is first order only; compile.ts sends it onto gemm.
  if ('shapes' in options) return compileFirstOrder(source as string | MatrixProgram, options);
  const { hessian, ...firstOrder } = options;
  const kernel = compileFirstOrder(source as string | Program, firstOrder);
  if (hessian !== true) return kernel;
  return Object.assign(kernel, secondOrder(source as string | Program, kernel.wrt, kernel.dtype));
}
