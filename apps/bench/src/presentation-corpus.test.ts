import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bpDerivative, readCorpus } from './presentation-corpus.js';

/** One row of `presentation/results.json`, written by `presentation/compare_sympy.py`. */
interface Row {
  readonly id: string;
  readonly sympy: string;
  readonly sympyOps: number;
  readonly bp: string;
  readonly bpOps: number;
  readonly equal: boolean;
}

const rows = JSON.parse(readFileSync(new URL('../presentation/results.json', import.meta.url), 'utf8')) as Row[];
const corpus = readCorpus();

describe('presentation corpus (issue 14)', () => {
  it('has at least 150 cases and a committed SymPy result for each', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(150);
    expect(rows.map((r) => r.id)).toEqual(corpus.map((c) => c.id));
  });

  it('commits bp’s current derivative for every case (rerun compare_sympy.py when this fails)', () => {
    const stale = corpus.filter((c, i) => bpDerivative(c) !== rows[i]!.bp).map((c) => c.id);
    expect(stale).toEqual([]);
  });

  it('agrees with SymPy’s derivative on every case, and the committed counts meet the goals', () => {
    expect(rows.filter((r) => !r.equal).map((r) => r.id)).toEqual([]);
    const atMost = rows.filter((r) => r.bpOps <= r.sympyOps).length / rows.length;
    expect(atMost).toBeGreaterThanOrEqual(0.9);
    expect(Math.max(...rows.map((r) => r.bpOps / Math.max(1, r.sympyOps)))).toBeLessThanOrEqual(1.5);
  });

  it('gives the pinned forms a teacher writes (hand-written, issue 14)', () => {
    const form = (source: string, wrt: string): string => bpDerivative({ id: '', category: '', source, wrt });
    expect(form('e^x', 'x')).toBe('e ^ x');
    expect(form('sqrt(x^2+y^2)', 'x')).toBe('x / sqrt(x ^ 2 + y ^ 2)');
    expect(form('x^x', 'x')).toBe('x ^ x * (log(x) + 1)');
    expect(form('sin(x)^2*cos(x)', 'x')).toBe('2 * sin(x) * cos(x) ^ 2 - sin(x) ^ 3');
    expect(form('-log(exp(b)/(exp(a)+exp(b)+exp(c)))', 'b')).toBe('exp(b) / (exp(a) + exp(b) + exp(c)) - 1');
    expect(form('a = sigmoid(z); L = -(y*log(a) + (1-y)*log(1-a))', 'z')).toBe('sigmoid(z) - y');
    expect(form('(x^3-1)/(x-1)', 'x')).toBe('2 * x + 1');
  });
});
