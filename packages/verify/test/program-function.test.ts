import { gradient } from '@bp/symbolic';
import { describe, expect, it } from 'vitest';
import { checkGradient, partialDerivative, programFunction } from '../src/index.js';

describe('programFunction', () => {
  it('runs a program on complex numbers: the complex step agrees with the symbolic gradient to 1e-14', () => {
    const source = 'z = w*x + b; a = sigmoid(z); L = (y - a)^2 / 2 + log(1 + x^2) * tanh(w)';
    const at = { w: 0.5, x: 2, b: 1, y: 1 };
    const f = programFunction(source);
    const x = new Float64Array([0.5, 2, 1, 1]);
    const symbolic = gradient(source, at).gradient;
    ['w', 'x', 'b', 'y'].forEach((name, i) => {
      const step = partialDerivative(f, x, i, { scheme: 'complex-step' });
      expect(Math.abs(step.value - symbolic[name]!)).toBeLessThan(1e-14 * (1 + Math.abs(symbolic[name]!)));
    });
    expect(checkGradient(f, Float64Array.from(['w', 'x', 'b', 'y'], (n) => symbolic[n]!), x, { scheme: 'complex-step' }).ok).toBe(true);
  });

  it('holds inputs outside wrt at the given point', () => {
    const f = programFunction('x^2 * y', { wrt: ['x'], at: { y: 3 } });
    expect(f(new Float64Array([2]))).toBe(12);
  });

  it('refuses a program with a function the complex field lacks', () => {
    expect(() => programFunction('erf(x)')).toThrow(expect.objectContaining({ code: 'invalid-argument', position: { parameter: 'source' } }));
  });
});
