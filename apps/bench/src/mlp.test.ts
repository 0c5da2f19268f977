import { mlp } from '@bp/numeric';
import * as tf from '@tensorflow/tfjs-core';
import { loadTfjs } from './tfjs.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { mlpStepFlops, relativeDifference, syntheticBatch, transposed } from './mlp.js';

describe('mlpStepFlops', () => {
  it('counts forward, weight-gradient and input-gradient products (none for the first layer)', () => {
    // Layer 0: 2·4·3·5 = 120 forward + 120 for dW; layer 1: 2·4·5·2 = 80, three times.
    expect(mlpStepFlops([3, 5, 2], 4)).toBe(120 * 2 + 80 * 3);
    expect(mlpStepFlops([784, 256, 10], 128)).toBe(2 * 128 * (2 * 784 * 256 + 3 * 256 * 10));
  });
});

describe('syntheticBatch', () => {
  it('gives the same pixel-like inputs and one-hot labels for the same seed', () => {
    const { x, y } = syntheticBatch(6, 4, 3, 11);
    expect(x).toHaveLength(24);
    expect(Math.min(...x)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...x)).toBeLessThan(1);
    for (let r = 0; r < 6; r++) {
      const row = Array.from(y.subarray(r * 3, r * 3 + 3));
      expect(row.filter((v) => v === 1)).toHaveLength(1);
      expect(row.filter((v) => v === 0)).toHaveLength(2);
    }
    expect(syntheticBatch(6, 4, 3, 11)).toEqual({ x, y });
    expect(syntheticBatch(6, 4, 3, 12).x).not.toEqual(x);
  });
});

describe('transposed', () => {
  it('turns [rows × cols] into [cols × rows]', () => {
    expect(Array.from(transposed([1, 2, 3, 4, 5, 6], 2, 3))).toEqual([1, 4, 2, 5, 3, 6]);
  });
});

describe('relativeDifference', () => {
  it('is the gap over the larger magnitude, 0 for two zeros', () => {
    expect(relativeDifference(2, 2.5)).toBeCloseTo(0.2, 15);
    expect(relativeDifference(0, 0)).toBe(0);
    expect(relativeDifference(-1, 1)).toBe(2);
  });
});

describe('the TensorFlow.js peer', () => {
  beforeAll(async () => {
    await loadTfjs();
    await tf.setBackend('cpu');
  });

  it("computes the same gradients of a ReLU + softmax cross-entropy network as bp's float64 backward pass", () => {
    const sizes = [3, 4, 2];
    const batch = 5;
    const net = mlp({ sizes, hidden: 'relu', output: 'softmax', loss: 'cross-entropy', seed: 3 });
    const { x, y } = syntheticBatch(batch, 3, 2, 5);
    const expected = net.gradients(Float64Array.from(x), Float64Array.from(y), batch);
    const kernels = net.layers.map(({ W }, l) => tf.variable(tf.tensor2d(transposed(W, sizes[l + 1]!, sizes[l]!), [sizes[l]!, sizes[l + 1]!])));
    const biases = net.layers.map(({ b }) => tf.variable(tf.tensor1d(Float32Array.from(b))));
    const tx = tf.tensor2d(x, [batch, 3]);
    const ty = tf.tensor2d(y, [batch, 2]);
    const { value, grads } = tf.variableGrads(() => {
      const hidden = tf.relu(tf.add(tf.matMul(tx, kernels[0]!), biases[0]!));
      return tf.losses.softmaxCrossEntropy<tf.Tensor, tf.Scalar>(ty, tf.add(tf.matMul(hidden, kernels[1]!), biases[1]!));
    });
    expect(value.dataSync()[0]).toBeCloseTo(net.evaluateLoss(Float64Array.from(x), Float64Array.from(y), batch), 5);
    net.layers.forEach((_, l) => {
      const dW = transposed(grads[kernels[l]!.name]!.dataSync(), sizes[l]!, sizes[l + 1]!);
      const db = grads[biases[l]!.name]!.dataSync();
      const want = expected[l]!;
      expect(Array.from(want.dW).some((v) => v !== 0)).toBe(true);
      want.dW.forEach((v, i) => expect(dW[i]).toBeCloseTo(v, 5));
      want.db.forEach((v, i) => expect(db[i]).toBeCloseTo(v, 5));
    });
  });
});
