import { describe, expect, it } from 'vitest';
import { compareKink, compareValues } from './compare.js';

describe('compareValues and compareKink', () => {
  it('put the placement first, then the comparison, in a fixed key order', () => {
    // |1.5 − 1| = 0.5 against 0.1 + 0.01·1 = 0.11: a failure, relative to max(1.5, 1).
    const check = compareValues({ index: 2 }, 1.5, 1, 0.001, 0.01, 0.1);
    expect(Object.entries(check)).toEqual([
      ['index', 2], ['analytic', 1.5], ['numeric', 1], ['absError', 0.5], ['relError', 0.5 / 1.5],
      ['ok', false], ['tolerance', 0.11], ['numericError', 0.001], ['kink', false],
    ]);
    expect(Object.keys(compareValues({ index: 5, row: 1, column: 2 }, 1, 1, 0, 0, 0))).toEqual([
      'index', 'row', 'column', 'analytic', 'numeric', 'absError', 'relError', 'ok', 'tolerance', 'numericError', 'kink',
    ]);
  });

  it('adds a reason last when a value is not finite', () => {
    const check = compareValues({ index: 0, row: 0, column: 0 }, Number.NaN, 1, 0, 0, 1, ['A', 'B']);
    expect(check.ok).toBe(false);
    expect(Object.keys(check).slice(0, 3)).toEqual(['index', 'row', 'column']);
    expect(Object.entries(check).at(-1)).toEqual(['reason', 'A is NaN']);
  });

  it('puts a kink’s sides after the comparison, then its reason', () => {
    // 0.5 lies in [−1, 1]: no error, and it passes.
    const check = compareKink({ index: 1 }, 0.5, 0, -1, 1, 0, 0, 0);
    expect(Object.entries(check)).toEqual([
      ['index', 1], ['analytic', 0.5], ['numeric', 0], ['absError', 0], ['relError', 0],
      ['ok', true], ['tolerance', 0], ['numericError', 0], ['kink', true], ['left', -1], ['right', 1],
    ]);
    expect(Object.keys(compareKink({ index: 1, row: 0, column: 1 }, Number.POSITIVE_INFINITY, 0, -1, 1, 0, 0, 0)).slice(-3)).toEqual(['left', 'right', 'reason']);
  });
});
