import { NumericError } from './errors.js';
import type { FloatArray } from './dtype.js';
import { checkCount, checkFloatArray, checkLength, checkRange } from './internal/check.js';

/** Names of the built-in losses. */
export type LossName = 'mse' | 'binary-cross-entropy' | 'cross-entropy';

/**
 * A loss over a batch of rows: returns the mean over the batch of the per-row loss and, when
 * `gradient` is given, writes the gradient of that mean with respect to `output` (so the 1/batch
 * factor is already in it). `output` and `target` are row-major [batch × outputs].
 */
export interface Loss {
  readonly name: LossName;
  /** True when `output` is the logits before the final activation (the activation is fused in). */
  readonly fromLogits: boolean;
  evaluate(output: FloatArray, target: FloatArray, batch: number, gradient?: FloatArray): number;
}

/** What each loss accepts as a target: any finite number for mse, a probability for the cross-entropies. */
const TARGET_RANGE: Readonly<Record<LossName, { low: number; high: number; what: string }>> = {
  'mse': { low: -Number.MAX_VALUE, high: Number.MAX_VALUE, what: 'targets' },
  'binary-cross-entropy': { low: 0, high: 1, what: 'binary cross-entropy targets (probabilities of class 1)' },
  'cross-entropy': { low: 0, high: 1, what: 'cross-entropy targets (class probabilities, one-hot for labels)' },
};

/**
 * Throws unless every target suits the loss: `not-finite` for NaN or ±Infinity, `out-of-range`
 * for a class probability outside [0, 1] (which would make a cross-entropy negative). One pass.
 */
export function checkTargets(loss: LossName, target: FloatArray, argument: string): void {
  const { low, high, what } = TARGET_RANGE[loss];
  checkRange(target, argument, low, high, what);
}

function check(loss: LossName, output: FloatArray, target: FloatArray, batch: number, gradient: FloatArray | undefined): void {
  checkFloatArray(output, 'output');
  checkFloatArray(target, 'target', output);
  checkCount(batch, 'batch');
  checkLength(target, output.length, 'target');
  if (output.length % batch !== 0) {
    throw new NumericError('shape', `output length ${output.length} is not a multiple of batch ${batch}`, { argument: 'batch' });
  }
  if (gradient !== undefined) {
    checkFloatArray(gradient, 'gradient', output);
    checkLength(gradient, output.length, 'gradient');
  }
  checkTargets(loss, target, 'target');
}

/**
 * Mean squared error in the seeds' convention: per row ½·Σⱼ (pⱼ − yⱼ)², averaged over the batch;
 * the gradient is (p − y)/batch.
 * @throws {NumericError} `missing-input`, `dtype`, `length-mismatch` or `shape` naming `output`, `target`, `gradient` or `batch`;
 * `not-finite` naming the `target` element that is NaN or ±Infinity.
 * @example
 * meanSquaredError(new Float64Array([3]), new Float64Array([1]), 1); // → 2
 */
export function meanSquaredError(prediction: FloatArray, target: FloatArray, batch: number, gradient?: FloatArray): number {
  check('mse', prediction, target, batch, gradient);
  const scale = 1 / batch;
  let sum = 0;
  for (let i = 0; i < prediction.length; i++) {
    const d = prediction[i]! - target[i]!;
    sum += d * d;
    if (gradient !== undefined) gradient[i] = d * scale;
  }
  return (0.5 * sum) / batch;
}

/**
 * Binary cross-entropy computed from logits z (the sigmoid is fused in): per element
 * max(z, 0) − z·y + log1p(e^(−|z|)), which equals −y·log σ(z) − (1 − y)·log(1 − σ(z)) without
 * overflow or log(0); summed over a row's outputs and averaged over the batch. Gradient (σ(z) − y)/batch.
 * @throws {NumericError} as {@link meanSquaredError}, and `out-of-range` for a target outside [0, 1].
 * @example
 * binaryCrossEntropyWithLogits(new Float64Array([0]), new Float64Array([1]), 1); // → 0.6931471805599453
 */
export function binaryCrossEntropyWithLogits(logits: FloatArray, target: FloatArray, batch: number, gradient?: FloatArray): number {
  check('binary-cross-entropy', logits, target, batch, gradient);
  const scale = 1 / batch;
  let sum = 0;
  for (let i = 0; i < logits.length; i++) {
    const z = logits[i]!;
    const y = target[i]!;
    const e = Math.exp(-Math.abs(z));
    sum += Math.max(z, 0) - z * y + Math.log1p(e);
    if (gradient !== undefined) {
      const p = z >= 0 ? 1 / (1 + e) : e / (1 + e);
      gradient[i] = (p - y) * scale;
    }
  }
  return sum / batch;
}

