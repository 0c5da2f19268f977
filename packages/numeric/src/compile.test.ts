import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gradient } from '@bp/symbolic';
import { FUNCTIONS, gradientGraph, type NodeId } from '@bp/symbolic/engine';
import * as math from 'mathjs';
import { describe, expect, it } from 'vitest';
import { activation } from './activation.js';
import { compile } from './compile.js';
import { generate } from './internal/codegen/index.js';
import { SCALAR_FUNCTIONS } from './internal/scalar-functions.js';

const SOURCES = [
  'x^2 * y + sin(x * y)',
  'z = w*x + b; a = sigmoid(z); L = (y - a)^2 / 2',
  'h1 = tanh(w1*x + b1); h2 = tanh(w2*x + b2); out = v1*h1 + v2*h2; loss = (out - y)^2',
  'a = x*y; b = x + a; c = a*b + exp(-a^2) / (1 + b^2)',
  'log(1 + x^2) + sqrt(1 + y^2) * atan(x) - erf(x / 3) + softplus(y) + cbrt(x)',
  'relu(x) + leakyRelu(y, 0.1) + elu(x) + max(x, y) + abs(y)',
];

function randomPoints(names: readonly string[], n: number, seed: number): Record<string, Float64Array> {
  let state = seed;
  const next = (): number => ((state = (state * 48271) % 2147483647) / 2147483647) * 3 - 1.5;
  return Object.fromEntries(names.map((name) => [name, Float64Array.from({ length: n }, next)]));
}

