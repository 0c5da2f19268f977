import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplesOfComment, extractExamples, halfLastDigit, instrument, parseLiteral, runExample, type DocExample } from '../src/index.js';

const scope = {
  globals: { square: (x: number) => x * x, half: (x: Float64Array) => x.map((v) => v / 2), fail: () => { throw new RangeError('no'); } },
  importModule: (specifier: string) => (specifier === 'numbers' ? Promise.resolve({ three: 3 }) : Promise.reject(new Error(`no ${specifier}`))),
};
const example = (code: string): DocExample => ({ file: 'm.ts', line: 10, code });
const run = (code: string): Promise<string[]> => runExample(example(code), scope);

describe('extractExamples', () => {
  it('finds each @example of each doc comment with its line, and nothing inside strings', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bp-examples-'));
    writeFileSync(join(dir, 'a.ts'), [
      '/**',
      ' * Squares.',
      ' * @example',
      ' * square(3); // → 9',
      ' * @param x a number',
      ' */',
      'export const s = "/** @example square(2); // → 5 */";',
      '/** @example half(x) */',
    ].join('\n'));
    writeFileSync(join(dir, 'a.test.ts'), '/** @example nope(); */');
    expect(extractExamples(dir)).toEqual([
      { file: 'a.ts', line: 4, code: 'square(3); // → 9' },
      { file: 'a.ts', line: 8, code: 'half(x)' },
    ]);
  });

  it('keeps indentation, drops code fences and stops at the next tag', () => {
    expect(examplesOfComment('/**\n * @example\n * ```ts\n * f(\n *   1);\n * ```\n * @throws x\n */')).toEqual([{ line: 4, code: 'f(\n  1);' }]);
  });
});

describe('parseLiteral', () => {
  it('reads numbers, strings, arrays, typed arrays and objects without running them', () => {
    expect(parseLiteral('{ a: [1, -0.5], b: \'s\', c: new Float64Array([2]), d: true, e: null, f: NaN }', false)).toMatchObject({ kind: 'object' });
    expect(() => parseLiteral('square(2)', false)).toThrow(/not a literal/);
    expect(() => parseLiteral('[1, 2', false)).toThrow(/not one complete literal/);
    expect(() => parseLiteral('`open', false)).toThrow(/not one complete literal/);
  });

  it('gives ≈ a tolerance of half a unit in the last digit written', () => {
    expect(halfLastDigit('0.968377')).toBeCloseTo(5e-7, 20);
    expect(halfLastDigit('1.5e-9')).toBeCloseTo(5e-11, 24);
    expect(halfLastDigit('25')).toBe(0.5);
  });
});

describe('runExample', () => {
  it('passes when every result comment holds', async () => {
    expect(await run('square(3); // → 9\nconst x = half(new Float64Array([1, 3])); // → x = [0.5, 1.5]\nsquare(0.1); // ≈ 0.01')).toEqual([]);
  });

  it('fails a wrong value, naming the file line, the statement and both values', async () => {
    expect(await run('const y = 1;\nsquare(3); // → 10')).toEqual(['m.ts:11: square(3): the value: expected 10, got 9']);
  });

  it('fails ≈ outside the digits written, and tells -0 from 0 when exact', async () => {
    expect(await run('square(0.11); // ≈ 0.012')).toEqual([]);
    expect(await run('square(0.11); // ≈ 0.013')).toHaveLength(1);
    expect(await run('-0 * 1; // → 0')).toEqual(['m.ts:10: -0 * 1: the value: expected 0, got -0']);
    expect(await run('0 / 0; // → 1')).toEqual(['m.ts:10: 0 / 0: the value: expected 1, got NaN']);
    expect(await run('0 / 0; // → NaN')).toEqual([]);
  });

  it('checks the typed array named, elements, lengths and every property of an object', async () => {
    expect(await run('half(new Float64Array([2])); // → new Float32Array([1])')).toEqual(['m.ts:10: half(new Float64Array([2])): the value: expected a Float32Array, got Float64Array [1]']);
    expect(await run('[1, 2]; // → [1]')).toHaveLength(1);
    expect(await run('({ a: 1, b: 2 }); // → { a: 1 }')).toEqual(['m.ts:10: ({ a: 1, b: 2 }): the value: has properties the comment does not show: b']);
  });

  it('compares each result with the value when its statement ran, not after later mutations', async () => {
    expect(await run('const w = new Float64Array([1]);\nw[0] = 2; // → w = [2]\nw[0] = 3; // → w = [3]')).toEqual([]);
  });

  it('reads a multi-line template result from the comment lines below the statement', async () => {
    expect(await run('`a\n  b`;\n// → `a\n//   b`')).toEqual([]);
    expect(await run('`a\n  b`;\n// → `a\n//   c`')).toHaveLength(1);
  });

  it('rejects a trailing comment that is not a result, so an old-style result cannot pass unchecked', async () => {
    expect(await run('square(3); // 10')).toEqual([expect.stringMatching(/^m\.ts:10: a comment after code shows its result and starts with → /)]);
    expect(() => instrument('// prose on its own line is fine\nsquare(3); // → 9')).not.toThrow();
  });

  it('rejects an example that shows no result, a result on a declaration and an unreadable literal', async () => {
    expect(await run('square(3);')).toEqual([expect.stringMatching(/shows no result/)]);
    expect(await run('const y = square(3); // → 9')).toEqual([expect.stringMatching(/^m\.ts:10: only an expression has a value/)]);
    expect(await run('square(3); // → nine')).toEqual([expect.stringMatching(/^m\.ts:10: cannot read the result/)]);
  });

  it('reports an example that throws, and results it never reached', async () => {
    expect(await run('square(2); // → 4\nfail(); // → 1')).toEqual(['m.ts:10: the example throws RangeError: no']);
  });

  it('runs imports through the scope’s importer and shadows globals with its own names', async () => {
    expect(await run("import { three as n } from 'numbers';\nconst square = 1;\nn + square; // → 4")).toEqual([]);
  });
});
