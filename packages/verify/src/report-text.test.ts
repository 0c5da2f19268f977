import { describe, expect, it } from 'vitest';
import { checkGradient } from './check-gradient.js';
import { checkJacobian } from './check-jacobian.js';
import { formatText } from './report-text.js';

const f = (x: Float64Array): number => x[0]! * x[1]! + Math.max(x[2]!, 0);
const x = Float64Array.of(3, 2, 0);
// eslint-disable-next-line no-control-regex -- looking for ANSI escapes is the point
const ANSI = /\u001b\[/;

function columnsStart(line: string): number[] {
  return [...line.matchAll(/(?<=^ {2}|\S {2,})\S/g)].map((match) => match.index);
}

describe('formatText', () => {
  it('puts the headline first and the worst component in the first row', () => {
    const text = formatText(checkGradient(f, [2, 3.01, 0], x));
    const lines = text.split('\n');
    expect(lines[0]).toBe('gradient check failed: 1 of 3 components outside tolerance');
    expect(lines[1]).toContain('central differences, float64');
    expect(lines[2]!.trim().split(/\s{2,}/)).toEqual(['component', 'analytic', 'numeric', 'abs error', 'rel error', 'tolerance', 'status']);
    expect(lines[3]!.trim().split(/\s{2,}/)).toEqual(['x[1]', '3.01', '2.99999999996', '1.00e-2', '3.32e-3', '3.06e-6', 'FAIL']);
    expect(lines[lines.length - 1]).toBe('kinks: x[2] (one-sided 0 / 1)');
  });

  it('aligns every column', () => {
    const lines = formatText(checkGradient(f, [2, 3.01, 0], x)).split('\n').slice(2, 6);
    const starts = lines.map(columnsStart);
    for (const row of starts) expect(row).toEqual(starts[0]);
    expect(starts[0]).toHaveLength(7);
  });

  it('colours only when asked', () => {
    const result = checkGradient(f, [2, 3.01, 0], x);
    expect(formatText(result)).not.toMatch(ANSI);
    expect(formatText(result, { color: false })).not.toMatch(ANSI);
    const coloured = formatText(result, { color: true });
    expect(coloured).toMatch(ANSI);
    expect(coloured).toContain('\u001b[31mFAIL\u001b[0m');
    // Colour does not break alignment: stripped of escapes, the table is the plain one.
    // eslint-disable-next-line no-control-regex -- stripping ANSI escapes
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(formatText(result));
  });

  it('uses the caller’s names and shows at most `limit` rows', () => {
    const n = 30;
    const g = (y: Float64Array): number => y.reduce((sum, value) => sum + value * value, 0);
    const y = Float64Array.from({ length: n }, (_, i) => i / n);
    const wrong = y.map((value) => 2 * value);
    wrong[17] = 5;
    const names = Array.from({ length: n }, (_, i) => `w${i}`);
    const text = formatText(checkGradient(g, wrong, y), { names, limit: 3 });
    const lines = text.split('\n');
    expect(lines[3]!.trim().startsWith('w17 ')).toBe(true);
    expect(lines).toHaveLength(2 + 1 + 3 + 1);
    expect(lines[6]).toBe('  … 27 more (0 failing)');
  });

  it('labels Jacobian entries by output and input', () => {
    const result = checkJacobian((y) => [y[0]! * y[1]!], [[2, 4]], Float64Array.of(3, 2));
    expect(formatText(result)).toContain('∂f[0]/∂x[1]');
  });

  it('says why a check failed before comparing', () => {
    const text = formatText(checkGradient(() => Number.NaN, [0], Float64Array.of(0)));
    expect(text.split('\n')[0]).toBe('gradient check failed: f(x) is NaN');
  });
});
