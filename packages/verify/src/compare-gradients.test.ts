import { describe, expect, it } from 'vitest';
import { compareGradients } from './compare-gradients.js';
import { formatText } from './report-text.js';

describe('compareGradients', () => {
  it('passes gradients that agree to rounding and puts the worst disagreement first', () => {
    const reference = [1, -2, 3e-3, 0];
    expect(compareGradients(reference, [1 + 1e-15, -2, 3e-3, 0]).ok).toBe(true);
    const result = compareGradients(reference, [1, -2.001, 3e-3, 1e-9]);
    expect(result).toMatchObject({ ok: false, kind: 'comparison', scheme: 'none', failures: 2, evaluations: 0, kinks: [] });
    expect(result.worst[0]).toMatchObject({ index: 1, analytic: -2.001, numeric: -2, ok: false });
    expect(result.worst[1]).toMatchObject({ index: 3, ok: false });
    expect(result.maxAbsError).toBeCloseTo(1e-3, 12);
  });

  it('is as loose as float32 rounding for a float32 candidate', () => {
    const reference = [0.1, 0.7, -1.3];
    expect(compareGradients(reference, reference.map(Math.fround), { dtype: 'float32' }).ok).toBe(true);
    expect(compareGradients(reference, reference.map(Math.fround)).ok).toBe(false);
    expect(compareGradients(reference, [0.1, 0.7 * 1.001, -1.3], { dtype: 'float32' }).ok).toBe(false);
  });

  it('fails NaN with a reason and reads as a comparison in the text report', () => {
    const result = compareGradients([1, 2], [1, Number.NaN]);
    expect(result.worst[0]).toMatchObject({ index: 1, ok: false, reason: 'the candidate value is NaN' });
    const lines = formatText(result).split('\n');
    expect(lines[0]).toBe('gradient comparison failed: 1 of 2 components outside tolerance');
    expect(lines[1]!.startsWith('analytic comparison, float64, rtol 1.00e-12')).toBe(true);
    expect(lines[2]!.trim().split(/\s{2,}/).slice(0, 3)).toEqual(['component', 'candidate', 'reference']);
  });

  it('rejects vectors of different lengths and bad options', () => {
    expect(() => compareGradients([1, 2], [1])).toThrow(
      expect.objectContaining({ code: 'dimension', position: { parameter: 'candidate', coordinate: 1 } }),
    );
    expect(() => compareGradients('x' as unknown as number[], [1])).toThrow(
      expect.objectContaining({ code: 'invalid-argument', position: { parameter: 'reference' } }),
    );
    expect(() => compareGradients([1], [1], { rtol: -1 })).toThrow(
      expect.objectContaining({ code: 'invalid-option', position: { parameter: 'options.rtol' } }),
    );
  });
});
