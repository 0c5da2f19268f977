import { describe, expect, it } from 'vitest';
import { parseAssumption } from '../src/assumption.js';
import { derive } from '../src/derive.js';
import { evaluate } from '../src/gradient.js';
import { parse } from '../src/parse.js';
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

  it('writes the logit of another label the same way: p_a·(y_a + y_b + y_c) − y_a', () => {
    const d = derive(SOFTMAX_CE, 'a');
    expect(d.compact).toBe('p_a * (y_a + y_b + y_c) - y_a');
    for (const point of unconstrainedPoints(3)) {
      const expected = numericPartial((a) => evaluate(SOFTMAX_CE, { ...point, a }), point.a!);
      expect(evaluate(d.derivative, point)).toBeCloseTo(expected, 7);
    }
  });
});

/** The same points with y_c solved so that y_a + y_b + y_c = 1. */
function labelledPoints(count: number): Record<string, number>[] {
  return unconstrainedPoints(count).map((p) => ({ ...p, y_c: 1 - p.y_a! - p.y_b! }));
}

describe('softmax cross-entropy with label variables, assuming they sum to 1', () => {
  const program = parse(SOFTMAX_CE);
  const sumToOne = parseAssumption('y_a + y_b + y_c = 1', program.inputs);

  it('gives p_b − y_b in the program’s names (and as short in the inputs) as an assume step naming the assumption', () => {
    const d = derive(program, 'b', { assumptions: [sumToOne] });
    expect(d.compact).toBe('p_b - y_b');
    expect(d.compactLatex).toBe('p_{b} - y_{b}');
    expect(d.derivative).toBe('exp(b) / (exp(a) + exp(b) + exp(c)) - y_b');
    expect(d.latex).toBe('\\frac{e^{b}}{e^{a} + e^{b} + e^{c}} - y_{b}');
    expect(d.assumptions).toEqual(['y_a + y_b + y_c = 1']);
    expect(d.general).toBe('p_b * (y_a + y_b + y_c) - y_b');
    const last = d.steps.at(-1)!;
    expect(last).toMatchObject({ rule: 'assume', assumptions: ['y_a + y_b + y_c = 1'], expression: 'p_b * (y_a + y_b + y_c) - y_b', result: 'p_b - y_b' });
    expect(last.latex).toBe('p_{b} \\cdot \\left(y_{a} + y_{b} + y_{c}\\right) - y_{b} = p_{b} - y_{b} \\quad \\text{using } y_{a} + y_{b} + y_{c} = 1');
  });

  it('gives p_a − y_a for the other logits too', () => {
    const d = derive(program, 'a', { assumptions: [sumToOne] });
    expect(d.compact).toBe('p_a - y_a');
    expect(d.derivative).toBe('exp(a) / (exp(a) + exp(b) + exp(c)) - y_a');
    for (const point of labelledPoints(3)) {
      const expected = numericPartial((a) => evaluate(SOFTMAX_CE, { ...point, a }), point.a!);
      expect(evaluate(d.derivative, point)).toBeCloseTo(expected, 7);
    }
  });

  it('agrees with central differences of L at points where the labels sum to 1, and not elsewhere', () => {
    const d = derive(program, 'b', { assumptions: [sumToOne] });
    for (const point of labelledPoints(6)) {
      const expected = numericPartial((b) => evaluate(SOFTMAX_CE, { ...point, b }), point.b!);
      expect(evaluate(d.derivative, point)).toBeCloseTo(expected, 7);
      expect(evaluate(d.compact, { ...point, p_b: pB(point) })).toBeCloseTo(expected, 7);
    }
    // Off the assumption p_b − y_b is not the derivative: it is only ever shown as using it.
    const off = unconstrainedPoints(1)[0]!;
    const expected = numericPartial((b) => evaluate(SOFTMAX_CE, { ...off, b }), off.b!);
    expect(Math.abs(evaluate(d.derivative, off) - expected)).toBeGreaterThan(1e-3);
  });

  it('reads the sum written either way round, and lists nothing when the assumption is not used', () => {
    expect(parseAssumption('1 = y_a+y_b+y_c', program.inputs)).toEqual({ text: 'y_a + y_b + y_c = 1', variables: ['y_a', 'y_b', 'y_c'], total: 1 });
    const d = derive(program, 'y_a', { assumptions: [sumToOne] });
    expect(d.assumptions).toBeUndefined();
    expect(d.compact).toBe('-log(p_a)');
  });

  it.each([
    ['y_a + y_b + y_c', 'syntax', 0, 15],
    ['y_a + y_b = 1 = 2', 'syntax', 14, 15],
    ['y_a * y_b = 1', 'unsupported', 4, 5],
    ['y_a + y_b = z', 'unsupported', 12, 13],
    ['y_a + y_b^2 = 1', 'unsupported', 9, 10],
    ['y_a + y_a = 1', 'unsupported', 6, 9],
    ['y_a + = 1', 'syntax', 5, 5],
    ['y_a + q = 1', 'undefined-variable', 6, 7],
    ['s + y_a = 1', 'undefined-variable', 0, 1],
    ['y_a = 1', 'unsupported', 0, 7],
  ])('rejects "%s" with code %s at [%i, %i)', (text, code, start, end) => {
    expect(() => parseAssumption(text, program.inputs)).toThrow(expect.objectContaining({ code, position: { start, end } }));
  });
});
