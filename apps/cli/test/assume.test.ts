import { describe, expect, it } from 'vitest';
import { bp, expectSchema } from './helpers.js';

const SOFTMAX_CE = 's = exp(a) + exp(b) + exp(c)\np_a = exp(a) / s\np_b = exp(b) / s\np_c = exp(c) / s\nL = -(y_a*log(p_a) + y_b*log(p_b) + y_c*log(p_c))';
const SUM = 'y_a + y_b + y_c = 1';

interface DeriveJson {
  derivative: string;
  compact: string;
  latex: string;
  assumptions?: string[];
  general?: string;
  steps: { rule: string; expression: string; result: string; latex: string; assumptions?: string[] }[];
}

describe('bp derive --assume', () => {
  it('gives p_b − y_b for softmax cross-entropy with labels that sum to 1, and says it used that', () => {
    const run = bp(['derive', SOFTMAX_CE, '--wrt', 'b', '--assume', SUM]);
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
    expect(run.stdout).toBe(
      '∂L/∂b = exp(b) / (exp(a) + exp(b) + exp(c)) - y_b\n      = p_b - y_b\n(using y_a + y_b + y_c = 1; without it, ∂L/∂b = p_b * (y_a + y_b + y_c) - y_b)\n',
    );
    const json = bp(['derive', SOFTMAX_CE, '--wrt', 'b', '--assume', SUM, '--json']);
    const out = JSON.parse(json.stdout) as DeriveJson;
    expectSchema('derive.json', out);
    expect(out).toMatchObject({ compact: 'p_b - y_b', assumptions: [SUM], general: 'p_b * (y_a + y_b + y_c) - y_b' });
    expect(out.steps.at(-1)).toMatchObject({ rule: 'assume', assumptions: [SUM], result: 'p_b - y_b' });
    const steps = bp(['derive', SOFTMAX_CE, '--wrt', 'b', '--assume', SUM, '--steps']);
    expect(steps.stdout).toContain('assume             p_b * (y_a + y_b + y_c) - y_b = p_b - y_b, using y_a + y_b + y_c = 1\n');
  });

  it('never assumes it unasked: without --assume the result is exact and says nothing of labels', () => {
    const out = JSON.parse(bp(['derive', SOFTMAX_CE, '--wrt', 'b', '--json']).stdout) as DeriveJson;
    expect(out.compact).toBe('p_b * (y_a + y_b + y_c) - y_b');
    expect(out.assumptions).toBeUndefined();
    expect(out.steps.some((s) => s.rule === 'assume')).toBe(false);
  });

  it('notes an assumption the derivative does not need, on stderr', () => {
    const run = bp(['derive', SOFTMAX_CE, '--wrt', 'y_a', '--assume', SUM]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('∂L/∂y_a = -log(exp(a) / (exp(a) + exp(b) + exp(c)))\n        = -log(p_a)\n');
    expect(run.stderr).toContain('--assume');
  });

  it.each([
    ['y_a * y_b = 1', 4, 5],
    ['y_a + q = 1', 6, 7],
    ['y_a + y_b + y_c', 0, 15],
    ['y_a + y_b = x', 12, 13],
  ])('rejects --assume "%s" in one line, exit 2, pointing at [%i, %i)', (text, start, end) => {
    const run = bp(['derive', SOFTMAX_CE, '--wrt', 'b', '--assume', text, '--json']);
    expect(run.status).toBe(2);
    expect(JSON.parse(run.stderr)).toMatchObject({ error: { code: 'invalid-option', position: { argument: '--assume', start, end } } });
    const text1 = bp(['derive', SOFTMAX_CE, '--wrt', 'b', '--assume', text]);
    expect(text1.status).toBe(2);
    expect(text1.stderr.trim().split('\n')).toHaveLength(1);
  });
});

interface CheckJson {
  ok: boolean;
  assumptions?: string[];
  points: { at: Record<string, number> }[];
  claims?: { wrt: string; ok: boolean }[];
}

describe('bp check --assume', () => {
  const claim = ['--claim', 'b=p_b - y_b'];

  it('checks a claim that relies on Σy = 1 only at points where it holds, and says so', () => {
    const run = bp(['check', SOFTMAX_CE, ...claim, '--assume', SUM, '--points', '5', '--json']);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as CheckJson;
    expectSchema('check.json', out);
    expect(out.assumptions).toEqual([SUM]);
    expect(out.claims).toEqual([expect.objectContaining({ wrt: 'b', ok: true })]);
    expect(out.points.length).toBeGreaterThanOrEqual(3);
    for (const { at } of out.points) expect(at.y_a! + at.y_b! + at.y_c!).toBeCloseTo(1, 12);
  });

  it('finds the same claim wrong without the assumption (exit 1)', () => {
    const run = bp(['check', SOFTMAX_CE, ...claim, '--json']);
    expect(run.status).toBe(1);
    expect((JSON.parse(run.stdout) as CheckJson).claims).toEqual([expect.objectContaining({ wrt: 'b', ok: false })]);
  });

  it('refuses a given point where the assumption does not hold (exit 2, at --at)', () => {
    const run = bp(['check', SOFTMAX_CE, ...claim, '--assume', SUM, '--at', 'a=1,b=2,c=0,y_a=0,y_b=1,y_c=0.5', '--json']);
    expect(run.status).toBe(2);
    expect(JSON.parse(run.stderr)).toMatchObject({ error: { code: 'invalid-point', position: { argument: '--at' } } });
    const ok = bp(['check', SOFTMAX_CE, ...claim, '--assume', SUM, '--at', 'a=1,b=2,c=0,y_a=0.25,y_b=0.5,y_c=0.25', '--points', '0']);
    expect(ok.status).toBe(0);
  });
});

describe('bp writeup --assume', () => {
  it('marks the partials that use the assumption and compares them with the backward pass at points where it holds', () => {
    const run = bp(['writeup', SOFTMAX_CE, '--assume', SUM]);
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
    expect(run.stdout).toContain('$\\frac{e^{b}}{e^{a} + e^{b} + e^{c}} - y_{b}$ (assumed)');
    expect(run.stdout).toContain('## The assumption');
    const rows = run.stdout.split('\n').filter((line) => /^\| \d \| \$\\frac\{\\partial L\}\{\\partial [abc]\} = p_\{[abc]\} - y_\{[abc]\}\$/.test(line));
    expect(rows).toHaveLength(9);
    for (const row of rows) expect(row.endsWith('| ok |')).toBe(true);
    // The points listed satisfy the assumption (read back from the page, summed here).
    const points = run.stdout.split('\n').filter((line) => line.startsWith('- point '));
    expect(points).toHaveLength(3);
    for (const line of points) {
      const value = (name: string): number => Number(new RegExp(`${name} = (-?[\\d.e-]+)`).exec(line)![1]);
      expect(value('y_a') + value('y_b') + value('y_c')).toBeCloseTo(1, 10);
    }
  });

  it('refuses an --at point where the assumption does not hold', () => {
    const run = bp(['writeup', SOFTMAX_CE, '--assume', SUM, '--at', 'a=1,b=2,c=0,y_a=0,y_b=1,y_c=0.5']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^bp writeup: error\[invalid-point\]: .*\(in --at\)\n$/);
  });
});

describe('bp derive --distribution for scalar inputs', () => {
  it('is the assumption that the named inputs sum to 1', () => {
    const out = JSON.parse(bp(['derive', SOFTMAX_CE, '--wrt', 'b', '--distribution', 'y_a,y_b,y_c', '--json']).stdout) as DeriveJson;
    expect(out).toMatchObject({ compact: 'p_b - y_b', assumptions: [SUM] });
  });

  it.each([
    ['y_a', undefined, undefined],
    ['y_a,q', 4, 5],
    ['y_a,y_b,y_a', 8, 11],
  ])('rejects --distribution %s (exit 2, pointing inside it)', (names, start, end) => {
    const run = bp(['derive', SOFTMAX_CE, '--wrt', 'b', '--distribution', names, '--json']);
    expect(run.status).toBe(2);
    const position = start === undefined ? { argument: '--distribution' } : { argument: '--distribution', start, end };
    expect(JSON.parse(run.stderr)).toMatchObject({ error: { code: 'invalid-option', position } });
  });
});
