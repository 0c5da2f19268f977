import { describe, expect, it } from 'vitest';
import { checkJacobian } from './check-jacobian.js';
import { cmul, csin, cexp } from './complex.js';
import type { Complex } from './complex.js';
import type { Scheme } from './finite-difference.js';

// f: R³ → R², f = (x₀·x₁ + sin x₂, exp(x₀)·x₂).
const f = (x: Float64Array): number[] => [x[0]! * x[1]! + Math.sin(x[2]!), Math.exp(x[0]!) * x[2]!];
const complexF = (z: readonly Complex[]): Complex[] => [
  { re: z[0]!.re * z[1]!.re - z[0]!.im * z[1]!.im + csin(z[2]!).re, im: cmul(z[0]!, z[1]!).im + csin(z[2]!).im },
  cmul(cexp(z[0]!), z[2]!),
];
const jacobian = (x: Float64Array): number[][] => [
  [x[1]!, x[0]!, Math.cos(x[2]!)],
  [Math.exp(x[0]!) * x[2]!, 0, Math.exp(x[0]!)],
];
const x = Float64Array.of(0.5, -1.2, 0.8);

describe('checkJacobian', () => {
  for (const scheme of ['forward', 'central', 'richardson', 'complex-step'] as Scheme[]) {
    it(`passes a correct Jacobian and names a wrong entry by row and column (${scheme})`, () => {
      expect(checkJacobian(f, jacobian, x, { scheme, complex: complexF }).ok).toBe(true);
      const wrong = jacobian(x);
      wrong[1]![2] = wrong[1]![2]! * 1.001;
      const result = checkJacobian(f, wrong, x, { scheme, complex: complexF });
      expect(result.ok).toBe(false);
      expect(result.kind).toBe('jacobian');
      expect(result.worst[0]).toMatchObject({ index: 1 * 3 + 2, row: 1, column: 2, ok: false });
      expect(result.checked).toBe(6);
    });
  }

  it('accepts a row-major Float64Array', () => {
    const flat = Float64Array.from(jacobian(x).flat());
    expect(checkJacobian(f, flat, x).ok).toBe(true);
    flat[1] = 7;
    expect(checkJacobian(f, flat, x).worst[0]).toMatchObject({ row: 0, column: 1 });
  });

  it('costs one column of differences per input, whatever the number of outputs', () => {
    let calls = 0;
    const counted = (y: Float64Array): number[] => {
      calls++;
      return f(y);
    };
    const result = checkJacobian(counted, jacobian, x, { kinks: false });
    expect(result.evaluations).toBe(1 + 2 * 3);
    expect(calls).toBe(7);
  });

  it('reports a kink per entry', () => {
    const g = (y: Float64Array): number[] => [Math.abs(y[0]!), y[0]! * y[1]!];
    const result = checkJacobian(g, [[0, 0], [0, 0]], Float64Array.of(0, 0));
    expect(result.ok).toBe(true);
    expect(result.kinks).toEqual([0]);
  });

  it('rejects a Jacobian of the wrong shape at the offending dimension', () => {
    expect(() => checkJacobian(f, [[1, 2, 3]], x)).toThrow(
      expect.objectContaining({ code: 'dimension', position: { parameter: 'jacobian', coordinate: 1 } }),
    );
    expect(() => checkJacobian(f, [[1, 2, 3], [1, 2]], x)).toThrow(
      expect.objectContaining({ code: 'dimension', position: { parameter: 'jacobian[1]', coordinate: 2 } }),
    );
    expect(() => checkJacobian(f, new Float64Array(5), x)).toThrow(
      expect.objectContaining({ code: 'dimension', position: { parameter: 'jacobian', coordinate: 5 } }),
    );
  });

  it('rejects an f whose number of outputs changes', () => {
    const unstable = (y: Float64Array): number[] => (y[0] === 0.5 ? [1, 2] : [1]);
    expect(() => checkJacobian(unstable, [[0, 0, 0], [0, 0, 0]], x)).toThrow(
      expect.objectContaining({ code: 'dimension', position: { parameter: 'f', coordinate: 1 } }),
    );
  });

  it('fails the whole check when an output is not finite at x', () => {
    const result = checkJacobian(() => [1, Number.NaN], [[0], [0]], Float64Array.of(1));
    expect(result).toMatchObject({ ok: false, reason: 'f(x)[1] is NaN' });
  });
});
