import { parse } from '@bp/symbolic';
import { describe, expect, it } from 'vitest';
import { compile } from './compile.js';

// Hand-derived: f = x²·y, ∂f/∂x = 2xy, ∂f/∂y = x². At (3, 2): 18, 12, 9; at (−1, 5): 5, −10, 1.
const at = { x: Float64Array.of(3, -1), y: Float64Array.of(2, 5) };

describe('compile, asked again for the same Program', () => {
  it('gives each wrt its own partials', () => {
    const program = parse('x^2 * y');
    const both = compile(program).evaluate(at);
    const onlyY = compile(program, { wrt: ['y'] }).evaluate(at);
    const yThenX = compile(program, { wrt: ['y', 'x'] });
    expect([...both.value]).toEqual([18, 5]);
    expect([...both.gradient.x!]).toEqual([12, -10]);
    expect(Object.keys(onlyY.gradient)).toEqual(['y']);
    expect([...onlyY.gradient.y!]).toEqual([9, 1]);
    expect(yThenX.wrt).toEqual(['y', 'x']);
    expect([...yThenX.evaluate(at).gradient.x!]).toEqual([12, -10]);
  });

  it('gives each dtype its own kernel', () => {
    const program = parse('x^2 * y');
    compile(program, { backend: 'js' });
    const single = compile(program, { dtype: 'float32', backend: 'js' });
    expect(single.dtype).toBe('float32');
    const out = single.evaluate({ x: Float32Array.of(3, -1), y: Float32Array.of(2, 5) });
    expect(out.value).toBeInstanceOf(Float32Array);
    expect([...out.gradient.y!]).toEqual([9, 1]);
  });

  it('returns a new Kernel object each time, so what one caller adds to it stays its own', () => {
    const program = parse('x^2 * y');
    const first = compile(program);
    Object.assign(first, { extra: 1 });
    expect(compile(program)).not.toHaveProperty('extra');
  });

  it('compiles programs of the same shape but other names or constants on their own', () => {
    const named = compile(parse('a^2 * b'));
    expect(named.inputs).toEqual(['a', 'b']);
    expect(named.source).toContain('a0 = a');
    expect([...named.evaluate({ a: at.x, b: at.y }).gradient.a!]).toEqual([12, -10]);
    // Hand-derived: ∂(x³·y)/∂x = 3x²y, 54 at (3, 2).
    expect(compile(parse('x^3 * y')).evaluate({ x: 3, y: 2 }).gradient.x![0]).toBe(54);
  });
});
