import { pointMap, type Point } from './evaluate.js';
import { hessianAt, type HessianResult } from './hessian.js';
import { isPositiveDefinite, solveLinear } from './internal/linear-algebra.js';
import type { Program } from './parse.js';
import { toProgram } from './program.js';

/** One step of Newton's method at a point: solve H·d = −∇f and move to x + d. */
export interface NewtonStep extends HessianResult {
  /** The inputs stepped, in order. */
  readonly wrt: readonly string[];
  /** The point the step starts from. */
  readonly at: Readonly<Record<string, number>>;
  /** Whether H is positive definite here (its Cholesky factorisation exists): then d heads for the model's minimum. */
  readonly positiveDefinite: boolean;
  /** The step d, absent when H is singular. */
  readonly step?: Readonly<Record<string, number>>;
  /** The point x + d (inputs not stepped keep their values), absent when H is singular. */
  readonly next?: Readonly<Record<string, number>>;
}

/**
 * One step of Newton's method: the value, gradient and Hessian at a point (as {@link hessianAt}),
 * and the step d = −H⁻¹∇f by Gaussian elimination with partial pivoting. On a quadratic with a
 * positive definite Hessian, one step lands on the minimum.
 * @throws {SymbolicError} as {@link hessianAt}.
 * @example
 * newtonStep('(x - 1)^2 + 2*(y + 3)^2', { x: 4, y: 2 }).next; // → { x: 1, y: -3 }
 */
export function newtonStep(source: string | Program, at: Point, options: { readonly wrt?: readonly string[] } = {}): NewtonStep {
  const program = toProgram(source);
  const wrt = [...new Set(options.wrt ?? program.inputs)];
  const point = Object.fromEntries(pointMap(at));
  const result = hessianAt(program, point, { wrt });
  const H = wrt.map((a) => wrt.map((b) => result.hessian[a]![b]!));
  const d = solveLinear(H, wrt.map((name) => -result.gradient[name]!));
  const base = { ...result, wrt, at: point, positiveDefinite: isPositiveDefinite(H) };
  if (d === undefined) return base;
  return {
    ...base,
    step: Object.fromEntries(wrt.map((name, i) => [name, d[i]!])),
    next: { ...point, ...Object.fromEntries(wrt.map((name, i) => [name, (point[name] ?? 0) + d[i]!])) },
  };
}