describe('compile', () => {
  it.each(SOURCES)('matches @bp/symbolic’s gradient point by point: %s', (source) => {
    const kernel = compile(source);
    const points = randomPoints(kernel.inputs, 40, 7);
    const result = kernel.evaluate(points);
    for (let i = 0; i < 40; i++) {
      const at = Object.fromEntries(kernel.inputs.map((name) => [name, points[name]![i]!]));
      const expected = gradient(source, at);
      expect(result.value[i]).toBeCloseTo(expected.value, 12);
      for (const name of kernel.wrt) expect(result.gradient[name]![i]).toBeCloseTo(expected.gradient[name]!, 11);
    }
  });

  it.each(SOURCES)('computes the value mathjs computes, with the network functions written out here: %s', (source) => {
    const kernel = compile(source);
    const points = randomPoints(kernel.inputs, 20, 13);
    const { value } = kernel.evaluate(points);
    const scope = {
      sigmoid: (t: number) => 1 / (1 + Math.exp(-t)),
      softplus: (t: number) => Math.log1p(Math.exp(t)),
      relu: (t: number) => Math.max(t, 0),
      leakyRelu: (t: number, alpha = 0.01) => (t > 0 ? t : alpha * t),
      elu: (t: number, alpha = 1) => (t > 0 ? t : alpha * Math.expm1(t)),
    };
    const compiled = math.compile(source.replaceAll(';', '\n'));
    for (let i = 0; i < 20; i++) {
      const at = Object.fromEntries(kernel.inputs.map((name) => [name, points[name]![i]!]));
      const results = compiled.evaluate({ ...scope, ...at }) as number | { entries: number[] };
      const expected = typeof results === 'number' ? results : results.entries.at(-1)!;
      expect(value[i]).toBeCloseTo(expected, 12);
    }
  });

  it.each(SOURCES)('agrees with central finite differences of its own value: %s', (source) => {
    const kernel = compile(source);
    const points = randomPoints(kernel.inputs, 20, 11);
    const { gradient: g } = kernel.evaluate(points);
    for (const name of kernel.inputs) {
      const h = 1e-6;
      const plus = kernel.evaluate({ ...points, [name]: points[name]!.map((v) => v + h) }).value;
      const minus = kernel.evaluate({ ...points, [name]: points[name]!.map((v) => v - h) }).value;
      for (let i = 0; i < 20; i++) expect(Math.abs(g[name]![i]! - (plus[i]! - minus[i]!) / (2 * h))).toBeLessThan(1e-8 * (1 + Math.abs(g[name]![i]!)));
    }
  });

  it('runs in float32 to about 1e-4 of the float64 result', () => {
    const source = SOURCES[1]!;
    const k64 = compile(source);
    const k32 = compile(source, { dtype: 'float32' });
    const p64 = randomPoints(k64.inputs, 50, 3);
    const p32 = Object.fromEntries(Object.entries(p64).map(([k, v]) => [k, Float32Array.from(v)]));
    const r32 = k32.evaluate(p32);
    expect(r32.value).toBeInstanceOf(Float32Array);
    const r64 = k64.evaluate(Object.fromEntries(Object.entries(p32).map(([k, v]) => [k, Float64Array.from(v)])));
    for (const name of k64.wrt) {
      for (let i = 0; i < 50; i++) expect(Math.abs(r32.gradient[name]![i]! - r64.gradient[name]![i]!)).toBeLessThan(1e-4 * (1 + Math.abs(r64.gradient[name]![i]!)));
    }
  });

  it('broadcasts numbers across the points and writes into given buffers without reallocating', () => {
    const kernel = compile('x^2 * y', { wrt: ['x'] });
    const out = { value: new Float64Array(3), gradient: { x: new Float64Array(3) } };
    const result = kernel.evaluate({ x: new Float64Array([1, 2, 3]), y: 2 }, out);
    expect(result).toBe(out);
    expect([...out.value]).toEqual([2, 8, 18]);
    expect([...out.gradient.x]).toEqual([4, 8, 12]);
    expect(Object.keys(result.gradient)).toEqual(['x']);
  });

  it('gives 0 for a wrt name that does not occur', () => {
    const result = compile('x^2', { wrt: ['x', 'q'] }).evaluate({ x: new Float64Array([3]) });
    expect([...result.gradient.q!]).toEqual([0]);
  });

  it('treats JavaScript hazards as ordinary inputs', () => {
    const kernel = compile('constructor * __proto__ + toString^2 + process');
    const inputs = JSON.parse('{"constructor": 2, "__proto__": 3, "toString": 4, "process": 5}') as Record<string, number>;
    const result = kernel.evaluate(inputs);
    expect(result.value[0]).toBe(2 * 3 + 16 + 5);
    expect(result.gradient.__proto__![0]).toBe(2);
    expect(() => kernel.evaluate({ process: 5 })).toThrow(expect.objectContaining({ code: 'missing-input', position: { argument: 'constructor' } }));
  });

  it('never puts text from the source into the code it runs', () => {
    const names = ['constructor', '__proto__', 'process', 'alert', 'myIntermediate'];
    const source = 'myIntermediate = constructor * __proto__ + alert; out = sin(myIntermediate) * process';
    const gg = gradientGraph(source);
    const slots = new Map<NodeId, number>(gg.program.inputs.map((name, i) => [gg.graph.inputs.get(name)!, i]));
    const { body } = generate(gg.graph, gg.schedule, slots, [gg.output, ...gg.gradient.values()], names.map(() => false), () => 'comment');
    for (const name of names) expect(body).not.toContain(name);
    expect(compile(source).source).toContain('// myIntermediate');
  });

  it('rejects inputs of the wrong shape or type with the input named', () => {
    const kernel = compile('x * y');
    expect(() => kernel.evaluate({ x: new Float64Array(3), y: new Float64Array(4) })).toThrow(expect.objectContaining({ code: 'length-mismatch', position: { argument: 'y' } }));
    expect(() => kernel.evaluate({ x: new Float32Array(3), y: 1 })).toThrow(expect.objectContaining({ code: 'dtype', position: { argument: 'x' } }));
    expect(() => kernel.evaluate({ x: [1, 2] as unknown as Float64Array, y: 1 })).toThrow(expect.objectContaining({ code: 'dtype' }));
    expect(() => kernel.evaluate({ x: new Float64Array(2), y: 1 }, { value: new Float64Array(3), gradient: { x: new Float64Array(2), y: new Float64Array(2) } }))
      .toThrow(expect.objectContaining({ code: 'length-mismatch', position: { argument: 'out.value' } }));
    expect(() => compile('x', { dtype: 'float16' as 'float32' })).toThrow(expect.objectContaining({ code: 'invalid-option', position: { argument: 'dtype' } }));
  });
});

