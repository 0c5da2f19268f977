import type { Activation } from './activation.js';
import type { FloatArray } from './dtype.js';
import { checkCount, checkFloatArray, checkLength } from './internal/check.js';
import { gemm } from './matmul.js';

function checkShape(W: FloatArray, x: FloatArray, batch: number, inputs: number, outputs: number): void {
  checkCount(batch, 'batch');
  checkCount(inputs, 'inputs');
  checkCount(outputs, 'outputs');
  checkFloatArray(W, 'W');
  checkLength(W, outputs * inputs, 'W');
  checkFloatArray(x, 'x', W);
  checkLength(x, batch * inputs, 'x');
}

/**
 * Forward pass of a dense layer over a batch, in the row-major layout of the whole package:
 * `z[batch×outputs] = x[batch×inputs] · Wᵀ + b` (W is [outputs × inputs], so each row of z is
 * W·xᵣ + b, the column form Z = W·A + b of the textbooks) and `a = f(z)`. Allocates nothing.
 * @throws {NumericError} `missing-input`, `dtype`, `length-mismatch` or `shape` when an array does not fit.
 * @example
 * const z = new Float64Array(1), a = new Float64Array(1);
 * denseForward(new Float64Array([2, 3]), new Float64Array([1]), new Float64Array([1, 1]), 1, 2, 1, activationByName('relu'), z, a);
 * // → z = [6]
 * // → a = [6]
 */
export function denseForward(
  W: FloatArray, b: FloatArray, x: FloatArray, batch: number, inputs: number, outputs: number,
  activation: Activation, z: FloatArray, a: FloatArray,
): void {
  checkShape(W, x, batch, inputs, outputs);
  checkFloatArray(b, 'b', W);
  checkLength(b, outputs, 'b');
  checkFloatArray(z, 'z', W);
  checkLength(z, batch * outputs, 'z');
  checkFloatArray(a, 'a', W);
  checkLength(a, batch * outputs, 'a');
  for (let r = 0; r < batch; r++) z.set(b, r * outputs);
  gemm(false, true, batch, outputs, inputs, x, W, z, true);
  activation.forward(z, a);
}

/**
 * dZ = dA ⊙ f′(Z), in one pass where the activation has `backward`; nothing when `dZ` is `dA` (the
 * loss was differentiated with respect to the logits). Checks nothing: callers have.
 * @example
 * const dZ = new Float64Array(2);
 * activationGradient(activationByName('relu'), new Float64Array([-1, 2]), new Float64Array([0, 2]), new Float64Array([5, 5]), dZ);
 * // → dZ = [0, 5]
 */
export function activationGradient(activation: Activation, z: FloatArray, a: FloatArray, dA: FloatArray, dZ: FloatArray): void {
  if (dZ === dA) return;
  if (activation.backward !== undefined) {
    activation.backward(z, a, dA, dZ);
    return;
  }
  activation.derivative(z, a, dZ);
  for (let i = 0; i < dZ.length; i++) dZ[i] = dZ[i]! * dA[i]!;
}

/**
 * Backward pass of a dense layer, seed 004's table in row-major form:
 * dZ = dA ⊙ f′(Z); dW = dZᵀ·X ([outputs × inputs], like W); db = Σ over the batch of dZ;
 * dX = dZ·W (the textbooks' Wᵀ·dZ), skipped when `dX` is undefined (the first layer).
 * `dA` is the gradient of the loss that the network minimises; when that loss is a mean over the
 * batch, its 1/batch factor is already in `dA`, so dW and db are gradients of the mean.
 * Pass `dZ` equal to `dA` to skip the activation derivative when the loss was differentiated with
 * respect to the logits (sigmoid or softmax fused into the loss). Allocates nothing.
 * @throws {NumericError} `missing-input`, `dtype`, `length-mismatch` or `shape` when an array does not fit.
 * @example
 * const dW = new Float64Array(2), db = new Float64Array(1), dZ = new Float64Array(1), dX = new Float64Array(2);
 * denseBackward(new Float64Array([1, 1]), new Float64Array([2, 3]), new Float64Array([6]), new Float64Array([6]),
 *   new Float64Array([1]), 1, 2, 1, activationByName('relu'), dZ, dW, db, dX);
 * // → dW = [2, 3]
 * // → db = [1]
 * // → dX = [1, 1]
 */
export function denseBackward(
  W: FloatArray, x: FloatArray, z: FloatArray, a: FloatArray, dA: FloatArray,
  batch: number, inputs: number, outputs: number, activation: Activation,
  dZ: FloatArray, dW: FloatArray, db: FloatArray, dX: FloatArray | undefined,
): void {
  checkShape(W, x, batch, inputs, outputs);
  const n = batch * outputs;
  checkFloatArray(z, 'z', W);
  checkLength(z, n, 'z');
  checkFloatArray(a, 'a', W);
  checkLength(a, n, 'a');
  checkFloatArray(dA, 'dA', W);
  checkLength(dA, n, 'dA');
  checkFloatArray(dZ, 'dZ', W);
  checkLength(dZ, n, 'dZ');
  checkFloatArray(db, 'db', W);
  checkLength(db, outputs, 'db');
  checkFloatArray(dW, 'dW', W);
  checkLength(dW, outputs * inputs, 'dW');
  if (dX !== undefined) {
    checkFloatArray(dX, 'dX', W);
    checkLength(dX, batch * inputs, 'dX');
  }
  activationGradient(activation, z, a, dA, dZ);
  gemm(true, false, outputs, inputs, batch, dZ, x, dW, false);
  db.fill(0);
  for (let r = 0; r < batch; r++) {
    const o = r * outputs;
    for (let j = 0; j < outputs; j++) db[j] = db[j]! + dZ[o + j]!;
  }
  if (dX !== undefined) gemm(false, false, batch, inputs, outputs, dZ, W, dX, false);
}
