import { readFileSync } from 'node:fs';
import { hessianAt, parse } from '@bp/symbolic';
import { describe, expect, it } from 'vitest';
import { compile } from './compile-hessian.js';

/** SymPy's Hessians of bp programs, written by packages/symbolic/test/fixtures/sympy-hessians.py (run by hand). */
const SYMPY = JSON.parse(readFileSync(new URL('../../symbolic/test/fixtures/sympy-hessians.json', import.meta.url), 'utf8')) as {
  cases: { source: string; at: Record<string, number>; hessian: Record<string, Record<string, number>> }[];
};

const SOURCES = [
  'x^2 * y + sin(x * y)',
  'z = w*x + b; a = sigmoid(z); L = (y - a)^2 / 2',
  'h1 = tanh(w1*x + b1); h2 = tanh(w2*x + b2); out = v1*h1 + v2*h2; loss = (out - y)^2',
  'a = x*y; b = x + a; c = a*b + exp(-a^2) / (1 + b^2)',
  'log(1 + x^2) + sqrt(1 + y^2) * atan(x) - erf(x / 3) + softplus(y)',
];

function randomPoints(names: readonly string[], n: number, seed: number): Record<string, Float64Array> {
  let state = seed;
  const next = (): number => ((state = (state * 48271) % 2147483647) / 2147483647) * 3 - 1.5;
  return Object.fromEntries(names.map((name) => [name, Float64Array.from({ length: n }, next)]));
}

const close = (a: number, b: number, rtol: number, atol: number): boolean => Math.abs(a - b) <= atol + rtol * Math.abs(b);

