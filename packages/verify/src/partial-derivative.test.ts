import { describe, expect, it } from 'vitest';
import { smoothCase } from '../test/functions.js';
import type { Scheme } from './finite-difference.js';
import { directionalDerivative, partialDerivative } from './partial-derivative.js';

const SCHEMES: readonly Scheme[] = ['forward', 'central', 'richardson', 'complex-step'];

describe('partialDerivative', () => {
  it('matches the hand-derived gradient component by component with every scheme', () => {
    const { f, x, gradient } = smoothCase('float64');
    const tolerance: Record<Scheme, number> = { forward: 1e-7, central: 1e-9, richardson: 1e-11, 'complex-step': 1e-15 };
    for (const scheme of SCHEMES) {
      for (let i = 0; i < x.length; i++) {
        const estimate = partialDerivative(f, x, i, { scheme });
        expect(Math.abs(estimate.value - gradient[i]!)).toBeLessThan(tolerance[scheme]);
      }
    }
  });

  it('does not modify x or keep a reference the function could change', () => {
    const x = Float64Array.of(1, 2);
    const f = (y: Float64Array): number => {
      const value = y[0]! * y[1]!;
      y[0] = 99;
      return value;
    };
    expect(partialDerivative(f, x, 1).value).toBeCloseTo(1, 9);
    expect(Array.from(x)).toEqual([1, 2]);
  });

  it('rejects an index outside x at the index', () => {
    const { f, x } = smoothCase('float64');
    for (const index of [-1, 4, 1.5]) {
      expect(() => partialDerivative(f, x, index)).toThrow(
        expect.objectContaining({ code: 'dimension', position: { parameter: 'index', coordinate: index } }),
      );
    }
  });

  it('needs a complex version of f for complex step', () => {
    expect(() => partialDerivative((y) => y[0]!, Float64Array.of(1), 0, { scheme: 'complex-step' })).toThrow(
      expect.objectContaining({ code: 'invalid-argument', position: { parameter: 'f' } }),
    );
  });
});

describe('directionalDerivative', () => {
  it('equals ∇f · v with every scheme', () => {
    const { f, x, gradient } = smoothCase('float64');
    const v = Float64Array.of(0.3, -1, 2, 0.5);
    const exact = gradient.reduce((sum, g, i) => sum + g * v[i]!, 0);
    const tolerance: Record<Scheme, number> = { forward: 1e-6, central: 1e-8, richardson: 1e-10, 'complex-step': 1e-14 };
    const beyond = SCHEMES.map((scheme) => ({ scheme, error: Math.abs(directionalDerivative(f, x, v, { scheme }).value - exact) })).filter(
      ({ scheme, error }) => !(error < tolerance[scheme]),
    );
    expect(beyond).toEqual([]);
  });

  it('costs one scalar derivative whatever the dimension', () => {
    let calls = 0;
    const n = 10_000;
    const f = (y: Float64Array): number => {
      calls++;
      return y.reduce((sum, value) => sum + value * value, 0);
    };
    const x = new Float64Array(n).fill(1);
    const v = new Float64Array(n).fill(1 / Math.sqrt(n));
    const estimate = directionalDerivative(f, x, v);
    expect(estimate.value / (2 * Math.sqrt(n))).toBeCloseTo(1, 7);
    expect(estimate.evaluations).toBe(2);
    expect(calls).toBe(2);
  });

  it('rejects a direction of the wrong length, with NaN, or zero', () => {
    const { f, x } = smoothCase('float64');
    expect(() => directionalDerivative(f, x, Float64Array.of(1, 0))).toThrow(
      expect.objectContaining({ code: 'dimension', position: { parameter: 'direction', coordinate: 2 } }),
    );
    expect(() => directionalDerivative(f, x, Float64Array.of(1, 0, Number.NaN, 0))).toThrow(
      expect.objectContaining({ code: 'non-finite', position: { parameter: 'direction', coordinate: 2 } }),
    );
    expect(() => directionalDerivative(f, x, new Float64Array(4))).toThrow(
      expect.objectContaining({ code: 'invalid-argument', position: { parameter: 'direction' } }),
    );
  });
});