describe('kernel.module', () => {
  it('is a standalone ES module that computes the value and gradient SymPy gives, helper functions included', async () => {
    const source = 'h = tanh(w*x + b); L = (sigmoid(h) - y)^2 + erf(x) * softplus(w) + relu(b) + max(x, w)';
    const kernel = compile(source);
    expect(kernel.module).not.toMatch(/from ['"]/); // imports nothing
    const file = join(mkdtempSync(join(tmpdir(), 'bp-kernel-')), 'kernel.mjs');
    writeFileSync(file, kernel.module);
    type Result = { value: Float64Array; gradient: Record<string, Float64Array> };
    const standalone = (await import(pathToFileURL(file).href)) as { evaluate: (inputs: object) => Result };
    // y is one number broadcast across the three points, as the kernel allows.
    const at = { x: new Float64Array([0.3, -1.2, 0.8]), w: new Float64Array([0.5, 0.4, -0.7]), b: new Float64Array([-0.2, 0.6, 1.1]), y: 0.25 };
    // SymPy, not bp: L and its partials at the three points, 20 digits rounded to doubles
    // (relu'(b) = [b > 0], ∂max(x, w) goes to the larger argument).
    const expected = {
      value: [0.8765201895021626, 0.2471694626700478, 2.336704862286136],
      x: [1.0637206271926727, 0.29905929224987443, 1.147384016413313],
      w: [1.240072659176881, 0.29009677702782916, 0.3519592622510519],
      b: [0.11838622089639905, 1.137424564481844, 1.1321513598440625],
      y: [-0.47502600656104865, -0.559642776301395, -0.7416201357880405],
    };
    for (const run of [standalone.evaluate(at), kernel.evaluate(at)] as Result[]) {
      expect(run.value).toHaveLength(3);
      run.value.forEach((v, i) => expect(v).toBeCloseTo(expected.value[i]!, 13));
      for (const name of ['x', 'w', 'b', 'y'] as const) {
        expect(run.gradient[name]).toHaveLength(3);
        run.gradient[name]!.forEach((v, i) => expect(v).toBeCloseTo(expected[name][i]!, 13));
      }
    }
  });
});

describe('compiled scalar functions', () => {
  it('implement every function @bp/symbolic knows, with the same values and kink conventions', () => {
    const missing = [...FUNCTIONS.keys()].filter((name) => !SCALAR_FUNCTIONS.has(name));
    expect(missing).toEqual([]);
    const disagreements: string[] = [];
    for (const spec of FUNCTIONS.values()) {
      const implementation = SCALAR_FUNCTIONS.get(spec.name)!;
      for (const args of [[0.3, 0.7], [-0.4, 3], [1.7, 0.2], [0, 0], [2, 2]]) {
        const full = args.slice(0, spec.arity[1]);
        const expected = spec.value(full);
        const actual = implementation(...full);
        const same = Object.is(actual, expected) || Math.abs(actual - expected) <= 1e-14 * (1 + Math.abs(expected));
        if (!same) disagreements.push(`${spec.name}(${full.join(', ')}): ${actual} vs ${expected}`);
      }
    }
    expect(disagreements).toEqual([]);
  });
});

describe('activation', () => {
  it('compiles an expression in x into forward and derivative kernels (swish)', () => {
    const swish = activation('x * sigmoid(x)');
    const z = new Float64Array([-2, -0.5, 0, 0.7, 3]);
    const a = new Float64Array(5);
    const d = new Float64Array(5);
    swish.forward(z, a);
    swish.derivative(z, a, d);
    z.forEach((v, i) => {
      const s = 1 / (1 + Math.exp(-v));
      expect(a[i]).toBeCloseTo(v * s, 14);
      // d/dx x·σ(x) = σ(x) + x·σ(x)(1 − σ(x)), by hand
      expect(d[i]).toBeCloseTo(s + v * s * (1 - s), 14);
    });
  });

  it('reads the forward output where the derivative uses it', () => {
    const sigmoid = activation('sigmoid(x)');
    const d = new Float64Array(1);
    // a deliberately inconsistent `a` shows the derivative is computed from it: a(1 − a)
    sigmoid.derivative(new Float64Array([0]), new Float64Array([0.25]), d);
    expect(d[0]).toBe(0.25 * 0.75);
  });

  it('rejects an expression that reads anything but x', () => {
    expect(() => activation('x * y')).toThrow(expect.objectContaining({ code: 'invalid-option', position: { argument: 'activation' } }));
    expect(() => activation('x +* 2')).toThrow(expect.objectContaining({ code: 'syntax' }));
  });
});
