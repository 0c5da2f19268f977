import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gradient, hessianAt } from '../src/index.js';
import { close, numericPartial } from './finite-difference.js';

/** Reference values written by fixtures/sympy-hessians.py (run by hand): SymPy's own parse, diff and hessian, at 30 digits. */
interface Case {
  readonly source: string;
  readonly at: Record<string, number>;
  readonly value: number;
  readonly gradient: Record<string, number>;
  readonly hessian: Record<string, Record<string, number>>;
}

const fixture = JSON.parse(readFileSync(new URL('fixtures/sympy-hessians.json', import.meta.url), 'utf8')) as { sympy: string; cases: Case[] };

/** |a − b| ≤ 1e-8·max(1, |b|): the acceptance bar of issue 16. */
const agrees = (actual: number, expected: number): boolean => Math.abs(actual - expected) <= 1e-8 * Math.max(1, Math.abs(expected));

describe('hessianAt against SymPy', () => {
  it('has at least 100 reference cases from SymPy 1.14', () => {
    expect(fixture.cases.length).toBeGreaterThanOrEqual(100);
    expect(fixture.sympy).toMatch(/^1\.14/);
  });

  it.each(fixture.cases.map((c) => [c.source, c] as const))('%s', (_source, c) => {
    const result = hessianAt(c.source, c.at);
    expect(agrees(result.value, c.value)).toBe(true);
    const names = Object.keys(c.at);
    expect(Object.keys(result.hessian).sort()).toEqual([...names].sort());
    for (const a of names) {
      expect(agrees(result.gradient[a]!, c.gradient[a]!), `∂/∂${a}: ${result.gradient[a]} vs ${c.gradient[a]}`).toBe(true);
      for (const b of names) {
        const entry = result.hessian[a]![b]!;
        expect(agrees(entry, c.hessian[a]![b]!), `∂²/∂${a}∂${b}: ${entry} vs SymPy ${c.hessian[a]![b]}`).toBe(true);
        // And against finite differences of bp's gradient, which never looks at second derivatives.
        const numeric = numericPartial((v) => gradient(c.source, { ...c.at, [b]: v }).gradient[a]!, c.at[b]!);
        expect(close(entry, numeric, 1e-6, 1e-7), `∂²/∂${a}∂${b}: ${entry} vs differences ${numeric}`).toBe(true);
      }
    }
  });
});
