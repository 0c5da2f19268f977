import { describe, expect, it } from 'vitest';
import { derive, evaluate, gradient, parse } from '../src/index.js';

/** The error a call throws, for asserting on its code and position. */
function thrown(run: () => unknown): { code?: string; position?: unknown } {
  try {
    run();
  } catch (error) {
    return error as { code?: string; position?: unknown };
  }
  throw new Error('expected an error');
}

describe('the domain of the source as written', () => {
  // Each function below is undefined at the point: simplifying x/x to 1 must not make it defined.
  it.each([
    ['x/x', { x: 0 }, { start: 0, end: 3 }],
    ['log(x) - log(x)', { x: -1 }, { start: 0, end: 6 }],
    ['x^2/x', { x: 0 }, { start: 0, end: 5 }],
    ['y + 0*log(x)', { x: -1, y: 1 }, { start: 6, end: 12 }],
    ['a = x/x; b = a*y', { x: 0, y: 2 }, { start: 4, end: 7 }],
  ])('%s is a domain error at %o, as the source is written', (source, at, position) => {
    expect(thrown(() => gradient(source, at))).toMatchObject({ code: 'domain', position });
    expect(thrown(() => evaluate(source, at))).toMatchObject({ code: 'domain', position });
  });

  it('keeps the simplified value and gradient where the source is defined', () => {
    // x/x = 1 and x^2/x = x away from 0 (hand-derived).
    expect(gradient('x/x', { x: 2 })).toMatchObject({ value: 1, gradient: { x: 0 } });
    expect(gradient('x^2/x', { x: -3 })).toMatchObject({ value: -3, gradient: { x: 1 } });
  });

  it('turns neither a cancelled 0/0 nor 1/0 into a number when a name holds 0', () => {
    // sqrt(a*y) has derivative a / (2 sqrt(a*y)), which is 0/0 for every y when a = 0.
    expect(thrown(() => derive('a = 0; sqrt(a*y) + y', 'y'))).toMatchObject({ code: 'domain' });
    expect(thrown(() => derive('a = 0; cbrt(a*y) + y', 'y'))).toMatchObject({ code: 'domain' });
    // 1/(a*y) is 1/0 everywhere.
    expect(thrown(() => derive('a = 0; 1/(a*y)', 'y'))).toMatchObject({ code: 'domain' });
    expect(thrown(() => gradient('a = 0; sqrt(a*y) + y', { y: 2 }))).toMatchObject({ code: 'domain' });
  });
});

describe('overflow', () => {
  it.each([
    ['1e155*x / (1e155*x^2)', { x: 0.5 }],
    ['(a + 1e308) / (1e308*a)', { a: 0.5 }],
  ])('%s at %o is an overflow error, never a wrong gradient', (source, at) => {
    // The true gradient is -4 in both (−1/x² at 0.5; −1/a² at 0.5): any number but -4 would be wrong.
    expect(thrown(() => gradient(source, at))).toMatchObject({ code: 'overflow', position: expect.anything() });
  });

  it('differentiates elu at a large x, where e^x overflows but no derivative does', () => {
    // elu(x, a) = x for x > 0: ∂/∂x = 1, ∂/∂a = 0 (hand-derived).
    expect(gradient('elu(x, a)', { x: 1000, a: 0.5 }).gradient).toEqual({ x: 1, a: 0 });
  });

  it('reports a value that overflows as overflow, not as a domain error', () => {
    expect(thrown(() => evaluate('exp(x)', { x: 1000 }))).toMatchObject({ code: 'overflow', position: { start: 0, end: 6 } });
  });

  it('never folds constants into Infinity: the text parses back and overflows only when evaluated', () => {
    const d = derive('1e308 * x^2', 'x');
    expect(() => parse(d.derivative)).not.toThrow();
    // 2e308·x is beyond the largest double at every x except 0.
    expect(thrown(() => evaluate(d.derivative, { x: 1 }))).toMatchObject({ code: 'overflow' });
    expect(evaluate(d.derivative, { x: 0 })).toBe(0);
    expect(() => derive('sign(x*1e308*10)', 'x')).not.toThrow();
    expect(thrown(() => gradient('sign(x*1e308*10)', { x: 1 }))).toMatchObject({ code: 'overflow' });
  });
});

describe('derivatives at the edge of the domain', () => {
  it.each([
    ['cos(sqrt(y))', { y: 0 }],
    ['z*sqrt(z)', { z: 0 }],
    ['sqrt(x)^2', { x: 0 }],
  ])('%s at %o: a chain-rule factor is infinite, so the derivative is a domain error', (source, at) => {
    expect(thrown(() => gradient(source, at))).toMatchObject({ code: 'domain', position: expect.anything() });
  });

  it('differentiates x^y by its base at a negative base with an integer exponent', () => {
    // ∂/∂x x^y = y·x^(y−1) = 3·(−2)² = 12; ∂/∂y needs ln(−2) and does not exist.
    expect(gradient('x^y', { x: -2, y: 3 }, { wrt: ['x'] }).gradient.x).toBe(12);
    expect(thrown(() => gradient('x^y', { x: -2, y: 3 }))).toMatchObject({ code: 'domain', position: { start: 0, end: 3 } });
  });

  it('gives 0 for the derivative of 0^g where g > 0 (the function is constant 0 there)', () => {
    const result = gradient('0^(2^x + x^3 + 2)', { x: 1 });
    expect(result).toMatchObject({ value: 0, gradient: { x: 0 } });
    expect(evaluate(derive('0^(2^x + x^3 + 2)', 'x').derivative, { x: 1 })).toBe(0);
  });

  it('reports the jump of acot at 0 as a kink', () => {
    const result = gradient('abs(acot(-y))', { y: 0 });
    expect(result.kinks.map((k) => k.function)).toContain('acot');
  });
});
