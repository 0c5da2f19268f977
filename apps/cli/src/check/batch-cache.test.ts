import { evaluate, parse } from '@bp/symbolic';
import { describe, expect, it } from 'vitest';
import { checkLine, completeLine, type BatchCheckOptions } from './batch-line.js';
import type { CheckJson } from './cross-check.js';

// What a thread keeps from one line for the next (the parsed program, its gradient graph, its
// kernel, bp's derivative for a wrong claim) must never leak into a line that differs.
const OPTIONS: BatchCheckOptions = { count: 0, seed: 1, scheme: 'central' };

function check(line: number, fields: Record<string, unknown>): CheckJson {
  const result = completeLine(checkLine({ line, text: JSON.stringify(fields) }, OPTIONS));
  expect(result).not.toHaveProperty('pending');
  expect(result.status).not.toBe('bad');
  return result.json as unknown as CheckJson;
}

describe('a batch that repeats a program', () => {
  it('checks it at each line’s own point', () => {
    // Hand-derived: f = x²·y, ∂f/∂x = 2xy, ∂f/∂y = x².
    for (const [x, y] of [[3, 2], [-1, 5], [3, 2], [0.5, -4]] as const) {
      const point = check(1, { program: 'x^2*y', at: { x, y } }).points[0]!;
      expect(point.value).toBeCloseTo(x * x * y, 12);
      expect(point.gradient).toEqual({ x: 2 * x * y, y: x * x });
      expect(point.compiled.x).toBeCloseTo(2 * x * y, 12);
    }
  });

  it('keeps programs of the same shape apart: other names, another constant', () => {
    const named = check(1, { program: 'a^2*b', at: { a: 3, b: 2 } }).points[0]!;
    expect(Object.keys(named.compiled)).toEqual(['a', 'b']);
    expect(named.compiled).toEqual({ a: 12, b: 9 });
    // Hand-derived: ∂(x³·y)/∂x = 3x²y = 54 at (3, 2).
    expect(check(2, { program: 'x^3*y', at: { x: 3, y: 2 } }).points[0]!.compiled.x).toBe(54);
    expect(check(3, { program: 'x^2*y', at: { x: 3, y: 2 } }).points[0]!.compiled.x).toBe(12);
  });

  it('judges each line’s claims, and names the right derivative for each input', () => {
    const at = { x: 3, y: 2 };
    expect(check(1, { program: 'x^2*y', at, claims: { x: '2*x*y' } }).claims![0]!.ok).toBe(true);
    const wrongX = check(2, { program: 'x^2*y', at, claims: { x: '2*x' } }).claims![0]!;
    const wrongY = check(3, { program: 'x^2*y', at, claims: { y: '2*x' } }).claims![0]!;
    expect(wrongX.ok).toBe(false);
    expect(wrongY.ok).toBe(false);
    // bp's derivatives, evaluated at another point: 2xy = −10 and x² = 1 at (−1, 5).
    expect(evaluate(parse(wrongX.derivative!), { x: -1, y: 5 })).toBeCloseTo(-10, 12);
    expect(evaluate(parse(wrongY.derivative!), { x: -1, y: 5 })).toBeCloseTo(1, 12);
    expect(check(4, { program: 'x^2*y', at, claims: { y: 'x^2' } }).claims![0]!.ok).toBe(true);
  });

  it('leaves the derivative of a wrong claim to the thread that writes the report', () => {
    // Hand-derived: ∂(x²·y)/∂x = 2xy = 12 at (3, 2), so 2x is wrong and 2xy right.
    const wrong = checkLine({ line: 7, text: JSON.stringify({ program: 'x^2*y', at: { x: 3, y: 2 }, claims: { x: '2*x' } }) }, OPTIONS);
    expect(wrong.pending).toBe('x^2*y');
    expect((wrong.json as unknown as CheckJson).claims![0]).not.toHaveProperty('derivative');
    const completed = (completeLine(wrong).json as unknown as CheckJson).claims![0]!;
    expect(Object.keys(completed).at(-1)).toBe('derivative');
    expect(evaluate(parse(completed.derivative!), { x: 3, y: 2 })).toBeCloseTo(12, 12);
    const right = checkLine({ line: 8, text: JSON.stringify({ program: 'x^2*y', at: { x: 3, y: 2 }, claims: { x: '2*x*y' } }) }, OPTIONS);
    expect(right.status).toBe('passed');
    expect(right).not.toHaveProperty('pending');
    expect(completeLine(right)).toBe(right);
  });
});
