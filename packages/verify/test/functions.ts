import { fieldFunction } from '../src/field.js';
import type { DifferentiableFunction, FieldProgram } from '../src/field.js';
import type { Dtype } from '../src/dtype.js';

/**
 * A smooth, well-scaled test function of four inputs (|f| and every |∂f/∂xᵢ| of order 1 at
 * POINT), written once against a Field so every scheme, complex step included, can run it:
 * f(x) = sin(x₀)·x₁ + ½·log(1 + x₂²) + tanh(x₃)·(x₀ − 0.4).
 */
export const SMOOTH_PROGRAM: FieldProgram = (x, F) =>
  F.add(
    F.add(F.mul(F.sin(x[0]!), x[1]!), F.mul(0.5, F.log(F.add(1, F.mul(x[2]!, x[2]!))))),
    F.mul(F.tanh(x[3]!), F.sub(x[0]!, 0.4)),
  );

/** The gradient of SMOOTH_PROGRAM, derived by hand. */
export function smoothGradient(x: Float64Array): Float64Array {
  const [x0, x1, x2, x3] = [x[0]!, x[1]!, x[2]!, x[3]!];
  return Float64Array.of(
    Math.cos(x0) * x1 + Math.tanh(x3),
    Math.sin(x0),
    x2 / (1 + x2 * x2),
    (1 - Math.tanh(x3) ** 2) * (x0 - 0.4),
  );
}

/** Where the scheme-by-dtype tests evaluate: f ≈ −0.10, ∇f ≈ (0.86, −0.64, −0.47, −1.01). */
export const POINT: readonly number[] = [-0.7, 1.5, -1.4, -0.3];

/** SMOOTH_PROGRAM in a dtype, with x and the gradient rounded the same way. */
export function smoothCase(dtype: Dtype): { f: DifferentiableFunction; x: Float64Array; gradient: Float64Array } {
  const round = dtype === 'float32' ? Math.fround : (value: number): number => value;
  const x = Float64Array.from(POINT, round);
  return { f: fieldFunction(SMOOTH_PROGRAM, { dtype }), x, gradient: smoothGradient(x).map(round) };
}
