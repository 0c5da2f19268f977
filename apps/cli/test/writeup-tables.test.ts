import katex from 'katex';
import MarkdownIt from 'markdown-it';
import { writeup } from '@bp/symbolic';
import { describe, expect, it } from 'vitest';
import { bpAsync } from './helpers.js';

/** Sources over every function bp knows, each with a point inside its domain. */
const SOURCES: readonly [string, Record<string, number>][] = [
  ['L = abs(y - p)', { y: 1, p: 0.25 }],
  ['asec(x) + acsc(x)', { x: 2 }],
  ['abs(x) * asec(x) - acsc(x) / abs(y)', { x: -3, y: 0.5 }],
  ['sqrt(abs(x)) + cbrt(x) + nthRoot(x, 3)', { x: 2 }],
  ['log(abs(x) + 1) + log(x, 2) + log10(x) + log2(x)', { x: 3 }],
  ['exp(x) * sin(x) + cos(x) / tan(x)', { x: 0.7 }],
  ['sec(x) + csc(x) + cot(x)', { x: 0.7 }],
  ['asin(x) + acos(x) + atan(x) + acot(x)', { x: 0.3 }],
  ['sinh(x) + cosh(x) + tanh(x) + sech(x) + csch(x) + coth(x)', { x: 0.9 }],
  ['asinh(x) + acosh(y) + atanh(z)', { x: 0.4, y: 2, z: 0.5 }],
  ['asech(x) + acsch(y) + acoth(z)', { x: 0.5, y: 2, z: 3 }],
  ['erf(x) + sigmoid(x) + softplus(x)', { x: 0.2 }],
  ['relu(x) + leakyRelu(y, 0.1) + elu(z, 1)', { x: 1, y: -1, z: -0.5 }],
  ['max(x, y) - min(x, abs(y))', { x: 1, y: -2 }],
  ['z = w*x + b; a = sigmoid(z); L = (y - a)^2 / 2', { x: 2, w: 0.5, b: 1, y: 1 }],
  ['a = x*y; b = a + z; c = b^2', { x: 1, y: 2, z: 3 }],
  ['p = sigmoid(w*x); L = -(y*log(p) + (1 - y)*log(1 - p)) + abs(w)', { w: 0.3, x: 2, y: 1 }],
  ['d = y - p; L = abs(d) + d^2', { y: 3, p: 1 }],
  ['h = tanh(abs(w1*x)); o = asec(2 + h^2); L = abs(o - t)', { w1: 0.5, x: 1, t: 0.1 }],
  ['x^y + y^x', { x: 2, y: 3 }],
];

/** A cell's unescaped `$` delimiters come in pairs. */
function balanced(cell: string): boolean {
  return (cell.match(/(?<!\\)\$/g) ?? []).length % 2 === 0;
}

/**
 * Checks every table of a Markdown text with markdown-it: each row has as many cells as its
 * header and loses nothing (markdown-it pads a short row and drops the excess of a long one, so
 * the row rebuilt from its cells must be the source line), every cell's math is balanced and
 * renders with KaTeX. Returns how many rows it checked.
 */
function checkTables(markdown: string): number {
  const tokens = new MarkdownIt().parse(markdown, {});
  const lines = markdown.split('\n');
  let rows = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.type !== 'tr_open') continue;
    const cells: string[] = [];
    for (let j = i + 1; tokens[j]!.type !== 'tr_close'; j++) if (tokens[j]!.type === 'inline') cells.push(tokens[j]!.content);
    const source = lines[tokens[i]!.map![0]]!;
    const squeeze = (text: string): string => text.replace(/\s+/g, '');
    expect(squeeze(`|${cells.join('|')}|`)).toBe(squeeze(source.replace(/\\\|/g, '|')));
    for (const cell of cells) {
      expect([cell, balanced(cell)]).toEqual([cell, true]);
      for (const [, latex] of cell.matchAll(/\$([^$]+)\$/g)) expect(() => katex.renderToString(latex!, { throwOnError: true })).not.toThrow();
    }
    rows++;
  }
  return rows;
}

describe('write-up tables', () => {
  it.each(SOURCES)('keep every row of the write-up of %s whole, with and without a point', (source, at) => {
    expect(checkTables(writeup(source, { at }))).toBeGreaterThan(10);
    expect(checkTables(writeup(source))).toBeGreaterThan(3);
  });

  it.concurrent.each(SOURCES.filter(([source]) => /abs|asec|acsc/.test(source)).slice(0, 4))(
    'keep every row whole in bp writeup %s, Check section included',
    async (source, at) => {
      const point = Object.entries(at).map(([name, value]) => `${name}=${value}`).join(',');
      const [withPoint, without, derive] = await Promise.all([
        bpAsync(['writeup', source, '--at', point]),
        bpAsync(['writeup', source]),
        bpAsync(['derive', source, '--wrt', Object.keys(at)[0]!, '--steps', '--format', 'markdown']),
      ]);
      expect([withPoint.status, without.status, derive.status]).toEqual([0, 0, 0]);
      expect(withPoint.stdout).toContain('## Check');
      expect(checkTables(withPoint.stdout)).toBeGreaterThan(10);
      expect(checkTables(without.stdout)).toBeGreaterThan(3);
      expect(checkTables(derive.stdout)).toBeGreaterThan(1);
    },
  );

  it('would catch a row split by a pipe in its math', () => {
    expect(() => checkTables('| a | b |\n| --- | --- |\n| $\\left|x\\right|$ | 1 |\n')).toThrow();
  });
});
