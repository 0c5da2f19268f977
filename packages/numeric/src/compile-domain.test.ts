import { expectNaNWhereSymbolicErrs } from '../test/domain-agreement.js';
import { describe, expect, it } from 'vitest';
import { compile } from './compile.js';

/** The kernel's value and gradient at one point. */
function at(source: string, point: Record<string, number>, wrt?: string[]): { value: number; gradient: Record<string, number> } {
  const kernel = compile(source, wrt === undefined ? {} : { wrt });
  const result = kernel.evaluate(Object.fromEntries(Object.entries(point).map(([name, v]) => [name, Float64Array.of(v)])));
  return { value: result.value[0]!, gradient: Object.fromEntries(Object.entries(result.gradient).map(([name, g]) => [name, g[0]!])) };
}

describe('compile: inputs', () => {
  it('keeps every input the source declares, even one that cancels, and sizes its outputs by the batch', () => {
    const kernel = compile('x - x + y');
    expect(kernel.inputs).toEqual(['x', 'y']);
    const result = kernel.evaluate({ x: Float64Array.of(1, 2, 3), y: 2 });
    expect([...result.value]).toEqual([2, 2, 2]);
    expect([...result.gradient.x!]).toEqual([0, 0, 0]);
    expect([...result.gradient.y!]).toEqual([1, 1, 1]);
  });
});

describe('compile: where the function and its gradient exist', () => {
  it.each([
    ['x/x', { x: 0 }],
    ['log(x) - log(x)', { x: -1 }],
    ['x^2/x', { x: 0 }],
    ['y + 0*log(x)', { x: -1, y: 1 }],
  ])('%s at %o is NaN, as the source is written', (source, point) => {
    const result = at(source, point);
    expect(result.value).toBeNaN();
    for (const partial of Object.values(result.gradient)) expect(partial).toBeNaN();
  });

  it('computes x/x = 1 with gradient 0 away from 0', () => {
    expect(at('x/x', { x: 3 })).toEqual({ value: 1, gradient: { x: 0 } });
  });

  it.each([
    ['1e155*x / (1e155*x^2)', { x: 0.5 }],
    ['(a + 1e308) / (1e308*a)', { a: 0.5 }],
    ['cos(sqrt(y))', { y: 0 }],
    ['z*sqrt(z)', { z: 0 }],
  ])('%s at %o gives a NaN gradient rather than a wrong or one-sided number', (source, point) => {
    for (const partial of Object.values(at(source, point).gradient)) expect(partial).toBeNaN();
  });

  it('differentiates x^y by its base at a negative base with an integer exponent', () => {
    // 3·(−2)² = 12, hand-derived.
    expect(at('x^y', { x: -2, y: 3 }, ['x']).gradient.x).toBe(12);
  });

  it('compiles constants whose product overflows, and overflows only where the value does', () => {
    // d/dx 1e308·x² = 2e308·x: 1e308 at x = 0.5, beyond the largest double at x = 1.
    expect(at('1e308 * x^2', { x: 0.5 })).toEqual({ value: 2.5e307, gradient: { x: 1e308 } });
    expect(at('1e308 * x^2', { x: 1 }).gradient.x).toBeNaN();
  });

  it('gives 0 for the derivative of 0^g where g > 0', () => {
    expect(at('0^(2^x + x^3 + 2)', { x: 1 })).toEqual({ value: 0, gradient: { x: 0 } });
  });

  it.each([
    'x/x', 'log(x) - log(x)', 'x^2/x', 'cos(sqrt(y))', 'z*sqrt(z)', 'sqrt(x)^2', 'x^y', '1e155*x / (1e155*x^2)',
    'a = x/y; b = a*y - x', 'exp(x*700) / exp(x*700)', 'abs(acot(-y))', '1/(x - 1) - 1/(x - 1)',
  ])('is NaN exactly where @bp/symbolic’s gradient is an error: %s', (source) => {
    expectNaNWhereSymbolicErrs(source, compile(source), 1e-12);
  });
});
