import { describe, expect, it } from 'vitest';
import { xoshiro128StarStar } from './internal/xoshiro.js';
import { createRandom } from './random.js';

describe('xoshiro128StarStar', () => {
  it('reproduces the reference implementation from the state {1, 2, 3, 4}', () => {
    // First outputs of the authors' C code (xoshiro128starstar.c) for s = {1, 2, 3, 4}.
    const next = xoshiro128StarStar(1, 2, 3, 4);
    expect([next(), next(), next(), next()]).toEqual([11520, 0, 5927040, 70819200]);
  });
});

describe('createRandom', () => {
  it('gives the same bits for the same seed and different ones for another', () => {
    const draw = (seed: number): number[] => {
      const random = createRandom(seed);
      return [random.uniform(), random.normal(), random.normal(), random.uniform()];
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
  });

  it('draws uniforms in [0, 1) and standard normals with the right first two moments', () => {
    const random = createRandom(123);
    const n = 50000;
    let sum = 0;
    let square = 0;
    let low = 1;
    let high = 0;
    for (let i = 0; i < n; i++) {
      const u = random.uniform();
      low = Math.min(low, u);
      high = Math.max(high, u);
      const z = random.normal();
      sum += z;
      square += z * z;
    }
    expect(low).toBeGreaterThanOrEqual(0);
    expect(high).toBeLessThan(1);
    // Standard errors: 1/√n ≈ 0.0045 for the mean, √(2/n) ≈ 0.0063 for the variance; allow five.
    expect(Math.abs(sum / n)).toBeLessThan(0.023);
    expect(Math.abs(square / n - 1)).toBeLessThan(0.032);
  });
});
