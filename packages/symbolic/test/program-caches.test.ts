import { describe, expect, it } from 'vitest';
import { evaluate, gradient, parse } from '../src/index.js';
import { gradientGraph } from '../src/engine.js';

describe('what bp keeps per Program', () => {
  it('gives each wrt its own gradient graph, however often a program is asked', () => {
    // Hand-derived: f = x²·y, ∂f/∂x = 2xy = 12 and ∂f/∂y = x² = 9 at (3, 2).
    const program = parse('x^2 * y');
    for (let round = 0; round < 2; round++) {
      expect(gradient(program, { x: 3, y: 2 }, { wrt: ['y'] }).gradient).toEqual({ y: 9 });
      expect(gradient(program, { x: 3, y: 2 }, { wrt: ['x'] }).gradient).toEqual({ x: 12 });
      expect(gradient(program, { x: 3, y: 2 }).gradient).toEqual({ x: 12, y: 9 });
      expect([...gradientGraph(program, ['y', 'x']).gradient.keys()]).toEqual(['y', 'x']);
    }
  });

  it('refuses an intermediate as wrt every time, also after other wrt were built', () => {
    const program = parse('a = x*y; a^2');
    gradientGraph(program, ['x']);
    for (let round = 0; round < 2; round++) {
      expect(() => gradientGraph(program, ['a'])).toThrow(expect.objectContaining({ code: 'invalid-argument', position: { start: 0, end: 1 } }));
    }
  });

  it('evaluates each program at each point on its own', () => {
    // Two programs alike but for a constant, each evaluated twice at two points: x²·y + 1 and x²·y + 2.
    const one = parse('x^2 * y + 1');
    const two = parse('x^2 * y + 2');
    for (let round = 0; round < 2; round++) {
      expect(evaluate(one, { x: 3, y: 2 })).toBe(19);
      expect(evaluate(two, { x: 3, y: 2 })).toBe(20);
      expect(evaluate(one, { x: -1, y: 5 })).toBe(6);
    }
  });

  it('keeps the guards of the source as written in every evaluation', () => {
    // x/x simplifies to 1 but is undefined at 0: the value's nodes include the guard.
    const program = parse('x/x + y');
    expect(evaluate(program, { x: 2, y: 3 })).toBe(4);
    expect(() => evaluate(program, { x: 0, y: 3 })).toThrow(expect.objectContaining({ code: 'domain' }));
    expect(evaluate(program, { x: 5, y: 1 })).toBe(2);
  });
});
