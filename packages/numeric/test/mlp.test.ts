import { describe, expect, it } from 'vitest';
import type { Activation, FloatArray, LossName, OutputName } from '../src/index.js';
import { activationByName, mlp, mlpFromJson, momentum } from '../src/index.js';
import { centralDifference, fixture, worstRatio } from './fd.js';

const BATCH = 4;
const SIZES = [3, 5, 4, 2];

function targets(output: OutputName): Float64Array {
  if (output === 'softmax') return new Float64Array([1, 0, 0, 1, 0, 1, 1, 0]);
  if (output === 'sigmoid') return fixture(BATCH * 2, 9, 0, 1);
  return fixture(BATCH * 2, 9);
}

const COMBINATIONS: [string, OutputName, LossName][] = [
  ['tanh', 'linear', 'mse'],
  ['sigmoid', 'sigmoid', 'mse'],
  ['gelu', 'sigmoid', 'binary-cross-entropy'],
  ['softplus', 'softmax', 'cross-entropy'],
  ['elu', 'softmax', 'cross-entropy'],
  ['x * sigmoid(x)', 'linear', 'mse'],
  ['leakyRelu(x, 0.2) + tanh(x)^2 / 4', 'softmax', 'cross-entropy'],
];

describe('mlp gradients', () => {
  for (const [hidden, output, loss] of COMBINATIONS) {
    it(`${hidden} hidden, ${output} output, ${loss}: every dW and db matches central differences of the mean loss`, () => {
      const net = mlp({ sizes: SIZES, hidden: hidden, output, loss, seed: 5 });
      const x = fixture(BATCH * SIZES[0]!, 7, -2, 2);
      const y = targets(output);
      const grads = net.gradients(x, y, BATCH).map(({ dW, db }) => ({ dW: dW.slice(), db: db.slice() }));
      net.layers.forEach(({ W, b }, l) => {
        const f = (): number => net.evaluateLoss(x, y, BATCH);
        expect(worstRatio(grads[l]!.dW, centralDifference(f, W as Float64Array), 1e-6, 1e-9)).toBeLessThanOrEqual(1);
        expect(worstRatio(grads[l]!.db, centralDifference(f, b as Float64Array), 1e-6, 1e-9)).toBeLessThanOrEqual(1);
      });
    });
  }

  it('gives the same gradients in float32 as in float64, to float32 precision', () => {
    const wide = mlp({ sizes: SIZES, hidden: 'tanh', output: 'softmax', seed: 8 });
    const saved = { ...wide.toJSON(), dtype: 'float32' as const };
    const narrow = mlpFromJson(saved);
    const x = fixture(BATCH * SIZES[0]!, 7, -2, 2);
    const y = targets('softmax');
    const expected = wide.gradients(x, y, BATCH);
    const actual = narrow.gradients(Float32Array.from(x), Float32Array.from(y), BATCH);
    actual.forEach(({ dW, db }, l) => {
      expect(dW).toBeInstanceOf(Float32Array);
      expect(worstRatio(dW, expected[l]!.dW, 1e-4, 1e-6)).toBeLessThanOrEqual(1);
      expect(worstRatio(db, expected[l]!.db, 1e-4, 1e-6)).toBeLessThanOrEqual(1);
    });
  });

  it('computes gradients of the mean: a batch of one row repeated gives the single-row gradient', () => {
    const net = mlp({ sizes: [2, 3, 1], hidden: 'tanh', seed: 2 });
    const row = new Float64Array([0.3, -0.8]);
    const one = net.gradients(row, new Float64Array([0.5]), 1).map(({ dW }) => dW.slice());
    const many = net.gradients(new Float64Array([0.3, -0.8, 0.3, -0.8, 0.3, -0.8]), new Float64Array([0.5, 0.5, 0.5]), 3);
    many.forEach(({ dW }, l) => expect(worstRatio(dW, one[l]!, 1e-14, 1e-16)).toBeLessThanOrEqual(1));
  });

  it('accepts a custom activation object', () => {
    const square: Activation = {
      name: 'square',
      forward: (z, out) => z.forEach((v, i) => (out[i] = v * v)),
      derivative: (z, _a, out) => z.forEach((v, i) => (out[i] = 2 * v)),
    };
    const net = mlp({ sizes: [2, 3, 1], hidden: square, seed: 4 });
    expect(net.hidden).toBe('square');
    const x = fixture(4, 3);
    const y = fixture(2, 4);
    const dW = net.gradients(x, y, 2)[0]!.dW.slice();
    expect(worstRatio(dW, centralDifference(() => net.evaluateLoss(x, y, 2), net.layers[0]!.W as Float64Array), 1e-6, 1e-9)).toBeLessThanOrEqual(1);
  });
});

