import { describe, expect, it } from 'vitest';
import { checkHessian } from './check-hessian.js';
import { secondDifferenceStep } from './internal/second-difference.js';

// f = x²y + sin(x)·e^y; hand-derived: f_xx = 2y − sin(x)e^y, f_xy = 2x + cos(x)e^y, f_yy = sin(x)e^y
const f = (x: Float64Array): number => x[0]! ** 2 * x[1]! + Math.sin(x[0]!) * Math.exp(x[1]!);
const gradient = (x: Float64Array): number[] => [2 * x[0]! * x[1]! + Math.cos(x[0]!) * Math.exp(x[1]!), x[0]! ** 2 + Math.sin(x[0]!) * Math.exp(x[1]!)];
const hessian = (x: Float64Array): number[][] => {
  const [a, b] = [x[0]!, x[1]!];
  const s = Math.sin(a) * Math.exp(b);
  const c = Math.cos(a) * Math.exp(b);
  return [[2 * b - s, 2 * a + c], [2 * a + c, s]];
};
const x0 = Float64Array.of(0.7, -0.3);

describe('checkHessian', () => {
  it('passes a correct Hessian from second differences of f and from differences of the gradient', () => {
    const fromF = checkHessian(f, hessian, x0);
    expect(fromF).toMatchObject({ ok: true, kind: 'hessian', checked: 4, failures: 0 });
    expect(fromF.maxRelError).toBeLessThan(1e-6);
    const fromGradient = checkHessian(f, hessian, x0, { gradient });
    expect(fromGradient).toMatchObject({ ok: true, kind: 'hessian', checked: 4 });
    expect(fromGradient.maxRelError).toBeLessThan(1e-9);
  });

  it('fails a 1e-3 relative error in one entry and names it, in both modes', () => {
    const wrong = (x: Float64Array): number[][] => {
      const h = hessian(x);
      h[1]![0]! *= 1.001;
      return h;
    };
    for (const result of [checkHessian(f, wrong, x0), checkHessian(f, wrong, x0, { gradient })]) {
      expect(result.ok).toBe(false);
      expect(result.failures).toBe(1);
      expect(result.worst[0]).toMatchObject({ index: 2, row: 1, column: 0, ok: false });
    }
  });

  it('lists a kink of f′ instead of failing it, and passes the first-order convention there', () => {
    // relu(x)·y at x = 0: ∂²/∂x² is a delta (f′ jumps), ∂²/∂x∂y jumps from 0 to 1; bp's convention gives 0 for both.
    const relu = (x: Float64Array): number => Math.max(x[0]!, 0) * x[1]!;
    const result = checkHessian(relu, [[0, 0], [0, 0]], Float64Array.of(0, 3));
    expect(result.ok).toBe(true);
    expect(result.kinks).toEqual([0, 1, 2]);
    // Away from the kink the same check is strict: the mixed partial there is 1.
    expect(checkHessian(relu, [[0, 1], [1, 0]], Float64Array.of(0.5, 3)).ok).toBe(true);
    expect(checkHessian(relu, [[0, 0], [0, 0]], Float64Array.of(0.5, 3)).ok).toBe(false);
  });

  it('does not take an inflection point for a kink', () => {
    // x³ at 0: f″ = 0, and the one-sided second differences are ∓6h, a slope, not a jump.
    const cube = (x: Float64Array): number => x[0]! ** 3;
    const right = checkHessian(cube, [[0]], Float64Array.of(0));
    expect(right).toMatchObject({ ok: true, kinks: [] });
    expect(checkHessian(cube, [[0.01]], Float64Array.of(0)).ok).toBe(false);
  });

  it('steps by the fourth root of epsilon, scaled by the coordinate', () => {
    expect(secondDifferenceStep(1, 'float64')).toBeCloseTo(2 ** -13, 10);
    expect(secondDifferenceStep(1000, 'float64') / secondDifferenceStep(1, 'float64')).toBeCloseTo(1000, 2);
    expect(secondDifferenceStep(0, 'float32')).toBeCloseTo(Math.pow(2 ** -23, 1 / 4), 6);
  });

  it('checks a float32 function with float32 tolerances', () => {
    const f32 = (x: Float64Array): number => Math.fround(Math.fround(x[0]! * x[0]!) * Math.fround(x[1]!));
    expect(checkHessian(f32, [[2 * 1.5, 2 * 2], [4, 0]], Float64Array.of(2, 1.5), { dtype: 'float32' }).ok).toBe(true);
    expect(checkHessian(f32, [[3, 4.4], [4.4, 0]], Float64Array.of(2, 1.5), { dtype: 'float32' }).ok).toBe(false);
  });

  it('rejects a Hessian of the wrong shape, naming where', () => {
    expect(() => checkHessian(f, [1, 2, 3], x0)).toThrow(expect.objectContaining({ code: 'dimension', position: { parameter: 'hessian', coordinate: 3 } }));
    expect(() => checkHessian(f, [[1, 2]], x0)).toThrow(expect.objectContaining({ code: 'dimension' }));
    expect(() => checkHessian(f, [[1, 2], [3, 4]], Float64Array.of(1, Number.NaN))).toThrow(expect.objectContaining({ code: 'non-finite' }));
    expect(() => checkHessian(f, [[1, 2], [3, 4]], x0, { gradient: 3 as never })).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
  });

  it('fails the whole check when f(x) is not finite', () => {
    const result = checkHessian(() => Number.NaN, [[0]], Float64Array.of(1));
    expect(result.ok).toBe(false);
    expect(result.reason).toContain('NaN');
  });
});
