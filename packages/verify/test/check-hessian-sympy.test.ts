import { readFileSync } from 'node:fs';
import { evaluate, gradient } from '@bp/symbolic';
import { describe, expect, it } from 'vitest';
import { checkHessian } from '../src/index.js';

/** SymPy's Hessians of bp programs, written by packages/symbolic/test/fixtures/sympy-hessians.py (run by hand). */
const SYMPY = JSON.parse(readFileSync(new URL('../../symbolic/test/fixtures/sympy-hessians.json', import.meta.url), 'utf8')) as {
  cases: { source: string; at: Record<string, number>; hessian: Record<string, Record<string, number>> }[];
};

function setUp(c: (typeof SYMPY.cases)[number]) {
  const names = Object.keys(c.at);
  const point = (x: Float64Array) => Object.fromEntries(names.map((name, i) => [name, x[i]!]));
  return {
    x: Float64Array.from(names, (name) => c.at[name]!),
    f: (x: Float64Array): number => evaluate(c.source, point(x)),
    g: (x: Float64Array): number[] => {
      const r = gradient(c.source, point(x)).gradient;
      return names.map((name) => r[name]!);
    },
    H: names.map((a) => names.map((b) => c.hessian[a]![b]!)),
  };
}

// The default tolerances, measured: SymPy's exact Hessians pass in both modes on every case, and
// an entry 0.1% off fails wherever it stands out of the noise (|entry| well above atol).
describe('checkHessian on SymPy’s Hessians', () => {
  it('passes every exact Hessian, from second differences of f and from differences of the gradient', () => {
    for (const c of SYMPY.cases) {
      const { x, f, g, H } = setUp(c);
      expect(checkHessian(f, H, x).ok, `${c.source} (second differences)`).toBe(true);
      expect(checkHessian(f, H, x, { gradient: g }).ok, `${c.source} (differences of the gradient)`).toBe(true);
    }
  });

  it('fails an entry 0.1% off whenever it is large against the tolerance', () => {
    const passedWrongly: string[] = [];
    let tried = 0;
    for (const c of SYMPY.cases) {
      const { x, f, g, H } = setUp(c);
      if (Math.abs(H[0]![0]!) < 0.1) continue;
      const wrong = H.map((row) => [...row]);
      wrong[0]![0] = wrong[0]![0]! * 1.001;
      tried++;
      if (checkHessian(f, wrong, x, { gradient: g }).ok) passedWrongly.push(`${c.source} (differences of the gradient)`);
      if (Math.abs(H[0]![0]!) > 1 && checkHessian(f, wrong, x).ok) passedWrongly.push(`${c.source} (second differences)`);
    }
    expect(passedWrongly).toEqual([]);
    expect(tried).toBeGreaterThan(50);
  });
});