describe('mlp training', () => {
  it('returns the loss before the update, then applies the optimizer to every layer', () => {
    const net = mlp({ sizes: [3, 4, 2], hidden: 'tanh', seed: 1 });
    const x = fixture(6, 1);
    const y = fixture(4, 2);
    const before = net.evaluateLoss(x, y, 2);
    const W = net.layers.map(({ W }) => W.slice());
    const dW = net.gradients(x, y, 2).map(({ dW }) => dW.slice());
    expect(net.trainStep(x, y, 2, { optimizer: 'sgd', lr: 0.5 })).toBe(before);
    net.layers.forEach(({ W: live }, l) => {
      const expected = W[l]!.map((w, i) => w - 0.5 * dW[l]![i]!);
      expect(worstRatio(live, expected, 1e-15, 1e-15)).toBeLessThanOrEqual(1);
    });
    expect(net.evaluateLoss(x, y, 2)).toBeLessThan(before);
  });

  it('allocates nothing after the first step: forward outputs and gradients are the same arrays every step', () => {
    const net = mlp({ sizes: [4, 8, 3], output: 'softmax', seed: 3 });
    const x = fixture(5 * 4, 1);
    const y = new Float64Array(15).map((_, i) => (i % 3 === Math.floor(i / 3) % 3 ? 1 : 0));
    const opt = momentum({ lr: 0.1 });
    net.trainStep(x, y, 5, { optimizer: opt });
    const out = net.forward(x, 5);
    const grads = net.gradients(x, y, 5);
    const arrays = grads.flatMap(({ dW, db }) => [dW, db]);
    const params = net.layers.flatMap(({ W, b }) => [W, b]);
    for (let step = 0; step < 3; step++) {
      net.trainStep(x, y, 5, { optimizer: opt });
      expect(net.forward(x, 5)).toBe(out);
      const again = net.gradients(x, y, 5);
      expect(again.flatMap(({ dW, db }) => [dW, db])).toEqual(arrays);
      again.flatMap(({ dW, db }) => [dW, db]).forEach((array, i) => expect(array).toBe(arrays[i]));
      net.layers.flatMap(({ W, b }) => [W, b]).forEach((array, i) => expect(array).toBe(params[i]));
    }
    expect(net.predict(x, 5)).not.toBe(out);
  });

  it('learns XOR with a 2-4-1 network to 100 % accuracy', () => {
    const net = mlp({ sizes: [2, 4, 1], hidden: 'tanh', output: 'sigmoid', loss: 'binary-cross-entropy', seed: 1 });
    const x = new Float64Array([0, 0, 0, 1, 1, 0, 1, 1]);
    const y = new Float64Array([0, 1, 1, 0]);
    const first = net.trainStep(x, y, 4, { optimizer: 'adam', lr: 0.05 });
    let last = first;
    for (let i = 0; i < 1500; i++) last = net.trainStep(x, y, 4, { optimizer: 'adam', lr: 0.05 });
    expect(last).toBeLessThan(0.05 * first);
    expect(Array.from(net.predict(x, 4), (p) => (p > 0.5 ? 1 : 0))).toEqual([0, 1, 1, 0]);
  });

  it('trains in float32 too', () => {
    const net = mlp({ sizes: [2, 4, 1], hidden: 'tanh', output: 'sigmoid', dtype: 'float32', seed: 1 });
    const x = new Float32Array([0, 0, 0, 1, 1, 0, 1, 1]);
    const y = new Float32Array([0, 1, 1, 0]);
    for (let i = 0; i < 1500; i++) net.trainStep(x, y, 4, { optimizer: 'adam', lr: 0.05 });
    const p = net.predict(x, 4);
    expect(p).toBeInstanceOf(Float32Array);
    expect(Array.from(p, (v) => (v > 0.5 ? 1 : 0))).toEqual([0, 1, 1, 0]);
  });
});