/**
 * Row-wise softmax of a [rows × cols] array, shifted by each row's maximum so exp never overflows.
 * `out` may be `logits` itself.
 * @throws {NumericError} `missing-input`, `dtype`, `length-mismatch` or `shape`.
 * @example
 * softmax(new Float64Array([0, Math.log(3)]), 1, 2, new Float64Array(2)); // ≈ [0.25, 0.75]
 */
export function softmax<T extends FloatArray>(logits: T, rows: number, cols: number, out: T): T {
  checkFloatArray(logits, 'logits');
  checkFloatArray(out, 'out', logits);
  checkCount(rows, 'rows');
  checkCount(cols, 'cols');
  checkLength(logits, rows * cols, 'logits');
  checkLength(out, rows * cols, 'out');
  for (let r = 0; r < rows; r++) {
    const o = r * cols;
    let max = -Infinity;
    for (let j = 0; j < cols; j++) max = Math.max(max, logits[o + j]!);
    let sum = 0;
    for (let j = 0; j < cols; j++) {
      const e = Math.exp(logits[o + j]! - max);
      out[o + j] = e;
      sum += e;
    }
    const inv = 1 / sum;
    for (let j = 0; j < cols; j++) out[o + j] = out[o + j]! * inv;
  }
  return out;
}

/**
 * Softmax followed by cross-entropy, computed from logits: per row −Σⱼ yⱼ·log softmax(z)ⱼ
 * = Σⱼ yⱼ·(LSE(z) − zⱼ) with a stable log-sum-exp LSE, averaged over the batch. The gradient takes
 * the p − y shortcut (exactly (Σⱼ yⱼ)·p − y, which is p − y for one-hot rows), divided by batch.
 * The number of classes is `logits.length / batch`.
 * @throws {NumericError} as {@link meanSquaredError}, and `out-of-range` for a target outside [0, 1].
 * @example
 * softmaxCrossEntropy(new Float64Array([0, 0]), new Float64Array([1, 0]), 1); // → 0.6931471805599453
 */
export function softmaxCrossEntropy(logits: FloatArray, target: FloatArray, batch: number, gradient?: FloatArray): number {
  check('cross-entropy', logits, target, batch, gradient);
  const cols = logits.length / batch;
  const scale = 1 / batch;
  let total = 0;
  for (let r = 0; r < batch; r++) {
    const o = r * cols;
    let max = -Infinity;
    for (let j = 0; j < cols; j++) max = Math.max(max, logits[o + j]!);
    let sum = 0;
    for (let j = 0; j < cols; j++) sum += Math.exp(logits[o + j]! - max);
    // Kept relative to the maximum: LSE(z) − zⱼ = log Σ e^(z − max) − (zⱼ − max) loses no digits to
    // cancellation when the logits are large.
    const logSum = Math.log(sum);
    let targetSum = 0;
    for (let j = 0; j < cols; j++) {
      const y = target[o + j]!;
      targetSum += y;
      if (y !== 0) total += y * (logSum - (logits[o + j]! - max));
    }
    if (gradient !== undefined) {
      for (let j = 0; j < cols; j++) {
        const p = Math.exp(logits[o + j]! - max - logSum);
        gradient[o + j] = (targetSum * p - target[o + j]!) * scale;
      }
    }
  }
  return total / batch;
}

const LOSSES: Record<LossName, Loss> = {
  'mse': { name: 'mse', fromLogits: false, evaluate: meanSquaredError },
  'binary-cross-entropy': { name: 'binary-cross-entropy', fromLogits: true, evaluate: binaryCrossEntropyWithLogits },
  'cross-entropy': { name: 'cross-entropy', fromLogits: true, evaluate: softmaxCrossEntropy },
};

/**
 * Looks up a built-in loss: `mse`, `binary-cross-entropy` (from logits) or `cross-entropy` (softmax fused in).
 * @throws {NumericError} `invalid-option` for an unknown name.
 * @example
 * lossByName('mse').evaluate(new Float64Array([3]), new Float64Array([1]), 1); // → 2
 */
export function lossByName(name: LossName): Loss {
  const loss = Object.hasOwn(LOSSES, name) ? LOSSES[name] : undefined;
  if (loss === undefined) {
    throw new NumericError('invalid-option', `unknown loss "${String(name)}"; expected mse, binary-cross-entropy or cross-entropy`, { argument: 'loss' });
  }
  return loss;
}
