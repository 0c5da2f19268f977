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
  ['z1 = w1*x + b1; a1 = z1*sigmoid(z1); z2 = w2*a1 + b2; a2 = tanh(z2); z3 = w3*a2 + b3; a3 = sigmoid(z3); L = (a3 - y)^2', { x: 0.5, w1: 0.9, b1: 0.1, w2: -0.4, b2: 0.2, w3: 1.5, b3: -0.3, y: 1 }],
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
    expect(checkTables(writeup(source, { at }))).toBeGreaterThan(5);
    expect(checkTables(writeup(source))).toBeGreaterThan(2);
    expect(checkTables(writeup(source, { at, expand: true, learningRate: 1e-7 }))).toBeGreaterThan(5);
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

/** The Check rows of a Hessian write-up: the point, the two inputs and the three values. */
function hessianRows(markdown: string): { at: Record<string, number>; wrt: [string, string]; values: number[]; status: string }[] {
  const check = markdown.slice(markdown.indexOf('## Check'));
  return check
    .split('\n')
    .filter((line) => /^\| [^-]/.test(line) && !line.startsWith('| point'))
    .map((line) => {
      const cells = line.split('|').slice(1, -1).map((cell) => cell.trim());
      const at = Object.fromEntries(cells[0]!.split(', ').map((pair) => pair.split(' = ')).map(([name, value]) => [name!, Number(value)]));
      const names = [...cells[1]!.matchAll(/\\partial ([a-z])/g)].map((m) => m[1]!);
      const wrt: [string, string] = names.length === 1 ? [names[0]!, names[0]!] : [names[0]!, names[1]!];
      return { at, wrt, values: cells.slice(2, 5).map(Number), status: cells[5]! };
    });
}

describe('bp writeup --order 2', () => {
  it.concurrent('writes Newton’s step onto a quadratic’s minimum, with every table whole and the Hessian as derived by hand', async () => {
    // f = x² + xy + 2y² − 3x: ∇f = (2x + y − 3, x + 4y), H = [[2, 1], [1, 4]]; the minimum solves
    // 2x + y = 3, x + 4y = 0: (12/7, −3/7), where one Newton step from anywhere lands.
    const run = await bpAsync(['writeup', 'x^2 + x*y + 2*y^2 - 3*x', '--order', '2', '--at', 'x=0,y=0']);
    expect(run.status).toBe(0);
    expect(checkTables(run.stdout)).toBe(4);
    const hand: Record<string, number> = { 'x,x': 2, 'x,y': 1, 'y,y': 4 };
    const rows = hessianRows(run.stdout);
    expect(rows.map((row) => row.wrt.join(','))).toEqual(['x,x', 'x,y', 'y,y']);
    for (const row of rows) {
      expect(row.at).toEqual({ x: 0, y: 0 });
      for (const value of row.values) expect(value).toBeCloseTo(hand[row.wrt.join(',')]!, 8);
      expect(row.status).toBe('ok');
    }
    const step = /x \+ d = \\begin\{bmatrix\} (\S+) \\\\ (\S+) \\end\{bmatrix\}/.exec(run.stdout);
    expect(step).not.toBeNull();
    expect(Number(step![1])).toBeCloseTo(12 / 7, 5);
    expect(Number(step![2])).toBeCloseTo(-3 / 7, 5);
    expect(run.stdout).toContain('positive definite');
  });

  it.concurrent('checks x²y at a saddle point: Newton’s step by hand, and a Hessian that is not positive definite', async () => {
    // H = [[2y, 2x], [2x, 0]] = [[4, 6], [6, 0]] at (3, 2), ∇f = (12, 9): H d = −∇f gives d = (−1.5, −1).
    const run = await bpAsync(['writeup', 'x^2*y', '--order', '2', '--at', 'x=3,y=2']);
    expect(run.status).toBe(0);
    expect(checkTables(run.stdout)).toBe(4);
    expect(hessianRows(run.stdout).map((row) => row.values[0])).toEqual([4, 6, 0]);
    const d = /d = \\begin\{bmatrix\} (\S+) \\\\ (\S+) \\end\{bmatrix\}/.exec(run.stdout);
    expect([Number(d![1]), Number(d![2])]).toEqual([-1.5, -1]);
    expect(run.stdout).toContain('not positive definite');
  });

  it.concurrent('checks sin(xy) at seeded random points without --at, every entry as derived by hand', async () => {
    const run = await bpAsync(['writeup', 'sin(x*y)', '--order', '2']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('No point was given (`--at`), so at 3 random points');
    expect(checkTables(run.stdout)).toBe(10);
    const hand = ({ x, y }: Record<string, number>, wrt: string): number => {
      const s = Math.sin(x! * y!);
      if (wrt === 'x,x') return -y! * y! * s;
      if (wrt === 'y,y') return -x! * x! * s;
      return Math.cos(x! * y!) - x! * y! * s;
    };
    const rows = hessianRows(run.stdout);
    expect(rows).toHaveLength(9);
    for (const row of rows) {
      // The table prints 6 significant digits; the point 12.
      for (const value of row.values) expect(Math.abs(value - hand(row.at, row.wrt.join(',')))).toBeLessThan(1e-5 * Math.max(1, Math.abs(value)));
    }
  });

  it.concurrent('rejects --order 3 and a matrix program at order 2 with one-line errors', async () => {
    // writeup has no --json: the error's code is in its one line.
    const three = await bpAsync(['writeup', 'x^2', '--order', '3']);
    expect(three.status).toBe(2);
    expect(three.stderr).toMatch(/^bp writeup: error\[usage\]: [^\n]*--order[^\n]*\n$/);
    const matrix = await bpAsync(['writeup', 'sum(W*x)', '--shape', 'W=2x2,x=2', '--order', '2']);
    expect(matrix.status).toBe(2);
    expect(matrix.stderr).toMatch(/^bp writeup: error\[unsupported\]: [^\n]*\n$/);
  });
});
