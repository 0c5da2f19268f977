import { describe, expect, it } from 'vitest';
import * as verify from '@bp/verify';
import { checkGradient, complex } from '@bp/verify';

describe('complex arithmetic', () => {
  it('lives behind the one complex namespace, not at the root', () => {
    for (const name of ['cadd', 'cmul', 'cexp', 'isComplex', 'csigmoid']) {
      expect(verify).not.toHaveProperty(name);
      expect(complex).toHaveProperty(name);
    }
  });

  it('writes f on complex numbers for a complex-step check', () => {
    // f(x) = exp(x₀)·x₁: ∂f/∂x₀ = exp(x₀)·x₁, ∂f/∂x₁ = exp(x₀), by hand.
    const f = (x: Float64Array): number => Math.exp(x[0]!) * x[1]!;
    const fc = (z: readonly complex.Complex[]): complex.Complex => complex.cmul(complex.cexp(z[0]!), z[1]!);
    const x = new Float64Array([0.5, 2]);
    const result = checkGradient(f, [Math.exp(0.5) * 2, Math.exp(0.5)], x, { scheme: 'complex-step', complex: fc });
    expect(result.ok).toBe(true);
    expect(result.maxRelError).toBeLessThan(1e-15);
    expect(complex.cmul(complex.complex(0, 1), complex.complex(0, 1))).toEqual({ re: -1, im: 0 });
  });
});
