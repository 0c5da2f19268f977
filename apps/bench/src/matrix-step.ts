import { compileMatrix, gemmBackendName, mlp, useGemmBackend, type MatrixKernel } from '@bp/numeric';
import { type Contender, type MeasureOptions, gflops, measureInterleaved, speedup } from './harness.js';
import { MLP_BATCH, MLP_LR, MLP_SEED, MLP_SIZES, mlpStepFlops, relativeDifference, syntheticBatch, transposed } from './mlp.js';
import type { MeasureResult } from './report.js';

/** The network of the MLP measure written as a matrix program: one example per column. */
export const TWO_LAYER_PROGRAM = 'Z1 = W1*X + b1; H = relu(Z1); Z2 = W2*H + b2; P = softmax(Z2); L = -sum(Y .* log(P)) / m';

/** The compiled program may take at most 1.3 times the hand-written step's time: a speedup of at least 1/1.3. */
const GOAL = { peer: 'bp mlp', atLeast: 1 / 1.3, label: 'bp matrix within 1.3× of bp mlp' };

interface Weights {
  W1: Float32Array; b1: Float32Array; W2: Float32Array; b2: Float32Array;
}

/** One SGD step of a compiled matrix kernel: the gradient, then w ← w − lr·g in place. Returns the loss before it. */
export function matrixTrainStep(kernel: MatrixKernel, weights: Weights, data: { X: Float32Array; Y: Float32Array }, lr: number): number {
  const result = kernel.evaluate({ ...weights, ...data, m: MLP_BATCH });
  for (const name of ['W1', 'b1', 'W2', 'b2'] as const) {
    const w = weights[name];
    const g = result.gradient[name]!;
    for (let i = 0; i < w.length; i++) w[i] = w[i]! - lr * g[i]!;
  }
  return result.value;
}

/**
 * Measures one SGD step of the 784-256-10 ReLU softmax network on a batch of 128, float32: bp's
 * hand-written Dense layers (`mlp().trainStep`) against the same network written as a five-line
 * matrix program and compiled by `compileMatrix` onto the same gemm. Both start from the same
 * weights; the first step's loss and updated weights are compared before timing.
 */
export function measureMatrixStep(options: MeasureOptions): Promise<MeasureResult> {
  const [inputs, hidden, classes] = MLP_SIZES;
  const { x, y } = syntheticBatch(MLP_BATCH, inputs, classes, 7);
  const net = mlp({ sizes: MLP_SIZES, hidden: 'relu', output: 'softmax', loss: 'cross-entropy', dtype: 'float32', seed: MLP_SEED });
  const [l1, l2] = net.layers as [{ W: Float32Array; b: Float32Array }, { W: Float32Array; b: Float32Array }];
  const weights: Weights = { W1: l1.W.slice(), b1: l1.b.slice(), W2: l2.W.slice(), b2: l2.b.slice() };
  // Examples as columns: X = xᵀ [784 × 128], Y = yᵀ [10 × 128], transposed once, outside the timing.
  const data = { X: transposed(x, MLP_BATCH, inputs), Y: transposed(y, MLP_BATCH, classes) };
  const kernel = compileMatrix(TWO_LAYER_PROGRAM, {
    shapes: { W1: [hidden, inputs], X: [inputs, MLP_BATCH], b1: [hidden], W2: [classes, hidden], b2: [classes], Y: [classes, MLP_BATCH] },
    distributions: ['Y'], wrt: ['W1', 'b1', 'W2', 'b2'], dtype: 'float32',
  });
  const backend = gemmBackendName('float32');
  useGemmBackend(backend);
  const mlpLoss = net.trainStep(x, y, MLP_BATCH, { optimizer: 'sgd', lr: MLP_LR });
  const matrixLoss = matrixTrainStep(kernel, weights, data, MLP_LR);
  let gap = 0;
  for (const [mine, theirs] of [[weights.W1, l1.W], [weights.b1, l1.b], [weights.W2, l2.W], [weights.b2, l2.b]] as const) {
    for (let i = 0; i < mine.length; i++) gap = Math.max(gap, Math.abs(mine[i]! - theirs[i]!));
  }
  const lossGap = relativeDifference(matrixLoss, mlpLoss);
  const contenders: Contender[] = [
    { name: 'bp mlp', run: () => void net.trainStep(x, y, MLP_BATCH, { optimizer: 'sgd', lr: MLP_LR }) },
    { name: 'bp matrix', run: () => void matrixTrainStep(kernel, weights, data, MLP_LR) },
  ];
  const rejected = lossGap <= 1e-4 && gap <= 1e-4 ? [] : [{ name: 'bp matrix', reason: `first step: loss gap ${lossGap.toExponential(1)}, weights ${gap.toExponential(1)} apart` }];
  return measureInterleaved(rejected.length > 0 ? contenders.slice(0, 1) : contenders, options).then((timings) => {
    const flops = mlpStepFlops(MLP_SIZES, MLP_BATCH);
    const matrix = timings.find((t) => t.name === 'bp matrix');
    const peer = timings.find((t) => t.name === GOAL.peer);
    const value = matrix === undefined || peer === undefined ? Number.NaN : speedup(matrix.medianMs, peer.medianMs);
    return {
      id: 'matrix-train-step',
      title: 'matrix program step',
      bp: 'bp matrix',
      flops,
      timings: timings.map((t) => ({ ...t, gflops: gflops(flops, t.medianMs), bpSpeedup: matrix === undefined ? Number.NaN : speedup(matrix.medianMs, t.medianMs) })),
      rejected,
      goals: [{ ...GOAL, speedup: value, met: value >= GOAL.atLeast }],
      notes: [`first-step loss ${matrixLoss.toFixed(6)} (matrix program) vs ${mlpLoss.toFixed(6)} (mlp); weights after the step within ${gap.toExponential(1)}; gemm backend ${backend}`],
    };
  });
}
