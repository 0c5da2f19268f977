import { describe, expect, it } from 'vitest';
import { smoothCase } from '../test/functions.js';
import { checkDirectional } from './check-directional.js';

const N = 100_000;

function problem(): { f: (x: Float64Array) => number; x: Float64Array; gradient: Float64Array; calls: () => number } {
  // f(x) = (1/n)·Σ cᵢ·log(1 + xᵢ²) + 0.1·sin xᵢ, a mean over parameters like a loss.
  const c = Float64Array.from({ length: N }, (_, i) => 0.5 + (i % 7) * 0.1);
  let calls = 0;
  const f = (x: Float64Array): number => {
    calls++;
    let sum = 0;
    for (let i = 0; i < N; i++) sum += c[i]! * Math.log(1 + x[i]! * x[i]!) + 0.1 * Math.sin(x[i]!);
    return sum / N;
  };
  const x = Float64Array.from({ length: N }, (_, i) => Math.sin(i));
  const gradient = x.map((xi, i) => ((2 * c[i]! * xi) / (1 + xi * xi) + 0.1 * Math.cos(xi)) / N);
  return { f, x, gradient, calls: () => calls };
}

describe('checkDirectional', () => {
  it('passes a correct 100 000-parameter gradient in six evaluations of f', () => {
    const { f, x, gradient, calls } = problem();
    const result = checkDirectional(f, gradient, x);
    expect(result.ok).toBe(true);
    expect(result.kind).toBe('directional');
    expect(result.checked).toBe(3);
    expect(result.evaluations).toBe(6);
    expect(calls()).toBe(6);
  });

  it('catches one wrong component out of 100 000 with a handful of evaluations', () => {
    const { f, x, gradient, calls } = problem();
    const wrong = Float64Array.from(gradient);
    wrong[31_337] = wrong[31_337]! * 1.01;
    const result = checkDirectional(f, wrong, x);
    expect(result.ok).toBe(false);
    expect(calls()).toBe(6);
    const flipped = Float64Array.from(gradient);
    flipped[777] = -flipped[777]!;
    expect(checkDirectional(f, flipped, x, { directions: 1 }).ok).toBe(false);
    expect(calls()).toBe(8);
  });

  it('passes an empty x with nothing to compare', () => {
    expect(checkDirectional(() => 0, [], new Float64Array(0))).toMatchObject({ ok: true, checked: 0, evaluations: 0 });
  });

  it('is reproducible from its seed and differs across seeds', () => {
    const { f, x, gradient } = smoothCase('float64');
    const a = checkDirectional(f, gradient, x, { seed: 7 });
    const b = checkDirectional(f, gradient, x, { seed: 7 });
    const c = checkDirectional(f, gradient, x, { seed: 8 });
    expect(a.worst.map((entry) => entry.analytic)).toEqual(b.worst.map((entry) => entry.analytic));
    expect(a.worst[0]!.analytic).not.toBe(c.worst[0]!.analytic);
  });

  it('runs with every scheme on a small function', () => {
    const { f, x, gradient } = smoothCase('float64');
    const wrong = Float64Array.from(gradient);
    wrong[2] = wrong[2]! * 1.01;
    const outcomes = (['forward', 'central', 'richardson', 'complex-step'] as const).map((scheme) => ({
      scheme,
      correct: checkDirectional(f, gradient, x, { scheme, directions: 4 }).ok,
      wrong: checkDirectional(f, wrong, x, { scheme, directions: 4 }).ok,
    }));
    expect(outcomes.filter((outcome) => !outcome.correct || outcome.wrong)).toEqual([]);
  });

  it('rejects a bad number of directions or seed, and a gradient of the wrong length', () => {
    const { f, x, gradient } = smoothCase('float64');
    expect(() => checkDirectional(f, gradient, x, { directions: 0 })).toThrow(
      expect.objectContaining({ code: 'invalid-option', position: { parameter: 'options.directions' } }),
    );
    expect(() => checkDirectional(f, gradient, x, { seed: -1 })).toThrow(
      expect.objectContaining({ code: 'invalid-option', position: { parameter: 'options.seed' } }),
    );
    expect(() => checkDirectional(f, gradient.subarray(1), x)).toThrow(
      expect.objectContaining({ code: 'dimension', position: { parameter: 'gradient', coordinate: 3 } }),
    );
  });
});
