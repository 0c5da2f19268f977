import { describe, expect, it } from 'vitest';
import {
  binaryCrossEntropyWithLogits,
  matmul,
  meanSquaredError,
  mlp,
  softmaxCrossEntropy,
} from '../src/index.js';

/** The error a call throws, so its fields can be checked. */
function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('allocation limits', () => {
  it('refuses a matrix product with 1e5 × 1e5 outputs with a typed error that says how much memory it needs', () => {
    const a = new Float64Array(1e5);
    const b = new Float64Array(1e5);
    const error = thrown(() => matmul(a, b, 1e5, 1, 1e5));
    expect(error).toMatchObject({ name: 'NumericError', code: 'too-large', position: { argument: 'out' } });
    // 1e10 float64 elements are 8e10 bytes: 80 GB (74.5 GiB).
    expect((error as Error).message).toMatch(/80(\.0)? GB/);
  });

  it('refuses a network of 1e10 weights before allocating, naming the layer and the memory needed', () => {
    const error = thrown(() => mlp({ sizes: [1e5, 1e5, 1] }));
    expect(error).toMatchObject({ name: 'NumericError', code: 'too-large', position: { argument: 'sizes', index: 1 } });
    // W of layer 0 alone: 1e10 float64 = 80 GB; with its gradient, twice that.
    expect((error as Error).message).toMatch(/160(\.0)? GB/);
  });

  it('counts float32 at four bytes an element', () => {
    const error = thrown(() => mlp({ sizes: [2, 1e5, 1e5, 1], dtype: 'float32' }));
    expect(error).toMatchObject({ code: 'too-large', position: { argument: 'sizes', index: 2 } });
    expect((error as Error).message).toMatch(/80(\.0)? GB/);
  });

  it('refuses a batch whose activations no array can hold, naming the batch', () => {
    // 1e5 rows through a hidden layer of 5e4: 5e9 activations, more than 2³² elements.
    const net = mlp({ sizes: [1, 5e4, 1] });
    expect(() => net.forward(new Float64Array(1e5), 1e5)).toThrow(
      expect.objectContaining({ name: 'NumericError', code: 'too-large', position: { argument: 'batch' } }),
    );
  });

  it('still builds an ordinary network and multiplies ordinary matrices', () => {
    expect(mlp({ sizes: [784, 64, 10] }).layers[0]!.W).toHaveLength(784 * 64);
    expect(Array.from(matmul(new Float64Array([1, 2]), new Float64Array([3, 4]), 2, 1, 2))).toEqual([3, 4, 6, 8]);
  });
});

