import { describe, expect, it } from 'vitest';
import { crossValidate } from './cross-validate.js';
import { domainPoints } from './domain-points.js';

describe('domainPoints', () => {
  it('moves the search to a known point when the range holds no point of the domain', () => {
    // log(x − 5) exists only for x > 5: nothing in [-2, 2], most of [4, 8].
    const { points, regions } = domainPoints('log(x - 5)', 3, { around: { x: 6 } });
    expect(points).toHaveLength(3);
    for (const point of points) {
      expect(point.x).toBeGreaterThan(5);
      expect(point.x).toBeLessThanOrEqual(8);
    }
    expect(regions[0]).toEqual({ centre: 'range', halfWidth: 2, tries: 600, found: 0 });
    expect(regions[1]).toMatchObject({ centre: 'around', halfWidth: 2, found: 3 });
  });

  it('widens around the range when no point is known', () => {
    const { points, regions } = domainPoints('sqrt(x - 10) * y', 4);
    expect(points).toHaveLength(4);
    for (const point of points) expect(point.x).toBeGreaterThanOrEqual(10);
    expect(regions.map((region) => region.halfWidth).slice(0, 2)).toEqual([2, 8]);
  });

  it('returns fewer points than asked, and every box it searched, when the domain is out of reach', () => {
    const { points, regions } = domainPoints('log(x - 1000)', 2);
    expect(points).toEqual([]);
    expect(regions.map((region) => [region.centre, region.halfWidth, region.found])).toEqual([
      ['range', 2, 0],
      ['range', 8, 0],
      ['range', 32, 0],
      ['range', 128, 0],
    ]);
  });

  it('draws the same points as before in the range, so seeded checks do not change', () => {
    // mulberry32 with seed 1 gives 0.6270739405881613 first (the reference implementation's value).
    const { points } = domainPoints('x', 1, { seed: 1 });
    expect(points[0]!.x).toBeCloseTo(-2 + 4 * 0.6270739405881613, 14);
  });

  it('rejects a count that is not a whole number', () => {
    expect(() => domainPoints('x', 1.5)).toThrow(expect.objectContaining({ code: 'invalid-option', position: { parameter: 'count' } }));
  });
});

describe('crossValidate', () => {
  it('finds random points of a domain outside [-2, 2] by widening the search', () => {
    const result = crossValidate('log(x - 5)', 3);
    expect(result.ok).toBe(true);
    for (const point of result.points) expect(point.at.x).toBeGreaterThan(5);
  });
});
