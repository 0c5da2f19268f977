import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, gradient } from '../src/index.js';
import { FUNCTIONS, OPERATORS, type FunctionSpec } from '../src/engine.js';
import { close, numericPartial } from './finite-difference.js';

/**
 * Independent values for the first functions, from Math and textbook identities (not from bp's
 * table). A function added later needs no line here: verify's function table checks its values
 * against SymPy, and the property test below reads where to sample from the spec's `smooth`.
 */
const REFERENCE: Record<string, (a: number[]) => number> = {
  exp: ([x]) => Math.exp(x!), log: ([x]) => Math.log(x!), log10: ([x]) => Math.log(x!) / Math.LN10,
  log2: ([x]) => Math.log(x!) / Math.LN2, log1p: ([x]) => Math.log(1 + x!), sqrt: ([x]) => x! ** 0.5,
  cbrt: ([x]) => Math.sign(x!) * Math.abs(x!) ** (1 / 3), nthRoot: ([x, n]) => x! ** (1 / n!), pow: ([x, y]) => x! ** y!,
  abs: ([x]) => (x! < 0 ? -x! : x!), sin: ([x]) => Math.sin(x!), cos: ([x]) => Math.cos(x!), tan: ([x]) => Math.sin(x!) / Math.cos(x!),
  sec: ([x]) => 1 / Math.cos(x!), csc: ([x]) => 1 / Math.sin(x!), cot: ([x]) => Math.cos(x!) / Math.sin(x!),
  asin: ([x]) => Math.atan2(x!, Math.sqrt(1 - x! * x!)), acos: ([x]) => Math.PI / 2 - Math.asin(x!), atan: ([x]) => Math.atan2(x!, 1),
  asec: ([x]) => Math.acos(1 / x!), acsc: ([x]) => Math.asin(1 / x!), acot: ([x]) => Math.atan(1 / x!),
  sinh: ([x]) => (Math.exp(x!) - Math.exp(-x!)) / 2, cosh: ([x]) => (Math.exp(x!) + Math.exp(-x!)) / 2,
  tanh: ([x]) => (Math.exp(2 * x!) - 1) / (Math.exp(2 * x!) + 1), sech: ([x]) => 2 / (Math.exp(x!) + Math.exp(-x!)),
  csch: ([x]) => 2 / (Math.exp(x!) - Math.exp(-x!)), coth: ([x]) => (Math.exp(2 * x!) + 1) / (Math.exp(2 * x!) - 1),
  asinh: ([x]) => Math.log(x! + Math.sqrt(x! * x! + 1)), acosh: ([x]) => Math.log(x! + Math.sqrt(x! * x! - 1)),
  atanh: ([x]) => 0.5 * Math.log((1 + x!) / (1 - x!)), asech: ([x]) => Math.log((1 + Math.sqrt(1 - x! * x!)) / x!),
  acsch: ([x]) => Math.log(1 / x! + Math.sqrt(1 / (x! * x!) + 1)), acoth: ([x]) => 0.5 * Math.log((x! + 1) / (x! - 1)),
  sigmoid: ([x]) => 1 / (1 + Math.exp(-x!)), relu: ([x]) => (x! > 0 ? x! : 0), leakyRelu: ([x, a]) => (x! > 0 ? x! : a! * x!),
  softplus: ([x]) => Math.log(1 + Math.exp(x!)), elu: ([x, a]) => (x! > 0 ? x! : a! * (Math.exp(x!) - 1)),
  max: ([a, b]) => (a! > b! ? a! : b!), min: ([a, b]) => (a! < b! ? a! : b!),
  maxShare: ([u, a]) => (u === a ? 1 : 0), minShare: ([u, a]) => (u === a ? 1 : 0),
  step: ([x]) => (x! > 0 ? 1 : 0), heaviside: ([x]) => (x! > 0 ? 1 : 0), sign: ([x]) => (x! > 0 ? 1 : -1),
  expm1: ([x]) => Math.exp(x!) - 1, square: ([x]) => x! ** 2, cube: ([x]) => x! ** 3,
  hypot: ([x, y]) => Math.sqrt(x! ** 2 + y! ** 2),
  // atan2(y, x) from atan by quadrant (y is never 0 here).
  atan2: ([y, x]) => (x! > 0 ? Math.atan(y! / x!) : x! < 0 ? Math.atan(y! / x!) + Math.sign(y!) * Math.PI : Math.sign(y!) * Math.PI / 2),
  silu: ([x]) => x! / (1 + Math.exp(-x!)), gelu: ([x]) => (x! * (1 + REFERENCE.erf!([x! / Math.SQRT2]))) / 2,
  mish: ([x]) => x! * Math.tanh(Math.log(1 + Math.exp(x!))), softsign: ([x]) => x! / (1 + Math.abs(x!)),
  hardtanh: ([x]) => Math.min(1, Math.max(-1, x!)),
  erf: ([x]) => {
    // Abramowitz–Stegun 7.1.26 is only 1.5e-7 accurate, so integrate e^(−t²) instead (Simpson, 2000 panels).
    const n = 2000; const h = x! / n; let s = 1 + Math.exp(-x! * x!);
    for (let i = 1; i < n; i++) s += (i % 2 ? 4 : 2) * Math.exp(-((i * h) ** 2));
    return (2 / Math.sqrt(Math.PI)) * (h / 3) * s;
  },
};

const callable = [...FUNCTIONS.values()].filter((spec) => spec.arity[1] > 0);
const names = ['x', 'y'];

