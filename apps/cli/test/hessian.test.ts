import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bpAsync, bp, close, expectSchema } from './helpers.js';

/** SymPy's Hessians of bp programs, written by packages/symbolic/test/fixtures/sympy-hessians.py (run by hand). */
const SYMPY = JSON.parse(readFileSync(new URL('../../../packages/symbolic/test/fixtures/sympy-hessians.json', import.meta.url), 'utf8')) as {
  cases: { source: string; at: Record<string, number>; hessian: Record<string, Record<string, number>> }[];
};

/** ∂/∂b of ∂f/∂a from `bp grad --json` by central differences: independent of the Hessian code. */
function differenceOfGrad(source: string, at: Record<string, number>, a: string, b: string): number {
  const h = 1e-5 * Math.max(1, Math.abs(at[b]!));
  const partial = (value: number): number => {
    const point = Object.entries({ ...at, [b]: value }).map(([name, v]) => `${name}=${v}`).join(',');
    const run = bp(['grad', source, '--at', point, '--json']);
    return (JSON.parse(run.stdout) as { gradient: Record<string, number> }).gradient[a]!;
  };
  return (partial(at[b]! + h) - partial(at[b]! - h)) / (2 * h);
}

describe('bp hessian', () => {
  // Every ninth case: programs, activations and losses alike, each a separate run of the built CLI.
  it.concurrent.each(SYMPY.cases.filter((_c, i) => i % 9 === 0).map((c) => [c.source, c] as const))('agrees with SymPy on %s', async (_source, c) => {
    const at = Object.entries(c.at).map(([name, value]) => `${name}=${value}`).join(',');
    const run = await bpAsync(['hessian', c.source, '--at', at, '--json']);
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout) as { hessian: Record<string, Record<string, number>> };
    for (const [a, row] of Object.entries(c.hessian)) {
      for (const [b, expected] of Object.entries(row)) expect(close(json.hessian[a]![b]!, expected, 1e-8, 1e-8)).toBe(true);
    }
  });

  it('prints the documented JSON: value, gradient and every second partial', () => {
    const run = bp(['hessian', 'x^2 * y', '--at', 'x=3,y=2', '--json']);
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout) as unknown;
    expectSchema('hessian.json', json);
    // f = x²y at (3, 2): f_xx = 2y, f_xy = 2x, f_yy = 0
    expect(json).toEqual({ value: 18, gradient: { x: 12, y: 9 }, hessian: { x: { x: 4, y: 6 }, y: { x: 6, y: 0 } } });
  });

  it('agrees with finite differences of bp grad on a neuron’s loss', () => {
    const source = 'z = w*x + b; a = sigmoid(z); L = (y - a)^2 / 2';
    const at = { x: 2, w: 0.5, b: 1, y: 1 };
    const run = bp(['hessian', source, '--at', 'x=2,w=0.5,b=1,y=1', '--wrt', 'w,b', '--json']);
    const { hessian } = JSON.parse(run.stdout) as { hessian: Record<string, Record<string, number>> };
    expect(Object.keys(hessian)).toEqual(['w', 'b']);
    for (const a of ['w', 'b']) {
      for (const b of ['w', 'b']) expect(close(hessian[a]![b]!, differenceOfGrad(source, at, a, b), 1e-6, 1e-9)).toBe(true);
    }
  });

  it('prints what the docs’ JSON contracts page shows', () => {
    const page = readFileSync(new URL('../../docs/reference/contracts.md', import.meta.url), 'utf8');
    const section = page.slice(page.indexOf('## `bp hessian`'));
    const shown = JSON.parse(/```json\n([\s\S]*?)```/.exec(section)![1]!) as unknown;
    const run = bp(['hessian', 'x^2 * y', '--at', 'x=3,y=2', '--json']);
    expect(JSON.parse(run.stdout)).toEqual(shown);
  });

  it('shows each second partial in the program’s names, then the matrix', () => {
    const run = bp(['hessian', 'a = x*y; b = a + z; c = b^2', '--at', 'x=1,y=2,z=3']);
    expect(run.status).toBe(0);
    // 2(xy + z) + 2xy = 4xy + 2z, with a = xy: collected, in the program's names.
    expect(run.stdout).toMatch(/∂²c\/∂x∂y = 2 \* z \+ 4 \* a$/m);
    // c = (xy + z)²: c_xx = 2y² = 8, c_xy = 2(xy + z) + 2xy = 14, c_xz = 2y = 4
    expect(run.stdout).toMatch(/^x +8 +14 +4$/m);
  });

  it('names the backward quantities of long entries, so a deep chain prints in size linear in its depth', () => {
    const chain = (n: number): string =>
      ['h0 = tanh(w*x)', ...Array.from({ length: n - 1 }, (_, i) => `h${i + 1} = tanh(w*h${i} + b)`), `L = (h${n - 1} - y)^2`].join('; ');
    const at = ['--wrt', 'w,b', '--at', 'w=0.5,x=1,b=0.1,y=1'];
    const [deep, deeper] = [bp(['hessian', chain(20), ...at]), bp(['hessian', chain(40), ...at])];
    expect([deep.status, deeper.status]).toEqual([0, 0]);
    expect(deep.stdout).toMatch(/^∂²L\/∂w∂b differentiates delta_w again/m);
    expect(deep.stdout).toMatch(/^δ_h18 +=  ?δ_h19 \* \(1 - h19 \^ 2\) \* w$/m);
    expect(deep.stdout).toMatch(/^δ2_h19 += /m);
    expect(deep.stdout).not.toMatch(/tanh\(w \* tanh/);
    // Twice the depth, about twice the bytes (in the program's names alone it was eight times: 413 KB and 3.2 MB).
    expect(Buffer.byteLength(deeper.stdout) / Buffer.byteLength(deep.stdout)).toBeLessThan(2.3);
  });

  it('shows each second partial rule by rule with --steps', () => {
    const run = bp(['hessian', 'a = x*y; b = a + z; c = b^2', '--at', 'x=1,y=2,z=3', '--wrt', 'x,y', '--steps']);
    expect(run.status).toBe(0);
    // ∂²c/∂x∂y differentiates delta_x = 2·b·y with respect to y along two paths: through b, and directly.
    expect(run.stdout).toMatch(/sum-over-paths +∂delta_x\/∂y = ∂delta_x\/∂y \+ ∂delta_x\/∂b · ∂b\/∂a · ∂a\/∂y = 2 \* b \+ 2 \* x \* y/);
  });

  it('reports a kink on stderr and follows the first-order convention', () => {
    const run = bp(['hessian', 'relu(x) * y', '--at', 'x=0,y=3', '--json']);
    expect(run.status).toBe(0);
    expectSchema('hessian.json', JSON.parse(run.stdout));
    expect((JSON.parse(run.stdout) as { kinks: { function: string }[] }).kinks.map((k) => k.function)).toContain('relu');
    expect(run.stderr).toContain('kink');
  });

  it.each([
    [['hessian', 'x^1.5 + y', '--at', 'x=0,y=1', '--json'], 'domain'],
    [['hessian', 'x * y', '--at', 'x=1', '--json'], 'invalid-point'],
    [['hessian', 'x * y', '--json'], 'missing-argument'],
    [['hessian', 'log(x', '--at', 'x=1', '--json'], 'syntax'],
  ])('exits 2 with one line for bad input: %j', (args, code) => {
    const run = bp(args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    const error = JSON.parse(run.stderr) as { error: { code: string } };
    expect(error.error.code).toBe(code);
  });

  it('points at the call whose second derivative does not exist', () => {
    const run = bp(['hessian', 'y + x^1.5', '--at', 'x=0,y=1', '--json']);
    expect((JSON.parse(run.stderr) as { error: { position: unknown } }).error.position).toEqual({ start: 4, end: 9 });
  });
});
