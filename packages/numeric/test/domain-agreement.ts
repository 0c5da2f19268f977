import { gradient, isSymbolicError } from '@bp/symbolic';
import { expect } from 'vitest';
import type { Kernel } from '../src/compile.js';

/**
 * Checks a compiled kernel against @bp/symbolic's gradient on a small grid of points: NaN exactly
 * where the symbolic gradient is an error, otherwise equal within `tolerance` × (1 + |expected|).
 */
export function expectNaNWhereSymbolicErrs(source: string, kernel: Kernel, tolerance: number): void {
  const grid = [-2, -1, -0.5, 0, 0.5, 1, 2, 3];
  const ArrayType = kernel.dtype === 'float32' ? Float32Array : Float64Array;
  for (const v of grid) {
    const point = Object.fromEntries(kernel.inputs.map((name, i) => [name, i === 0 ? v : grid[(grid.indexOf(v) + 3) % grid.length]!]));
    let symbolic: Record<string, number> | undefined;
    try {
      symbolic = gradient(source, point).gradient;
    } catch (error) {
      if (!isSymbolicError(error)) throw error;
    }
    const compiled = kernel.evaluate(Object.fromEntries(Object.entries(point).map(([n, x]) => [n, ArrayType.of(x)])));
    for (const name of kernel.wrt) {
      const value = compiled.gradient[name]![0]!;
      // NaN where symbolic is an error; otherwise equal to rounding.
      const expected = symbolic === undefined ? Number.NaN : symbolic[name]!;
      const agrees = Number.isNaN(expected) ? Number.isNaN(value) : Math.abs(value - expected) <= tolerance * (1 + Math.abs(expected));
      expect(agrees, `${source} at ${JSON.stringify(point)}: kernel ${value}, symbolic ${expected}`).toBe(true);
    }
  }
}
