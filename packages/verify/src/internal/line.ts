import type { Complex } from '../complex.js';
import type { Dtype } from '../dtype.js';
import type { ComplexVectorFunction, VectorFunction } from '../vector-function.js';
import type { Line } from './difference.js';
import { guarded } from './guard.js';
import { requireComplex, requireScalar } from './validate.js';

/** The dtype a function declares (fieldFunction sets it), if any. */
export function declaredDtype(f: unknown): Dtype | undefined {
  const own = typeof f === 'function' ? (f as { dtype?: unknown }).dtype : undefined;
  return own === 'float32' || own === 'float64' ? own : undefined;
}

/** f along coordinate `index` of x: t ↦ f(x with xᵢ = t). */
export function coordinateLine(f: VectorFunction, complex: ComplexVectorFunction | undefined, x: Float64Array, index: number): Line {
  return {
    outputs: 1,
    real: (t) => {
      const y = Float64Array.from(x);
      y[index] = t;
      const value = guarded(() => f(y), { parameter: 'f', coordinate: index }, `evaluated it with x[${index}] = ${t} for a finite difference`);
      return Float64Array.of(requireScalar(value, 'f'));
    },
    complex:
      complex &&
      ((z) => {
        const w = Array.from(x, (value): Complex => ({ re: value, im: 0 }));
        w[index] = z;
        const value = guarded(() => complex(w), { parameter: 'options.complex', coordinate: index }, `evaluated it for a complex step along x[${index}]`);
        return [requireComplex(value, 'options.complex')];
      }),
  };
}

/** f along a direction: t ↦ f(x + t·v). */
export function directionLine(
  f: VectorFunction,
  complex: ComplexVectorFunction | undefined,
  x: Float64Array,
  v: Float64Array,
): Line {
  return {
    outputs: 1,
    real: (t) => {
      const y = new Float64Array(x.length);
      for (let i = 0; i < y.length; i++) y[i] = x[i]! + t * v[i]!;
      const value = guarded(() => f(y), { parameter: 'f' }, `evaluated it at x + ${t}·v for a directional finite difference`);
      return Float64Array.of(requireScalar(value, 'f'));
    },
    complex:
      complex &&
      ((z) => {
        const w = Array.from(x, (value, i): Complex => ({ re: value + z.re * v[i]!, im: z.im * v[i]! }));
        const value = guarded(() => complex(w), { parameter: 'options.complex' }, 'evaluated it for a complex step along a direction');
        return [requireComplex(value, 'options.complex')];
      }),
  };
}

/**
 * The step scale of a directional derivative: the perturbation t·v should move the largest
 * coordinate by about as much as a partial derivative's step would, so t scales with
 * max(1, ‖x‖∞) / ‖v‖∞.
 */
export function directionScale(x: Float64Array, v: Float64Array): number {
  let xMax = 1;
  let vMax = 0;
  for (let i = 0; i < x.length; i++) {
    xMax = Math.max(xMax, Math.abs(x[i]!));
    vMax = Math.max(vMax, Math.abs(v[i]!));
  }
  return xMax / vMax;
}