describe('mlp initialisation', () => {
  it('gives the same bits for the same seed, in both dtypes, and different ones for another seed', () => {
    for (const dtype of ['float64', 'float32'] as const) {
      const bits = (seed: number): number[] => mlp({ sizes: [5, 7, 3], dtype, seed }).layers.flatMap(({ W, b }) => [...W, ...b]);
      expect(bits(11)).toEqual(bits(11));
      expect(bits(11)).not.toEqual(bits(12));
    }
  });

  it('draws Glorot uniform weights for tanh and He normal weights for relu, with zero biases', () => {
    const glorot = mlp({ sizes: [300, 200], hidden: 'tanh', seed: 1 }).layers[0]!;
    const limit = Math.sqrt(6 / 500);
    expect(Math.max(...glorot.W.map(Math.abs))).toBeLessThanOrEqual(limit);
    // Variance of U(−l, l) is l²/3; with 60 000 draws the sample variance is within a few percent.
    expect(variance(glorot.W) / (limit * limit / 3)).toBeCloseTo(1, 1);
    const he = mlp({ sizes: [300, 200], hidden: 'relu', seed: 1 }).layers[0]!;
    expect(variance(he.W) / (2 / 300)).toBeCloseTo(1, 1);
    expect(Array.from(he.b).every((v) => v === 0)).toBe(true);
  });
});

function variance(values: FloatArray): number {
  let sum = 0;
  let square = 0;
  for (const v of values) {
    sum += v;
    square += v * v;
  }
  const mean = sum / values.length;
  return square / values.length - mean * mean;
}

describe('mlp JSON', () => {
  it('saves an expression activation by its text and rebuilds it on load', () => {
    const net = mlp({ sizes: [3, 4, 2], hidden: 'x * sigmoid(x)', output: 'softmax', loss: 'cross-entropy', seed: 3 });
    const x = fixture(6, 2, -1, 1);
    const again = mlpFromJson(JSON.parse(JSON.stringify(net.toJSON())));
    expect(again.toJSON().hidden).toBe('x * sigmoid(x)');
    expect([...again.predict(x, 2)]).toEqual([...net.predict(x, 2)]);
  });

  it('round-trips weights exactly through JSON text, in both dtypes', () => {
    for (const dtype of ['float64', 'float32'] as const) {
      const net = mlp({ sizes: [3, 4, 2], hidden: 'elu', output: 'softmax', dtype, seed: 9 });
      const copy = mlpFromJson(JSON.parse(JSON.stringify(net)));
      expect(copy.dtype).toBe(dtype);
      expect(copy.hidden).toBe('elu');
      expect(copy.loss).toBe('cross-entropy');
      copy.layers.forEach(({ W, b }, l) => {
        expect(W).toEqual(net.layers[l]!.W);
        expect(b).toEqual(net.layers[l]!.b);
      });
      const x = dtype === 'float32' ? Float32Array.from(fixture(6, 3)) : fixture(6, 3);
      expect(copy.predict(x, 2)).toEqual(net.predict(x, 2));
    }
  });

  it('names the field and element of a damaged save', () => {
    const saved = JSON.parse(JSON.stringify(mlp({ sizes: [2, 3, 1], seed: 1 }))) as { layers: { W: unknown[]; b: unknown[] }[]; sizes: unknown[] };
    const damaged = (change: (json: typeof saved) => void): unknown => {
      const copy = structuredClone(saved);
      change(copy);
      return copy;
    };
    expect(() => mlpFromJson(null)).toThrow(expect.objectContaining({ code: 'invalid-weights', position: { argument: 'json' } }));
    expect(() => mlpFromJson({ format: 'other' })).toThrow(expect.objectContaining({ code: 'invalid-weights', position: { argument: 'format' } }));
    expect(() => mlpFromJson(damaged((j) => { j.layers[1]!.W[2] = 'x'; }))).toThrow(expect.objectContaining({ code: 'invalid-weights', position: { argument: 'layers.1.W', index: 2 } }));
    expect(() => mlpFromJson(damaged((j) => { j.layers[0]!.b.pop(); }))).toThrow(expect.objectContaining({ code: 'invalid-weights', position: { argument: 'layers.0.b' } }));
    expect(() => mlpFromJson(damaged((j) => { j.layers.pop(); }))).toThrow(expect.objectContaining({ code: 'invalid-weights', position: { argument: 'layers' } }));
    expect(() => mlpFromJson(damaged((j) => { j.sizes[0] = -1; }))).toThrow(expect.objectContaining({ code: 'invalid-weights', position: { argument: 'sizes' } }));
    expect(() => mlpFromJson(damaged((j) => { j.layers[0]!.W[0] = null; }))).toThrow(expect.objectContaining({ code: 'invalid-weights', position: { argument: 'layers.0.W', index: 0 } }));
  });
});

