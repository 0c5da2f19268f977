import { compileMatrix, mlp } from '@bp/numeric';
import { describe, expect, it } from 'vitest';
import { TWO_LAYER_PROGRAM, matrixTrainStep } from './matrix-step.js';
import { MLP_BATCH, syntheticBatch, transposed } from './mlp.js';

describe('matrixTrainStep', () => {
  it('takes the same SGD step as the hand-written network, from the same weights', () => {
    const sizes = [784, 32, 10] as const;
    const { x, y } = syntheticBatch(MLP_BATCH, sizes[0], sizes[2], 3);
    const net = mlp({ sizes, hidden: 'relu', output: 'softmax', loss: 'cross-entropy', dtype: 'float32', seed: 5 });
    const [l1, l2] = net.layers as [{ W: Float32Array; b: Float32Array }, { W: Float32Array; b: Float32Array }];
    const weights = { W1: l1.W.slice(), b1: l1.b.slice(), W2: l2.W.slice(), b2: l2.b.slice() };
    const kernel = compileMatrix(TWO_LAYER_PROGRAM, {
      shapes: { W1: [32, 784], X: [784, MLP_BATCH], b1: [32], W2: [10, 32], b2: [10], Y: [10, MLP_BATCH] },
      distributions: ['Y'], wrt: ['W1', 'b1', 'W2', 'b2'], dtype: 'float32',
    });
    const loss = matrixTrainStep(kernel, weights, { X: transposed(x, MLP_BATCH, 784), Y: transposed(y, MLP_BATCH, 10) }, 0.5);
    expect(loss).toBeCloseTo(net.trainStep(x, y, MLP_BATCH, { optimizer: 'sgd', lr: 0.5 }), 5);
    weights.W2.forEach((w, i) => expect(w).toBeCloseTo(l2.W[i]!, 5));
    weights.b1.forEach((b, i) => expect(b).toBeCloseTo(l1.b[i]!, 5));
  });
});
