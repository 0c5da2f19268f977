import { describe, expect, it } from 'vitest';
import { ACTIVATION_NAMES, activationByName, eluActivation, leakyReluActivation } from './activation.js';
import type { Activation } from './activation.js';

// Independent closed forms, written the naive way (fine away from overflow).
const REFERENCE: Record<string, (z: number) => number> = {
  sigmoid: (z) => 1 / (1 + Math.exp(-z)),
  tanh: (z) => (Math.exp(z) - Math.exp(-z)) / (Math.exp(z) + Math.exp(-z)),
  relu: (z) => Math.max(z, 0),
  leakyRelu: (z) => (z > 0 ? z : 0.01 * z),
  softplus: (z) => Math.log(1 + Math.exp(z)),
  elu: (z) => (z > 0 ? z : Math.exp(z) - 1),
  linear: (z) => z,
  identity: (z) => z,
};
// gelu(z) = z·Φ(z); published values of Φ: Φ(1) = 0.8413447460685429, Φ(−0.5) = 0.3085375387259869, Φ(2) = 0.9772498680518208.
const GELU: [number, number][] = [[1, 0.8413447460685429], [-0.5, -0.5 * 0.3085375387259869], [2, 2 * 0.9772498680518208], [0, 0]];

const POINTS = new Float64Array([-3.7, -1.2, -0.31, 0.05, 0.4, 1.1, 2.9]);

function apply(activation: Activation, z: Float64Array): { a: Float64Array; d: Float64Array } {
  const a = new Float64Array(z.length);
  const d = new Float64Array(z.length);
  activation.forward(z, a);
  activation.derivative(z, a, d);
  return { a, d };
}

describe('built-in activations', () => {
  for (const name of ACTIVATION_NAMES.filter((n) => n !== 'gelu')) {
    it(`${name}: forward matches its closed form`, () => {
      const { a } = apply(activationByName(name), POINTS);
      POINTS.forEach((z, i) => expect(a[i]).toBeCloseTo(REFERENCE[name]!(z), 13));
    });
  }

  for (const name of ACTIVATION_NAMES) {
    it(`${name}: derivative matches central differences of forward`, () => {
      const activation = activationByName(name);
      const { d } = apply(activation, POINTS);
      const h = 1e-6;
      const up = apply(activation, POINTS.map((z) => z + h)).a;
      const down = apply(activation, POINTS.map((z) => z - h)).a;
      POINTS.forEach((_, i) => expect(Math.abs(d[i]! - (up[i]! - down[i]!) / (2 * h))).toBeLessThan(1e-8));
    });
  }

  it('gelu matches z·Φ(z) from published values of Φ to 1e-12', () => {
    const gelu = activationByName('gelu');
    const { a } = apply(gelu, new Float64Array(GELU.map(([z]) => z)));
    GELU.forEach(([, value], i) => expect(Math.abs(a[i]! - value)).toBeLessThan(1e-12));
  });

  it('relu and leakyRelu take the derivative at 0 from the left: 0 and alpha', () => {
    expect(apply(activationByName('relu'), new Float64Array([0])).d[0]).toBe(0);
    expect(apply(activationByName('leakyRelu'), new Float64Array([0])).d[0]).toBe(0.01);
    expect(apply(leakyReluActivation(0.2), new Float64Array([-1])).a[0]).toBeCloseTo(-0.2, 15);
    expect(apply(eluActivation(2), new Float64Array([-1])).a[0]).toBeCloseTo(2 * (Math.exp(-1) - 1), 15);
  });

  it('sigmoid and softplus stay finite and exact at extreme inputs', () => {
    const z = new Float64Array([-1000, -40, 40, 1000]);
    const sig = apply(activationByName('sigmoid'), z).a;
    expect(Array.from(sig)).toEqual([0, Math.exp(-40) / (1 + Math.exp(-40)), 1 / (1 + Math.exp(-40)), 1]);
    const soft = apply(activationByName('softplus'), z).a;
    expect(soft[0]).toBe(0);
    expect(soft[1]).toBeCloseTo(Math.exp(-40), 30);
    expect(soft[1]! / Math.exp(-40)).toBeCloseTo(1, 12);
    expect(soft[3]).toBe(1000);
  });

  it('passes NaN through the forward pass of every built-in', () => {
    for (const name of ACTIVATION_NAMES) {
      expect(apply(activationByName(name), new Float64Array([Number.NaN])).a[0]).toBeNaN();
    }
  });

  it('works on Float32Array', () => {
    const z = new Float32Array([-1, 0.5]);
    const a = new Float32Array(2);
    activationByName('tanh').forward(z, a);
    expect(a[1]).toBeCloseTo(Math.tanh(0.5), 6);
  });

  it('passes an activation object through and rejects unknown names', () => {
    const custom: Activation = { name: 'square', forward: (z, out) => z.forEach((v, i) => (out[i] = v * v)), derivative: (z, _a, out) => z.forEach((v, i) => (out[i] = 2 * v)) };
    expect(activationByName(custom)).toBe(custom);
    expect(() => activationByName('swish')).toThrow(expect.objectContaining({ code: 'invalid-option', position: { argument: 'activation' } }));
    expect(() => activationByName('constructor')).toThrow(expect.objectContaining({ code: 'invalid-option', position: { argument: 'activation' } }));
    expect(() => activationByName({ name: 'x' } as unknown as Activation)).toThrow(expect.objectContaining({ code: 'invalid-option' }));
    expect(() => leakyReluActivation(NaN)).toThrow(expect.objectContaining({ code: 'invalid-option', position: { argument: 'alpha' } }));
  });
});