describe('mlp errors', () => {
  it('rejects bad configurations with codes naming the option', () => {
    expect(() => mlp({} as { sizes: number[] })).toThrow(expect.objectContaining({ code: 'missing-input', position: { argument: 'sizes' } }));
    expect(() => mlp({ sizes: [3] })).toThrow(expect.objectContaining({ code: 'shape', position: { argument: 'sizes' } }));
    expect(() => mlp({ sizes: [3, 0, 1] })).toThrow(expect.objectContaining({ code: 'shape', position: { argument: 'sizes', index: 1 } }));
    expect(() => mlp({ sizes: [3, 1], hidden: 'swish' })).toThrow(expect.objectContaining({ code: 'invalid-option', position: { argument: 'activation' } }));
    expect(() => mlp({ sizes: [3, 1], output: 'softmax', loss: 'mse' })).toThrow(expect.objectContaining({ code: 'invalid-option', position: { argument: 'loss' } }));
    expect(() => mlp({ sizes: [3, 1], output: 'linear', loss: 'binary-cross-entropy' })).toThrow(expect.objectContaining({ code: 'invalid-option', position: { argument: 'loss' } }));
    expect(() => mlp({ sizes: [3, 1], output: 'tanh' as 'linear' })).toThrow(expect.objectContaining({ code: 'invalid-option', position: { argument: 'output' } }));
    expect(() => mlp({ sizes: [3, 1], dtype: 'float16' as 'float32' })).toThrow(expect.objectContaining({ code: 'invalid-option', position: { argument: 'dtype' } }));
    expect(() => mlp({ sizes: [3, 1], seed: Number.NaN })).toThrow(expect.objectContaining({ code: 'invalid-option', position: { argument: 'seed' } }));
  });

  it('rejects inputs that do not fit, before touching any buffer', () => {
    const net = mlp({ sizes: [3, 2], seed: 1 });
    expect(() => net.forward(undefined as unknown as Float64Array, 2)).toThrow(expect.objectContaining({ code: 'missing-input', position: { argument: 'x' } }));
    expect(() => net.trainStep(new Float64Array(6), undefined as unknown as Float64Array, 2)).toThrow(expect.objectContaining({ code: 'missing-input', position: { argument: 'y' } }));
    expect(() => net.forward(new Float64Array(5), 2)).toThrow(expect.objectContaining({ code: 'length-mismatch', position: { argument: 'x' } }));
    expect(() => net.forward(new Float32Array(6), 2)).toThrow(expect.objectContaining({ code: 'dtype', position: { argument: 'x' } }));
    expect(() => net.forward(new Float64Array(6), 0)).toThrow(expect.objectContaining({ code: 'shape', position: { argument: 'batch' } }));
    expect(() => net.gradients(new Float64Array(6), new Float64Array(3), 2)).toThrow(expect.objectContaining({ code: 'length-mismatch', position: { argument: 'y' } }));
    expect(() => net.trainStep(new Float64Array(6), new Float64Array(4), 2, { lr: -1 })).toThrow(expect.objectContaining({ code: 'invalid-option', position: { argument: 'lr' } }));
    expect(() => net.trainStep(new Float64Array(6), new Float64Array(4), 2, { optimizer: 'lion' as 'sgd' })).toThrow(expect.objectContaining({ code: 'invalid-option', position: { argument: 'optimizer' } }));
  });

  it('refuses a custom activation that does not match the saved name', () => {
    const json = JSON.parse(JSON.stringify(mlp({ sizes: [2, 2, 1], hidden: 'tanh' }))) as unknown;
    expect(() => mlpFromJson(json, { hidden: activationByName('relu') })).toThrow(expect.objectContaining({ code: 'invalid-option', position: { argument: 'hidden' } }));
  });
});