/** A point drawn from a spec's smooth intervals: per argument, one interval at random, then a point in it. */
function sample(spec: FunctionSpec, random: () => number): number[] {
  return (spec.smooth ?? []).map((intervals) => {
    const [low, high] = intervals[Math.floor(random() * intervals.length)]!;
    return low + random() * (high - low);
  });
}

describe('every function', () => {
  it('says in its spec where it is smooth, for each argument it is tested with', () => {
    expect(callable.filter((s) => !s.smooth || s.smooth.length < s.arity[0]).map((s) => s.name)).toEqual([]);
  });

  it.each(callable.map((s) => [s.name, s]))('%s: value and each partial derivative agree with references at random points', (name, spec) => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        let state = seed;
        const random = (): number => ((state = (state * 48271) % 2147483647) / 2147483647);
        const args = sample(spec, random);
        const source = `${name}(${args.map((_, i) => names[i]).join(', ')})`;
        const point = Object.fromEntries(args.map((v, i) => [names[i]!, v]));
        const result = gradient(source, point);
        const reference = REFERENCE[name];
        if (reference && !close(result.value, reference(args), 1e-9, 1e-12)) {
          throw new Error(`${source} at ${JSON.stringify(point)}: value ${result.value}, reference ${reference(args)}`);
        }
        args.forEach((v, i) => {
          const numeric = numericPartial((t) => evaluate(source, { ...point, [names[i]!]: t }), v);
          const analytic = result.gradient[names[i]!]!;
          if (!close(analytic, numeric, 1e-6, 1e-8)) {
            throw new Error(`${source} at ${JSON.stringify(point)}: ∂/∂${names[i]} analytic ${analytic}, numeric ${numeric}`);
          }
        });
      }),
      { numRuns: 25 },
    );
  });
});

describe('what specs claim about non-finite values', () => {
  it('a function that passes a non-finite argument on gives a non-finite value for NaN and ±Infinity', () => {
    const passing = callable.filter((s) => s.passesNonFinite?.(0, [0], () => undefined));
    expect(passing.length).toBeGreaterThan(5);
    for (const spec of passing) {
      for (const x of [Number.NaN, Infinity, -Infinity]) expect(Number.isFinite(spec.value([x])), `${spec.name}(${x})`).toBe(false);
    }
  });

  it('an operator that passes one on does so for that argument, and a polynomial one is finite for finite arguments', () => {
    const arityOf = (op: string): number => (op === 'neg' ? 1 : 2);
    // pow passes its base on for a known positive exponent (node 1 holds 3 here); div only its numerator.
    const passing = [...OPERATORS].flatMap(([op, spec]) => Array.from({ length: arityOf(op) }, (_, i) => [op, spec, i] as const))
      .filter(([op, spec, i]) => spec.passesNonFinite?.(i, arityOf(op) === 1 ? [0] : [0, 1], (id) => (id === 1 ? 3 : undefined)));
    expect(passing.map(([op, , i]) => `${op}:${i}`).sort()).toEqual(['add:0', 'add:1', 'div:0', 'mul:0', 'mul:1', 'neg:0', 'pow:0', 'sub:0', 'sub:1']);
    for (const [op, spec, i] of passing) {
      for (const bad of [Number.NaN, Infinity, -Infinity]) {
        const args = Array.from({ length: arityOf(op) }, (_, j) => (j === i ? bad : 3));
        expect(Number.isFinite(spec.value(args)), `${op}(${args.join(', ')})`).toBe(false);
      }
    }
    for (const [op, spec] of [...OPERATORS].filter(([, s]) => s.polynomial)) {
      expect(Number.isFinite(spec.value([1e150, -1e150].slice(0, arityOf(op))))).toBe(true);
    }
    expect([...OPERATORS].filter(([, s]) => s.polynomial).map(([op]) => op).sort()).toEqual(['add', 'mul', 'neg', 'sub']);
  });
});

describe('kinks', () => {
  it('follows the documented conventions and lists each kink it met', () => {
    const relu = gradient('relu(x)', { x: 0 });
    expect(relu.gradient.x).toBe(0);
    expect(relu.kinks.map((k) => k.function)).toEqual(['relu']);
    expect(gradient('abs(x)', { x: 0 }).gradient.x).toBe(0);
    const tie = gradient('max(x, y)', { x: 1, y: 1 });
    expect(tie.gradient).toEqual({ x: 0.5, y: 0.5 });
    expect(tie.kinks[0]?.position).toEqual({ start: 0, end: 9 });
    expect(gradient('min(x, y)', { x: 2, y: 2 }).gradient).toEqual({ x: 0.5, y: 0.5 });
    // Three or more arguments go through maxShare/minShare: a tie shares the slope equally.
    expect(gradient('max(x, y, z)', { x: 1, y: 1, z: 0 }).gradient).toEqual({ x: 0.5, y: 0.5, z: 0 });
    expect(gradient('min(x, y, z)', { x: 3, y: -1, z: -1 }).gradient).toEqual({ x: 0, y: 0.5, z: 0.5 });
  });

  it('reports no kink away from one, and none for elu with alpha 1 (smooth there)', () => {
    expect(gradient('relu(x) + abs(x)', { x: 0.5 }).kinks).toEqual([]);
    expect(gradient('elu(x)', { x: 0 }).kinks).toEqual([]);
    expect(gradient('elu(x)', { x: 0 }).gradient.x).toBe(1);
  });
});

describe('the README', () => {
  it('names every function a user can type', async () => {
    const { readFileSync } = await import('node:fs');
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const words = new Set(readme.match(/[A-Za-z][A-Za-z0-9]*/g));
    const missing = [...FUNCTIONS.keys()].filter((name) => !words.has(name));
    expect(missing).toEqual([]);
  });
});
