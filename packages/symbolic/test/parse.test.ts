import { describe, expect, it } from 'vitest';
import { gradient, parse, type SymbolicErrorCode } from '../src/index.js';

const expectRejects = (source: string, code: SymbolicErrorCode, culprit: string): void => {
  const start = source.indexOf(culprit);
  expect(() => parse(source)).toThrow(expect.objectContaining({ code, position: { start, end: start + culprit.length } }));
};

describe('parse', () => {
  it('reads a program: inputs in order of appearance, assignments, the last one as output', () => {
    const program = parse('a = x*y; b = a + z\nc = b^2');
    expect(program.inputs).toEqual(['x', 'y', 'z']);
    expect(program.assignments.map((a) => a.name)).toEqual(['a', 'b', 'c']);
    expect(program.outputName).toBe('c');
    expect(program.assignments[2]!.span).toEqual({ start: 19, end: 20 });
  });

  it('treats pi and e as constants unless the program assigns them', () => {
    expect(parse('pi * x^2 + e').inputs).toEqual(['x']);
    expect(gradient('pi * x^2 + e', { x: 2 }).value).toBeCloseTo(Math.PI * 4 + Math.E, 14);
    expect(gradient('e = 2; y = e * x', { x: 3 }).value).toBe(6);
  });

  it('shares equal subexpressions: one node however often they are written', () => {
    const once = parse('sin(x*y)').graph.size;
    const twice = parse('sin(x*y) + cos(sin(x*y))').graph.size;
    expect(twice - once).toBe(2); // only cos(·) and the sum are new
  });

  it('lets identifiers that are JavaScript hazards work as ordinary inputs', () => {
    const point = new Map([['constructor', 2], ['__proto__', 3], ['toString', 4], ['process', 5]]);
    const result = gradient('constructor * __proto__ + toString^2 + process', point);
    expect(gradient('__proto__ ^ 2', JSON.parse('{"__proto__": 3}') as Record<string, number>).gradient.__proto__).toBe(6);
    expect(result.value).toBe(2 * 3 + 16 + 5);
    expect(Object.keys(result.gradient)).toEqual(['constructor', '__proto__', 'toString', 'process']);
    expect(result.gradient.__proto__).toBe(2);
    expect(result.gradient).toHaveProperty('toString', 8);
  });

  it('accepts comments, blank lines, implicit multiplication and scientific notation', () => {
    expect(gradient('# a comment\n\na = 2x # twice x\nb = 1.5e1 * a', { x: 1 }).value).toBe(30);
  });

  it('parses 100 000 terms without overflowing the stack', () => {
    const source = Array.from({ length: 100_000 }, (_, i) => `x${i % 50}`).join(' + ');
    const result = gradient(source, Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`x${i}`, i])));
    expect(result.gradient.x7).toBe(2000);
    expect(result.value).toBe(2000 * (49 * 50) / 2);
  }, 30_000);

  it('answers 20 000 nested parentheses with a clean too-deep error', () => {
    const source = `${'('.repeat(20_000)}x${')'.repeat(20_000)}`;
    expect(() => parse(source)).toThrow(expect.objectContaining({ code: 'too-deep' }));
  });

  it('answers a long chain of unary minus signs without a stack overflow', () => {
    const source = `${'-'.repeat(20_000)}x`;
    let code: string | undefined;
    try {
      code = String(gradient(source, { x: 1 }).gradient.x);
    } catch (error) {
      code = (error as { code?: string }).code;
    }
    expect(['1', 'too-deep']).toContain(code);
  });
});

