import { describe, expect, it } from 'vitest';
import { derive } from '../src/derive.js';
import { evaluate } from '../src/gradient.js';
import { numericPartial } from './finite-difference.js';

/** Softmax over three logits with cross-entropy against label variables (not constants). */
const SOFTMAX_CE = [
  's = exp(a) + exp(b) + exp(c)',
  'p_a = exp(a) / s',
  'p_b = exp(b) / s',
  'p_c = exp(c) / s',
  'L = -(y_a*log(p_a) + y_b*log(p_b) + y_c*log(p_c))',
].join('\n');

/** p_b at a point, computed here from its definition (not by bp). */
function pB(point: Record<string, number>): number {
  return Math.exp(point.b!) / (Math.exp(point.a!) + Math.exp(point.b!) + Math.exp(point.c!));
}

/** Seeded points in [-1.5, 1.5] whose labels do not sum to 1 (so nothing relies on Σy = 1). */
function unconstrainedPoints(count: number): Record<string, number>[] {
  let seed = 29;
  const random = (): number => ((seed = (seed * 48271) % 2147483647) / 2147483647) * 3 - 1.5;
  const points: Record<string, number>[] = [];
  while (points.length < count) {
    const point = { a: random(), b: random(), c: random(), y_a: random(), y_b: random(), y_c: random() };
    if (Math.abs(point.y_a + point.y_b + point.y_c - 1) > 0.1) points.push(point);
  }
  return points;
}

describe('softmax cross-entropy with label variables, without assumptions', () => {
  it('is written in the program’s names where that is shorter: p_b·(y_a + y_b + y_c) − y_b', () => {
    const d = derive(SOFTMAX_CE, 'b');
    expect(d.compact).toBe('p_b * (y_a + y_b + y_c) - y_b');
    expect(d.derivative).toBe('exp(b) * (y_a + y_b + y_c) / (exp(a) + exp(b) + exp(c)) - y_b');
  });

  it('stays exact: both forms equal central differences of L at points where Σy ≠ 1', () => {
    const d = derive(SOFTMAX_CE, 'b');
    for (const point of unconstrainedPoints(6)) {
      const expected = numericPartial((b) => evaluate(SOFTMAX_CE, { ...point, b }), point.b!);
      expect(evaluate(d.derivative, point)).toBeCloseTo(expected, 7);
      expect(evaluate(d.compact, { ...point, p_b: pB(point) })).toBeCloseTo(expected, 7);
    }
  });
});
