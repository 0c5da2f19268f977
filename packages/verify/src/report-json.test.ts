import { describe, expect, it } from 'vitest';
import { checkGradient } from './check-gradient.js';
import { formatJson, toJson } from './report-json.js';

const f = (x: Float64Array): number => x[0]! * x[1]! + Math.abs(x[2]!);
const x = Float64Array.of(3, 2, 0);

describe('toJson and formatJson', () => {
  it('have a stable shape with keys in a fixed order', () => {
    const report = toJson(checkGradient(f, [2, 3.01, 0], x));
    expect(Object.keys(report)).toEqual([
      'version', 'ok', 'kind', 'scheme', 'dtype', 'rtol', 'atol', 'maxAbsError', 'maxRelError',
      'checked', 'failures', 'evaluations', 'kinks', 'worst',
    ]);
    expect(report).toMatchObject({ version: 1, ok: false, kind: 'gradient', scheme: 'central', dtype: 'float64', checked: 3, failures: 1, kinks: [2] });
    expect(Object.keys(report.worst[0]!)).toEqual([
      'index', 'name', 'analytic', 'numeric', 'absError', 'relError', 'tolerance', 'numericError', 'ok', 'kink',
    ]);
    expect(report.worst[0]).toMatchObject({ index: 1, name: 'x[1]', analytic: 3.01, ok: false, kink: false });
    const kink = report.worst.find((entry) => entry.kink)!;
    expect(kink).toMatchObject({ index: 2, name: 'x[2]', ok: true });
    expect(kink.left).toBeCloseTo(-1, 6);
    expect(kink.right).toBeCloseTo(1, 6);
  });

  it('round-trips through JSON text, with two-space indentation by default', () => {
    const result = checkGradient(f, [2, 3.01, 0], x);
    const text = formatJson(result);
    expect(text.split('\n')[1]).toBe('  "version": 1,');
    expect(JSON.parse(text)).toEqual(toJson(result));
    expect(formatJson(result, { indent: 0 })).not.toContain('\n');
  });

  it('writes NaN and infinities as strings, never as null', () => {
    const report = toJson(checkGradient((y) => y[0]!, [Number.NaN], Float64Array.of(1)));
    expect(report.worst[0]!.analytic).toBe('NaN');
    expect(report.maxAbsError).toBe('NaN');
    expect(report.worst[0]!.reason).toMatch(/analytic/);
    const failed = JSON.parse(formatJson(checkGradient(() => Number.POSITIVE_INFINITY, [0], Float64Array.of(0)))) as Record<string, unknown>;
    expect(failed).toMatchObject({ ok: false, reason: 'f(x) is Infinity', maxAbsError: 'NaN', worst: [] });
    expect(formatJson(checkGradient((y) => y[0]!, [Number.NEGATIVE_INFINITY], Float64Array.of(1)))).toContain('"-Infinity"');
  });

  it('writes −0 as 0', () => {
    const report = toJson(checkGradient((y) => -0 * y[0]!, [-0], Float64Array.of(1)));
    expect(Object.is(report.worst[0]!.analytic, 0)).toBe(true);
    expect(formatJson(checkGradient((y) => -0 * y[0]!, [-0], Float64Array.of(1)))).not.toContain('-0');
  });

  it('limits the components and uses the caller’s names', () => {
    const report = toJson(checkGradient(f, [2, 3.01, 0], x), { limit: 1, names: ['w', 'b', 'c'] });
    expect(report.worst).toHaveLength(1);
    expect(report.worst[0]!.name).toBe('b');
    expect(report.checked).toBe(3);
  });
});