describe('compile with hessian: true', () => {
  it('gives H·v equal to the symbolic Hessian times v at every point', () => {
    for (const source of SOURCES) {
      const kernel = compile(source, { hessian: true });
      const names = kernel.wrt;
      const n = 7;
      const inputs = randomPoints(kernel.inputs, n, 11);
      const v = randomPoints(names, n, 23);
      const result = kernel.hvp(inputs, v);
      for (let i = 0; i < n; i++) {
        const point = Object.fromEntries(kernel.inputs.map((name) => [name, inputs[name]![i]!]));
        const h = hessianAt(source, point).hessian;
        for (const a of names) {
          const expected = names.reduce((s, b) => s + h[a]![b]! * v[b]![i]!, 0);
          expect(close(result.hvp[a]![i]!, expected, 1e-12, 1e-12)).toBe(true);
        }
      }
    }
  });

  it('compiles the Hessian SymPy computes for every reference program, to 1e-8', () => {
    for (const c of SYMPY.cases) {
      const kernel = compile(c.source, { hessian: true, wrt: Object.keys(c.at) });
      const result = kernel.hessian(Object.fromEntries(kernel.inputs.map((name) => [name, c.at[name]!])));
      for (const [a, row] of Object.entries(c.hessian)) {
        for (const [b, expected] of Object.entries(row)) {
          const got = result.hessian[a]![b]![0]!;
          expect(Math.abs(got - expected) <= 1e-8 * Math.max(1, Math.abs(expected)), `${c.source}: ∂²/∂${a}∂${b} = ${got}, SymPy ${expected}`).toBe(true);
        }
      }
    }
  });

  it('agrees with central differences of the compiled gradient along v', () => {
    // (∇f(x + hv) − ∇f(x − hv)) / 2h → H·v: an estimate that never looks at second derivatives.
    const source = SOURCES[2]!;
    const kernel = compile(source, { hessian: true });
    const inputs = randomPoints(kernel.inputs, 5, 3);
    const v = randomPoints(kernel.wrt, 5, 5);
    const h = 1e-5;
    const shifted = (sign: number) => kernel.evaluate(Object.fromEntries(kernel.inputs.map((name) => [
      name, inputs[name]!.map((value, i) => value + sign * h * v[name]![i]!),
    ])));
    const plus = shifted(1);
    const minus = shifted(-1);
    const result = kernel.hvp(inputs, v);
    for (const a of kernel.wrt) {
      for (let i = 0; i < 5; i++) {
        const numeric = (plus.gradient[a]![i]! - minus.gradient[a]![i]!) / (2 * h);
        expect(close(result.hvp[a]![i]!, numeric, 1e-6, 1e-8)).toBe(true);
      }
    }
  });

  it('gives the full Hessian, one product per input, equal to the symbolic one', () => {
    const source = 'h = sigmoid(w*x + b); L = (h - t)^2';
    const kernel = compile(source, { hessian: true, wrt: ['w', 'b', 'q'] });
    const result = kernel.hessian({ w: 0.3, x: new Float64Array([-1.2, 0.4]), b: 0.5, t: 1 });
    for (const [i, x] of [-1.2, 0.4].entries()) {
      const h = hessianAt(source, { w: 0.3, x, b: 0.5, t: 1 }, { wrt: ['w', 'b', 'q'] }).hessian;
      for (const a of ['w', 'b', 'q']) for (const b of ['w', 'b', 'q']) expect(result.hessian[a]![b]![i]).toBeCloseTo(h[a]![b]!, 13);
    }
  });

  it('computes in float32 when asked', () => {
    const kernel = compile('x^3 * y', { hessian: true, dtype: 'float32' });
    const result = kernel.hvp({ x: new Float32Array([2]), y: new Float32Array([3]) }, { x: new Float32Array([1]), y: new Float32Array([0]) });
    // H = [[6xy, 3x²], [3x², 0]] at (2, 3): H·(1, 0) = (36, 12)
    expect(result.hvp.x).toBeInstanceOf(Float32Array);
    expect(Array.from(result.hvp.x!)).toEqual([36]);
    expect(Array.from(result.hvp.y!)).toEqual([12]);
  });

  it('never puts the program’s names into the code it runs', () => {
    const kernel = compile('constructor = alert*x; __proto__ = constructor + x^2; __proto__^2', { hessian: true });
    const code = kernel.hvpSource.split('\n').map((line) => line.replace(/\/\/.*$/, '')).join('\n');
    for (const name of ['alert', 'constructor', '__proto__']) expect(code).not.toContain(name);
    const result = kernel.hvp({ alert: 2, x: 1 }, { alert: 0, x: 1 });
    // f = (2x + x²)² at x = 1, along x: f'' = 2(2 + 2x)² + 2(2x + x²)·2 = 32 + 12 = 44
    expect(result.hvp.x![0]).toBe(44);
  });

  it('names a missing direction and a length mismatch', () => {
    const kernel = compile('x * y', { hessian: true });
    expect(() => kernel.hvp({ x: 1, y: 2 }, { x: 1 })).toThrow(expect.objectContaining({ code: 'missing-input', position: { argument: 'v.y' } }));
    expect(() => kernel.hvp({ x: new Float64Array(2), y: 2 }, { x: new Float64Array(3), y: 0 })).toThrow(
      expect.objectContaining({ code: 'length-mismatch', position: { argument: 'v.x' } }),
    );
  });

  it('writes into out without allocating, and checks its arrays', () => {
    const kernel = compile('x^3 * y', { hessian: true });
    const n = 3;
    const out = {
      value: new Float64Array(n),
      gradient: { x: new Float64Array(n), y: new Float64Array(n) },
      hvp: { x: new Float64Array(n), y: new Float64Array(n) },
    };
    const result = kernel.hvp({ x: Float64Array.of(1, 2, 3), y: 2 }, { x: 1, y: 0 }, out);
    expect(result).toBe(out);
    // H·(1, 0) = (6xy, 3x²) at y = 2
    expect(Array.from(out.hvp.x)).toEqual([12, 24, 36]);
    expect(Array.from(out.hvp.y)).toEqual([3, 12, 27]);
    expect(() => kernel.hvp({ x: Float64Array.of(1, 2, 3), y: 2 }, { x: 1, y: 0 }, { ...out, hvp: { x: out.hvp.x } })).toThrow(
      expect.objectContaining({ code: 'missing-input', position: { argument: 'out.hvp.y' } }),
    );
    expect(() => kernel.hvp({ x: Float64Array.of(1, 2), y: 2 }, { x: 1, y: 0 }, out)).toThrow(expect.objectContaining({ code: 'length-mismatch' }));
  });

  it('leaves the caller’s program unchanged', () => {
    const program = parse('x^2 * y');
    const inputs = program.graph.inputs.size;
    compile(program, { hessian: true }).hvp({ x: 1, y: 1 }, { x: 1, y: 1 });
    expect(program.graph.inputs.size).toBe(inputs);
  });
});
