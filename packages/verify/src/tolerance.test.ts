import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultTolerance } from './tolerance.js';

const SCHEMES = ['forward', 'central', 'richardson', 'complex-step'] as const;

describe('defaultTolerance', () => {
  it('is looser in float32 than in float64 and tightest for the most accurate schemes', () => {
    for (const scheme of SCHEMES) expect(defaultTolerance('float32', scheme).rtol).toBeGreaterThan(defaultTolerance('float64', scheme).rtol);
    for (const dtype of ['float64', 'float32'] as const) {
      const rtols = SCHEMES.map((scheme) => defaultTolerance(dtype, scheme).rtol);
      expect([...rtols].sort((a, b) => b - a)).toEqual(rtols);
      // Every default still fails a 1e-3 relative error.
      expect(Math.max(...rtols)).toBeLessThan(1e-3);
    }
  });

  it('matches the table in the README', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    for (const dtype of ['float64', 'float32'] as const) {
      const row = readme.split('\n').find((line) => line.trim().startsWith(`| ${dtype} rtol / atol |`))!;
      const cells = row.split('|').slice(2, 6).map((cell) => cell.trim().split(' / ').map(Number));
      expect(cells).toEqual(SCHEMES.map((scheme) => [defaultTolerance(dtype, scheme).rtol, defaultTolerance(dtype, scheme).atol]));
    }
  });
});
