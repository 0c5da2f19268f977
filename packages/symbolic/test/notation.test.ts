import { describe, expect, it } from 'vitest';
import { derive, gradient, parse } from '../src/index.js';
import { gradientGraph } from '../src/engine.js';

describe('operators written as people write them', () => {
  it.each([
    ['x × y', 'x * y'],
    ['x ÷ y', 'x / y'],
    ['x · y', 'x * y'],
    ['2·x·y + x÷(1 − y)', '2*x*y + x/(1 - y)'],
  ])('reads %s as %s', (written, plain) => {
    const point = { x: 1.5, y: -0.25 };
    expect(parse(written).inputs).toEqual(['x', 'y']);
    expect(gradient(written, point)).toEqual(gradient(plain, point));
  });

  it('reads back the product of local derivatives that bp prints in a chain-rule step', () => {
    const chain = derive('a = x*y; b = a^2', 'x').steps.find((s) => s.rule === 'chain')!;
    // "∂b/∂x = ∂b/∂a · ∂a/∂x = (2 * a) · (y) = 2 * a * y": the third part is written with ·.
    const [, , factors, result] = chain.text.split(' = ') as [string, string, string, string];
    expect(factors).toContain('·');
    const point = { a: 2, y: 3 };
    expect(gradient(factors, point).value).toBe(gradient(result, point).value);
  });

  it('says to use ^ for powers when it meets **', () => {
    expect(() => parse('x ** 2')).toThrow(expect.objectContaining({ code: 'syntax', position: { start: 2, end: 4 } }));
  });
});

describe('max and min of any number of arguments', () => {
  it('take one or more arguments, the gradient flowing to the largest (smallest)', () => {
    expect(gradient('max(x, y, z)', { x: 1, y: 3, z: 2 })).toMatchObject({ value: 3, gradient: { x: 0, y: 1, z: 0 }, kinks: [] });
    expect(gradient('min(x, y, z, w)', { x: 1, y: 3, z: -2, w: 0 })).toMatchObject({ value: -2, gradient: { x: 0, y: 0, z: 1, w: 0 } });
    expect(gradient('max(x)', { x: -4 })).toMatchObject({ value: -4, gradient: { x: 1 } });
  });

  it('share the gradient equally among tied arguments and report the kink', () => {
    const tie = gradient('max(x, y, z)', { x: 2, y: 2, z: 2 });
    expect(tie.gradient.x).toBeCloseTo(1 / 3, 15);
    expect(tie.gradient.y).toBeCloseTo(1 / 3, 15);
    expect(tie.gradient.z).toBeCloseTo(1 / 3, 15);
    expect(tie.kinks.map((k) => k.function)).toEqual(['max']);
    const two = gradient('min(x, y, z)', { x: 1, y: 0, z: 0 });
    expect(two.gradient).toEqual({ x: 0, y: 0.5, z: 0.5 });
  });

  it('prints a derivative that parses back and agrees with the gradient', () => {
    const d = derive('max(x^2, y, 3*x)', 'x');
    const point = { x: 2, y: 1 };
    // max(4, 1, 6) = 6 from 3x, so ∂/∂x = 3.
    expect(gradient(d.derivative, point).value).toBe(3);
    expect(gradient('max(x^2, y, 3*x)', point).gradient.x).toBe(3);
  });
});

describe('--wrt naming something that is not an input', () => {
  it('refuses an intermediate by name, pointing at its assignment', () => {
    const span = { start: 0, end: 1 };
    expect(() => derive('a = x*y; b = a^2', 'a')).toThrow(expect.objectContaining({ code: 'invalid-argument', position: span }));
    expect(() => gradient('a = x*y; b = a^2', { x: 1, y: 2 }, { wrt: ['a'] })).toThrow(
      expect.objectContaining({ code: 'invalid-argument', position: span }),
    );
    expect(() => gradientGraph('a = x*y; b = a^2', ['a'])).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
  });

  it('refuses the constant e where the source uses it, and still gives 0 for a name that does not occur', () => {
    expect(() => derive('x*e', 'e')).toThrow(expect.objectContaining({ code: 'invalid-argument', position: { start: 2, end: 3 } }));
    expect(derive('x*y', 'e')).toMatchObject({ derivative: '0', occurs: false });
  });
});