describe('parse errors', () => {
  it('points at the first character that cannot start a term', () => {
    expectRejects('2 * ) + x', 'syntax', ')');
  });
  it('names an unknown function and suggests the nearest known one', () => {
    expect(() => parse('sigmod(x) + 1')).toThrow(expect.objectContaining({ code: 'unknown-function', position: { start: 0, end: 6 }, message: expect.stringContaining('sigmoid') }));
    expect(() => parse('ln(x)')).toThrow(expect.objectContaining({ message: expect.stringContaining('log') }));
  });
  it('explains that x(y + 1) is a call, not a product', () => {
    expect(() => parse('x(y + 1)')).toThrow(expect.objectContaining({ code: 'unknown-function', message: expect.stringContaining('x * (') }));
  });
  it.each([
    ['"hello" + x', '"hello"'],
    ['x + [1, 2]', '['],
    ['x!', '!'],
    ['x == 1', '=='],
    ['x < 1', '<'],
    ['x != 1', '!='],
    ['x > 0 ? x : 0', '>'],
    ['1:3', ':'],
    ['x % 2', '%'],
    ['x mod 2', 'mod'],
    ["x'", "'"],
    ['a.b + 1', '.'],
    ['x .* y', '.*'],
    ['{a: 1}', '{'],
    ['true + x', 'true'],
    ['Infinity * x', 'Infinity'],
    ['x & y', '&'],
  ])('rejects %s as unsupported, pointing at %s', (source, culprit) => {
    expectRejects(source, 'unsupported', culprit);
  });
  it('rejects function definitions and bare expressions before the last statement', () => {
    expectRejects('f(x) = x^2', 'unsupported', 'f(x) = x^2');
    expectRejects('x + 1; y = 2', 'unsupported', 'x + 1');
  });
  it('rejects a variable used before it is assigned, and a name assigned twice', () => {
    expectRejects('b = a + 1; a = 2', 'undefined-variable', 'a');
    expect(() => parse('a = a + 1')).toThrow(expect.objectContaining({ code: 'undefined-variable', position: { start: 4, end: 5 } }));
    const twice = 'a = x; b = a; a = 2';
    expect(() => parse(twice)).toThrow(expect.objectContaining({ code: 'reassigned', position: { start: 14, end: 15 } }));
  });
  it('checks argument counts', () => {
    expectRejects('y + log(x, 2, 3)', 'arity', 'log(x, 2, 3)');
    expectRejects('sin(x, y)', 'arity', 'sin(x, y)');
    expectRejects('max()', 'arity', 'max()');
  });
  it('refuses a function name used as a variable', () => {
    expectRejects('2 * sin', 'syntax', 'sin');
  });
  it('refuses empty source and characters outside the language', () => {
    expect(() => parse('  \n ')).toThrow(expect.objectContaining({ code: 'syntax' }));
    expectRejects('x @ y', 'syntax', '@');
  });
  it('refuses a number that is not finite', () => {
    expect(() => parse('1e400 * x')).toThrow(expect.objectContaining({ code: 'unsupported', position: { start: 0, end: 5 } }));
  });
  it('refuses source that is not a string', () => {
    expect(() => parse(42 as unknown as string)).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
  });
});

describe('domain errors', () => {
  it('names the function and the point, never returning NaN', () => {
    expect(() => gradient('y + log(x)', { x: -1, y: 0 })).toThrow(expect.objectContaining({ code: 'domain', position: { start: 4, end: 10 }, message: expect.stringContaining('x = -1') }));
    expect(() => gradient('1/x', { x: 0 })).toThrow(expect.objectContaining({ code: 'domain', position: { start: 0, end: 3 } }));
    expect(() => gradient('asin(x)', { x: 2 })).toThrow(expect.objectContaining({ code: 'domain' }));
    expect(() => gradient('x^0.5', { x: -4 })).toThrow(expect.objectContaining({ code: 'domain' }));
  });
  it('reports a derivative that does not exist even where the value does', () => {
    expect(() => gradient('sqrt(x)', { x: 0 })).toThrow(expect.objectContaining({ code: 'domain', message: expect.stringContaining('derivative') }));
  });
  it('asks for every input the output needs and rejects values that are not finite', () => {
    expect(() => gradient('x * y', { x: 1 })).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
    expect(() => gradient('x', { x: Number.NaN })).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
  });
});
