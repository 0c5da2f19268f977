import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { POINT, SMOOTH_PROGRAM, smoothCase, smoothGradient } from '../test/functions.js';
import { checkGradient } from './check-gradient.js';
import { cmul, csin } from './complex.js';
import { fieldFunction } from './field.js';
import type { Scheme } from './finite-difference.js';

const SCHEMES: readonly Scheme[] = ['forward', 'central', 'richardson', 'complex-step'];
const DTYPES = ['float64', 'float32'] as const;

describe('checkGradient on a smooth function', () => {
  for (const dtype of DTYPES) {
    for (const scheme of SCHEMES) {
      it(`passes a correct gradient and puts a component off by 1e-3 first (${scheme}, ${dtype})`, () => {
        const { f, x, gradient } = smoothCase(dtype);
        const good = checkGradient(f, gradient, x, { scheme });
        expect(good.ok).toBe(true);
        expect(good.failures).toBe(0);
        expect(good.kinks).toEqual([]);
        expect(good.dtype).toBe(dtype);
        expect(good.scheme).toBe(scheme);
        for (let index = 0; index < x.length; index++) {
          const wrong = Float64Array.from(gradient);
          wrong[index] = wrong[index]! * (1 + 1e-3);
          const bad = checkGradient(f, wrong, x, { scheme });
          expect(bad.ok).toBe(false);
          expect(bad.failures).toBe(1);
          const first = bad.worst[0]!;
          expect(first).toMatchObject({ index, ok: false, kink: false, analytic: wrong[index] });
          expect(Math.abs(first.relError - 1e-3)).toBeLessThan(1e-4);
          expect(Math.abs(first.numeric - gradient[index]!)).toBeLessThan(first.tolerance);
          expect(bad.worst.slice(1).every((entry) => entry.ok)).toBe(true);
        }
      });
    }
  }

  it('evaluates a float32 check at x rounded to float32, where f really computes', () => {
    const { f } = smoothCase('float32');
    const x = Float64Array.of(0.1, 1 / 3, -0.7, 0.45);
    const seen: number[][] = [];
    const gradient = (y: Float64Array): Float64Array => {
      seen.push(Array.from(y));
      return smoothGradient(y).map(Math.fround);
    };
    for (const scheme of SCHEMES) expect(checkGradient(f, gradient, x, { scheme }).ok).toBe(true);
    expect(seen[0]).toEqual(Array.from(x, Math.fround));
  });

  it('takes its dtype from the function when the options do not give one', () => {
    const { f, x, gradient } = smoothCase('float32');
    expect(checkGradient(f, gradient, x).dtype).toBe('float32');
    expect(checkGradient(f, gradient, x, { dtype: 'float64' }).dtype).toBe('float64');
    expect(checkGradient((y) => y[0]!, [1], Float64Array.of(0)).dtype).toBe('float64');
  });

  it('passes correct gradients at random points in float64 with every scheme', () => {
    const f = fieldFunction(SMOOTH_PROGRAM);
    const coordinate = fc.double({ min: -2, max: 2, noNaN: true });
    fc.assert(
      fc.property(fc.tuple(coordinate, coordinate, coordinate, coordinate), (point) => {
        const x = Float64Array.from(point);
        for (const scheme of SCHEMES) expect(checkGradient(f, smoothGradient, x, { scheme }).ok).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  it('measures errors as documented: abs |a − n|, rel |a − n| / max(|a|, |n|)', () => {
    const f = (x: Float64Array): number => x[0]! * x[1]!;
    const result = checkGradient(f, [2, 3.3], Float64Array.of(3, 2), { scheme: 'richardson' });
    const entry = result.worst[0]!;
    expect(entry.index).toBe(1);
    expect(entry.numeric).toBeCloseTo(3, 10);
    expect(entry.absError).toBeCloseTo(0.3, 10);
    expect(entry.relError).toBeCloseTo(0.3 / 3.3, 10);
    expect(result.maxAbsError).toBe(entry.absError);
    expect(result.maxRelError).toBe(entry.relError);
    // atol scales with max(1, |f(x)|) = 6 unless given.
    expect(result.atol).toBeCloseTo(6e-10, 20);
    expect(checkGradient(f, [2, 3.3], Float64Array.of(3, 2), { atol: 1e-3 }).atol).toBe(1e-3);
  });

  it('never claims more precision than the differences have, unless atol is given', () => {
    // In float32, f ≈ 1000 carries rounding noise of about 6e-5 in each value: a forward
    // difference cannot resolve the derivative to better than about ε·|f|/h ≈ 0.35.
    const f = fieldFunction((y, F) => F.add(1000, F.sin(y[0]!)), { dtype: 'float32' });
    const x = Float64Array.of(Math.fround(0.5));
    const result = checkGradient(f, [Math.cos(0.5)], x, { scheme: 'forward' });
    expect(result.ok).toBe(true);
    const entry = result.worst[0]!;
    expect(entry.numericError).toBeGreaterThan(0.1);
    expect(entry.tolerance).toBeGreaterThanOrEqual(2 * entry.numericError);
    expect(entry.absError).toBeGreaterThan(1e-3);
    expect(checkGradient(f, [Math.cos(0.5)], x, { scheme: 'forward', atol: 1e-3 }).ok).toBe(false);
    // Central differences in float64 resolve it: the floor does not hide a 1e-3 error there.
    const f64 = (y: Float64Array): number => 1000 + Math.sin(y[0]!);
    expect(checkGradient(f64, [Math.cos(0.5) * 1.001], x).ok).toBe(false);
  });

  it('takes a failing difference again at half the step when truncation error is at work', () => {
    // sin(8·x) in float32 at x = 0.1: the central step 4.9e-3 leaves h²·|f'''|/6 ≈ 1.4e-3.
    const f = fieldFunction((y, F) => F.sin(F.mul(8, y[0]!)), { dtype: 'float32' });
    const x = Float64Array.of(Math.fround(0.1));
    const exact = 8 * Math.cos(8 * x[0]!);
    const result = checkGradient(f, [exact], x);
    expect(result.ok).toBe(true);
    expect(result.evaluations).toBe(1 + 2 + 2);
    expect(Math.abs(result.worst[0]!.numeric - exact)).toBeLessThan(2e-4);
    expect(checkGradient(f, [exact * 1.001], x).ok).toBe(false);
  });

  it('applies the tolerance as |a − n| ≤ atol + rtol·|n|', () => {
    const f = (x: Float64Array): number => 10 * x[0]!;
    const loose = checkGradient(f, [10.5], Float64Array.of(1), { rtol: 0.04, atol: 0.1 });
    expect(loose.ok).toBe(true);
    expect(loose.worst[0]!.tolerance).toBeCloseTo(0.5, 6);
    expect(checkGradient(f, [10.6], Float64Array.of(1), { rtol: 0.04, atol: 0.1 }).ok).toBe(false);
  });

  it('counts evaluations of f: one at x, then the scheme’s per component', () => {
    const { f, x, gradient } = smoothCase('float64');
    expect(checkGradient(f, gradient, x, { scheme: 'central' }).evaluations).toBe(1 + 2 * 4);
    expect(checkGradient(f, gradient, x, { scheme: 'central', kinks: false }).evaluations).toBe(1 + 2 * 4);
    expect(checkGradient(f, gradient, x, { scheme: 'forward', kinks: false }).evaluations).toBe(1 + 4);
    expect(checkGradient(f, gradient, x, { scheme: 'forward' }).evaluations).toBe(1 + 3 * 4);
    expect(checkGradient(f, gradient, x, { scheme: 'richardson', kinks: false }).evaluations).toBe(1 + 8 * 4);
    expect(checkGradient(f, gradient, x, { scheme: 'complex-step', kinks: false }).evaluations).toBe(1 + 4);
  });

  it('checks only the listed components', () => {
    const { f, x, gradient } = smoothCase('float64');
    const wrong = Float64Array.from(gradient);
    wrong[3] = 0;
    const spot = checkGradient(f, wrong, x, { components: [0, 2] });
    expect(spot.ok).toBe(true);
    expect(spot.checked).toBe(2);
    expect(spot.worst.map((entry) => entry.index).sort()).toEqual([0, 2]);
    expect(checkGradient(f, wrong, x, { components: [3] }).ok).toBe(false);
  });

  it('accepts a complex version of f as an option', () => {
    const f = (x: Float64Array): number => x[0]! * Math.sin(x[0]!);
    const complex = (z: readonly { re: number; im: number }[]) => cmul(z[0]!, csin(z[0]!));
    const result = checkGradient(f, [Math.sin(1) + Math.cos(1)], Float64Array.of(1), { scheme: 'complex-step', complex });
    expect(result.ok).toBe(true);
    expect(result.maxRelError).toBeLessThan(1e-15);
  });
});

describe('checkGradient at kinks', () => {
  const relu = (t: number): number => Math.max(t, 0);
  // relu(x₀) + |x₁| + max(x₂, x₃) + x₄²: kinks at x₀ = 0, x₁ = 0 and x₂ = x₃.
  const f = (x: Float64Array): number => relu(x[0]!) + Math.abs(x[1]!) + Math.max(x[2]!, x[3]!) + x[4]! * x[4]!;
  const x = Float64Array.of(0, 0, 1, 1, 0.5);

  for (const scheme of SCHEMES.filter((name) => name !== 'complex-step')) {
    it(`reports relu, abs and max at their kinks as kinks, not failures (${scheme})`, () => {
      // Any subgradient passes: relu'(0) ∈ [0, 1], |·|'(0) ∈ [−1, 1], max splits 1 between x₂ and x₃.
      for (const gradient of [
        [0, 0, 1, 0, 1],
        [1, -1, 0, 1, 1],
        [0.5, 0.3, 0.5, 0.5, 1],
      ]) {
        const result = checkGradient(f, gradient, x, { scheme });
        expect(result.ok).toBe(true);
        expect(result.kinks).toEqual([0, 1, 2, 3]);
        const kink = result.worst.find((entry) => entry.index === 1)!;
        expect(kink.left).toBeCloseTo(-1, 6);
        expect(kink.right).toBeCloseTo(1, 6);
      }
    });

    it(`still fails a wrong gradient at a kink (${scheme})`, () => {
      const result = checkGradient(f, [2, 0, 1, 0, 1], x, { scheme });
      expect(result.ok).toBe(false);
      expect(result.kinks).toEqual([0, 1, 2, 3]);
      expect(result.worst[0]).toMatchObject({ index: 0, kink: true, ok: false, analytic: 2 });
      expect(result.worst[0]!.absError).toBeCloseTo(1, 6);
      const negative = checkGradient(f, [0, -1.5, 1, 0, 1], x, { scheme });
      expect(negative.worst[0]).toMatchObject({ index: 1, kink: true, ok: false });
    });
  }

  it('finds exactly the coordinates sitting on a kink of a random piecewise-linear function', () => {
    const slope = fc.double({ min: 0.5, max: 2, noNaN: true });
    const coordinate = fc.record({
      a: slope,
      sign: fc.boolean(),
      c: fc.double({ min: -3, max: 3, noNaN: true }),
      onKink: fc.boolean(),
      offset: fc.double({ min: 0.01, max: 1, noNaN: true }),
      t: fc.double({ min: 0, max: 1, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(coordinate, { minLength: 1, maxLength: 5 }), (coordinates) => {
        // f(x) = Σ ±aᵢ·relu(xᵢ − cᵢ), at xᵢ = cᵢ (a kink) or cᵢ ± offset.
        const a = coordinates.map(({ a: size, sign }) => (sign ? size : -size));
        const c = coordinates.map(({ c: corner }) => corner);
        const x = Float64Array.from(coordinates, ({ c: corner, onKink, offset, sign }) => (onKink ? corner : corner + (sign ? offset : -offset)));
        const g = (y: Float64Array): number => y.reduce((sum, value, i) => sum + a[i]! * relu(value - c[i]!), 0);
        // On a kink any value between the one-sided slopes 0 and aᵢ is a subgradient.
        const subgradient = coordinates.map(({ onKink, t }, i) => (onKink ? t * a[i]! : x[i]! > c[i]! ? a[i]! : 0));
        const result = checkGradient(g, subgradient, x);
        expect(result.ok).toBe(true);
        expect(result.kinks).toEqual(coordinates.flatMap(({ onKink }, i) => (onKink ? [i] : [])));
        // Half a slope beyond the far side is no subgradient.
        const outside = subgradient.map((value, i) => (coordinates[i]!.onKink ? value + 1.5 * a[i]! : value));
        expect(checkGradient(g, outside, x).ok).toBe(!coordinates.some(({ onKink }) => onKink));
      }),
      { numRuns: 100 },
    );
  });

  it('finds kinks with complex step too (by real differences) and judges its one-sided value', () => {
    const complexF = fieldFunction((y, F) => F.add(F.relu(y[0]!), F.abs(y[1]!)));
    const result = checkGradient(complexF, [0, 0], Float64Array.of(0, 0), { scheme: 'complex-step' });
    expect(result.ok).toBe(true);
    expect(result.kinks).toEqual([0, 1]);
  });

  it('does not mistake a smooth function with a large second derivative for a kink', () => {
    const steep = (y: Float64Array): number => Math.exp(8 * y[0]!) + 1e3 * y[1]! * y[1]!;
    const result = checkGradient(steep, (y) => [8 * Math.exp(8 * y[0]!), 2e3 * y[1]!], Float64Array.of(1, 0.3));
    expect(result.kinks).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('sees a kink within one step of x, and passes the side the point is on', () => {
    const result = checkGradient((y) => relu(y[0]!), [1], Float64Array.of(1e-7));
    expect(result.kinks).toEqual([0]);
    expect(result.ok).toBe(true);
  });

  it('skips kink detection when asked, and then fails the subgradient', () => {
    const result = checkGradient(f, [0, 0, 1, 0, 1], x, { kinks: false });
    expect(result.kinks).toEqual([]);
    expect(result.ok).toBe(false);
  });
});

describe('checkGradient with NaN and Infinity', () => {
  it('fails a NaN or infinite analytic component with a reason', () => {
    const f = (x: Float64Array): number => x[0]! + x[1]!;
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY]) {
      const result = checkGradient(f, [1, bad], Float64Array.of(1, 2));
      expect(result.ok).toBe(false);
      expect(result.worst[0]).toMatchObject({ index: 1, ok: false });
      expect(result.worst[0]!.reason).toMatch(/analytic/);
    }
  });

  it('fails a component where f is not finite near x, with a reason', () => {
    // log(x₁) at x₁ = 1e-12: the central step crosses zero.
    const f = (x: Float64Array): number => x[0]! + Math.log(x[1]!);
    const result = checkGradient(f, [1, 1e12], Float64Array.of(1, 1e-12));
    expect(result.ok).toBe(false);
    expect(result.worst[0]).toMatchObject({ index: 1, ok: false });
    expect(result.worst[0]!.reason).toMatch(/finite-difference/);
    expect(result.worst[1]).toMatchObject({ index: 0, ok: true });
  });

  it('fails the whole check when f(x) is not finite', () => {
    const result = checkGradient(() => Number.NaN, [1], Float64Array.of(1));
    expect(result).toMatchObject({ ok: false, reason: 'f(x) is NaN', worst: [], checked: 0 });
    expect(checkGradient(() => Number.POSITIVE_INFINITY, [1], Float64Array.of(1)).reason).toBe('f(x) is Infinity');
  });
});

describe('checkGradient errors', () => {
  const f = (x: Float64Array): number => x[0]! * x[1]!;
  const x = Float64Array.of(3, 2);

  it('rejects a non-finite x at its coordinate', () => {
    expect(() => checkGradient(f, [2, 3], Float64Array.of(3, Number.NaN))).toThrow(
      expect.objectContaining({ code: 'non-finite', position: { parameter: 'x', coordinate: 1 } }),
    );
    expect(() => checkGradient(f, [2, 3], Float64Array.of(Number.NEGATIVE_INFINITY, 1))).toThrow(
      expect.objectContaining({ code: 'non-finite', position: { parameter: 'x', coordinate: 0 } }),
    );
  });

  it('rejects a gradient whose length differs from x at the first unmatched coordinate', () => {
    expect(() => checkGradient(f, [2], x)).toThrow(
      expect.objectContaining({ code: 'dimension', position: { parameter: 'gradient', coordinate: 1 } }),
    );
    expect(() => checkGradient(f, () => [2, 3, 4], x)).toThrow(
      expect.objectContaining({ code: 'dimension', position: { parameter: 'gradient', coordinate: 2 } }),
    );
  });

  it('rejects components outside x', () => {
    expect(() => checkGradient(f, [2, 3], x, { components: [0, 5] })).toThrow(
      expect.objectContaining({ code: 'dimension', position: { parameter: 'options.components', coordinate: 5 } }),
    );
    expect(() => checkGradient(f, [2, 3], x, { components: 1 as unknown as number[] })).toThrow(
      expect.objectContaining({ code: 'invalid-option', position: { parameter: 'options.components' } }),
    );
  });

  it('rejects arguments of the wrong kind', () => {
    expect(() => checkGradient('f' as unknown as typeof f, [2, 3], x)).toThrow(
      expect.objectContaining({ code: 'invalid-argument', position: { parameter: 'f' } }),
    );
    expect(() => checkGradient(() => 'one' as unknown as number, [2, 3], x)).toThrow(
      expect.objectContaining({ code: 'invalid-argument', position: { parameter: 'f' } }),
    );
    expect(() => checkGradient(f, 'grad' as unknown as number[], x)).toThrow(
      expect.objectContaining({ code: 'invalid-argument', position: { parameter: 'gradient' } }),
    );
    expect(() => checkGradient(f, [2, 3], [3, '2'] as unknown as Float64Array)).toThrow(
      expect.objectContaining({ code: 'invalid-argument', position: { parameter: 'x' } }),
    );
  });

  it('asks for a complex version of f before running complex step', () => {
    expect(() => checkGradient(f, [2, 3], x, { scheme: 'complex-step' })).toThrow(
      expect.objectContaining({ code: 'invalid-argument', position: { parameter: 'f' } }),
    );
    expect(() => checkGradient(f, [2, 3], x, { scheme: 'complex-step', complex: 3 as unknown as () => never })).toThrow(
      expect.objectContaining({ code: 'invalid-argument', position: { parameter: 'options.complex' } }),
    );
  });

  it('rejects bad options at the option', () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ rtol: -1 }, 'options.rtol'],
      [{ atol: Number.NaN }, 'options.atol'],
      [{ scheme: 'backward' }, 'options.scheme'],
      [{ dtype: 'float16' }, 'options.dtype'],
      [{ step: 0 }, 'options.step'],
      [{ kinks: 'yes' }, 'options.kinks'],
    ];
    for (const [options, parameter] of cases) {
      expect(() => checkGradient(f, [2, 3], x, options)).toThrow(expect.objectContaining({ code: 'invalid-option', position: { parameter } }));
    }
  });

  it('passes an empty x with nothing to compare', () => {
    const result = checkGradient(() => 1, [], new Float64Array(0));
    expect(result).toMatchObject({ ok: true, checked: 0, failures: 0, maxAbsError: 0, maxRelError: 0, worst: [], kinks: [], evaluations: 1 });
  });

  it('accepts a Float32Array for x and for the gradient', () => {
    const result = checkGradient(f, Float32Array.of(2, 3) as unknown as Float64Array, Float32Array.of(3, 2) as unknown as Float64Array);
    expect(result.ok).toBe(true);
  });

  it('accepts a plain array for x and for the gradient', () => {
    expect(checkGradient(f, [2, 3], [3, 2] as unknown as Float64Array).ok).toBe(true);
    expect(POINT).toHaveLength(4);
  });
});