describe('training data', () => {
  const x = new Float64Array([0, 0, 0, 1, 1, 0, 1, 1]);
  const y = new Float64Array([0, 1, 1, 0]);

  it('stops at a NaN in x before any weight changes, naming the element', () => {
    const net = mlp({ sizes: [2, 4, 1], hidden: 'tanh', output: 'sigmoid', seed: 1 });
    const before = net.layers.map(({ W, b }) => [Array.from(W), Array.from(b)]);
    const bad = x.slice();
    bad[5] = Number.NaN;
    expect(() => net.trainStep(bad, y, 4, { optimizer: 'adam', lr: 0.1 })).toThrow(
      expect.objectContaining({ name: 'NumericError', code: 'not-finite', position: { argument: 'x', index: 5 } }),
    );
    expect(net.layers.map(({ W, b }) => [Array.from(W), Array.from(b)])).toEqual(before);
    // The network still trains on good data afterwards.
    expect(Number.isFinite(net.trainStep(x, y, 4, { optimizer: 'adam', lr: 0.1 }))).toBe(true);
  });

  it('stops at the first NaN or ±Infinity in a float32 batch checked where it is copied next to resident weights', () => {
    const net = mlp({ sizes: [7, 5, 3], output: 'softmax', dtype: 'float32', seed: 2 });
    // The weights live in the WebAssembly gemm's shared memory, so the batch is checked there in SIMD.
    expect(net.layers[0]!.W.buffer).toBeInstanceOf(SharedArrayBuffer);
    const before = net.layers.map(({ W, b }) => [Array.from(W), Array.from(b)]);
    const y = new Float32Array(12);
    for (let r = 0; r < 4; r++) y[3 * r + (r % 3)] = 1;
    // 28 inputs: index 9 in the third vector of four, 27 the last; −∞ alone at 27.
    for (const [at, value, first] of [[[9, 13], Number.NaN, 9], [[27], Number.NEGATIVE_INFINITY, 27], [[6, 2], Number.POSITIVE_INFINITY, 2]] as const) {
      const x = new Float32Array(28).map((_, i) => i / 28);
      for (const i of at) x[i] = value;
      for (const call of [() => net.trainStep(x, y, 4), () => net.gradients(x, y, 4), () => net.inputGradients(x, y, 4)]) {
        expect(call).toThrow(expect.objectContaining({ code: 'not-finite', position: { argument: 'x', index: first } }));
      }
    }
    expect(net.layers.map(({ W, b }) => [Array.from(W), Array.from(b)])).toEqual(before);
  });

  it('refuses infinite inputs in every method that reads x', () => {
    const net = mlp({ sizes: [2, 1], seed: 1 });
    const bad = new Float64Array([1, Number.POSITIVE_INFINITY]);
    const target = new Float64Array([0]);
    const expected = expect.objectContaining({ code: 'not-finite', position: { argument: 'x', index: 1 } });
    expect(() => net.forward(bad, 1)).toThrow(expected);
    expect(() => net.gradients(bad, target, 1)).toThrow(expected);
    expect(() => net.evaluateLoss(bad, target, 1)).toThrow(expected);
  });

  it('refuses cross-entropy labels outside [0, 1], which would make the loss negative', () => {
    // softmax([0, 0]) = [½, ½]; with target [3, −2] the "loss" would be (3 − 2)·log 2 − … < 0 for other logits.
    const logits = new Float64Array([2, 0]);
    expect(() => softmaxCrossEntropy(logits, new Float64Array([3, -2]), 1)).toThrow(
      expect.objectContaining({ name: 'NumericError', code: 'out-of-range', position: { argument: 'target', index: 0 } }),
    );
    expect(() => softmaxCrossEntropy(logits, new Float64Array([1, -0.5]), 1)).toThrow(
      expect.objectContaining({ code: 'out-of-range', position: { argument: 'target', index: 1 } }),
    );
    // A valid one-hot target: −log softmax(z)₀ = log(1 + e^(−2)).
    expect(softmaxCrossEntropy(logits, new Float64Array([1, 0]), 1)).toBeCloseTo(Math.log1p(Math.exp(-2)), 14);
  });

  it('refuses binary labels outside [0, 1] and NaN targets in every loss', () => {
    expect(() => binaryCrossEntropyWithLogits(new Float64Array([0]), new Float64Array([2]), 1)).toThrow(
      expect.objectContaining({ code: 'out-of-range', position: { argument: 'target', index: 0 } }),
    );
    expect(() => meanSquaredError(new Float64Array([0, 0]), new Float64Array([1, Number.NaN]), 1)).toThrow(
      expect.objectContaining({ code: 'not-finite', position: { argument: 'target', index: 1 } }),
    );
    // Any finite target is fine for mean squared error: ½·(0 − 7)² = 24.5.
    expect(meanSquaredError(new Float64Array([0]), new Float64Array([7]), 1)).toBe(24.5);
  });

  it('stops a classifier trained on a label out of range without touching its weights', () => {
    const net = mlp({ sizes: [2, 3], output: 'softmax', seed: 2 });
    const W = Array.from(net.layers[0]!.W);
    expect(() => net.trainStep(new Float64Array([1, 2]), new Float64Array([3, -2, 0]), 1, { optimizer: 'sgd', lr: 0.1 })).toThrow(
      expect.objectContaining({ code: 'out-of-range', position: { argument: 'y', index: 0 } }),
    );
    expect(Array.from(net.layers[0]!.W)).toEqual(W);
  });
});
