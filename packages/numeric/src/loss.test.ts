import { describe, expect, it } from 'vitest';
import { centralDifference, fixture, worstRatio } from '../test/fd.js';
import { binaryCrossEntropyWithLogits, lossByName, meanSquaredError, softmax, softmaxCrossEntropy } from './loss.js';
import type { FloatArray } from './dtype.js';

const BATCH = 3;
const COLS = 4;

function oneHot(rows: number, cols: number, seed: number): Float64Array {
  const y = new Float64Array(rows * cols);
  const picks = fixture(rows, seed, 0, cols);
  for (let r = 0; r < rows; r++) y[r * cols + Math.floor(picks[r]!)] = 1;
  return y;
}

type LossFunction = (output: FloatArray, target: FloatArray, batch: number, gradient?: FloatArray) => number;

const CASES: [string, LossFunction, Float64Array][] = [
  ['mean squared error', meanSquaredError, fixture(BATCH * COLS, 11)],
  ['binary cross-entropy from logits', binaryCrossEntropyWithLogits, fixture(BATCH * COLS, 12, 0, 1)],
  ['softmax cross-entropy', softmaxCrossEntropy, oneHot(BATCH, COLS, 13)],
];

describe('losses', () => {
  for (const [name, loss, target] of CASES) {
    it(`${name}: the gradient is that of the batch mean, by central differences`, () => {
      const output = fixture(BATCH * COLS, 21, -3, 3);
      const gradient = new Float64Array(output.length);
      const value = loss(output, target, BATCH, gradient);
      expect(value).toBe(loss(output, target, BATCH));
      const numeric = centralDifference((x) => loss(x, target, BATCH), output);
      expect(worstRatio(gradient, numeric, 1e-7, 1e-9)).toBeLessThanOrEqual(1);
    });
  }

  it('mean squared error is half the squared distance per row, averaged over rows', () => {
    // rows (3, 1) vs (1, 1) and (0, 0) vs (0, 2): ½·4 and ½·4, mean 2
    expect(meanSquaredError(new Float64Array([3, 1, 0, 0]), new Float64Array([1, 1, 0, 2]), 2)).toBe(2);
  });

  it('binary cross-entropy from logits equals −y log σ − (1 − y) log(1 − σ) and stays finite at extreme logits', () => {
    const z = 0.7;
    const p = 1 / (1 + Math.exp(-z));
    expect(binaryCrossEntropyWithLogits(new Float64Array([z]), new Float64Array([0.3]), 1)).toBeCloseTo(-0.3 * Math.log(p) - 0.7 * Math.log(1 - p), 14);
    const gradient = new Float64Array(2);
    const value = binaryCrossEntropyWithLogits(new Float64Array([1000, -1000]), new Float64Array([0, 1]), 1, gradient);
    expect(value).toBe(2000);
    expect(Array.from(gradient)).toEqual([1, -1]);
  });

  it('softmax cross-entropy takes the p − y shortcut, equal to the softmax Jacobian times the cross-entropy gradient', () => {
    const z = fixture(COLS, 31, -2, 2);
    const y = new Float64Array([0, 0, 1, 0]);
    const p = softmax(z, 1, COLS, new Float64Array(COLS));
    // The long way: ∂L/∂pᵢ = −yᵢ/pᵢ, ∂pᵢ/∂zⱼ = pᵢ(δᵢⱼ − pⱼ), ∂L/∂zⱼ = Σᵢ ∂L/∂pᵢ·∂pᵢ/∂zⱼ.
    const longWay = new Float64Array(COLS);
    for (let j = 0; j < COLS; j++) {
      for (let i = 0; i < COLS; i++) longWay[j] = longWay[j]! + (-y[i]! / p[i]!) * p[i]! * ((i === j ? 1 : 0) - p[j]!);
    }
    const gradient = new Float64Array(COLS);
    const value = softmaxCrossEntropy(z, y, 1, gradient);
    expect(value).toBeCloseTo(-Math.log(p[2]!), 14);
    expect(worstRatio(gradient, longWay, 1e-12, 1e-15)).toBeLessThanOrEqual(1);
    expect(worstRatio(gradient, p.map((v, i) => v - y[i]!), 1e-12, 1e-15)).toBeLessThanOrEqual(1);
  });

  it('softmax and its cross-entropy survive logits of 1000 without overflow', () => {
    const z = new Float64Array([1000, 1000, -1000]);
    expect(Array.from(softmax(z, 1, 3, new Float64Array(3)))).toEqual([0.5, 0.5, 0]);
    expect(softmaxCrossEntropy(z, new Float64Array([1, 0, 0]), 1)).toBeCloseTo(Math.LN2, 14);
    expect(softmaxCrossEntropy(z, new Float64Array([0, 0, 1]), 1)).toBeCloseTo(2000 + Math.LN2, 10);
  });

  it('works in float32', () => {
    const gradient = new Float32Array(2);
    const value = softmaxCrossEntropy(new Float32Array([0, 0]), new Float32Array([1, 0]), 1, gradient);
    expect(value).toBeCloseTo(Math.LN2, 6);
    expect(Array.from(gradient)).toEqual([-0.5, 0.5]);
  });

  it('looks losses up by name and says which are computed from logits', () => {
    expect(lossByName('mse').fromLogits).toBe(false);
    expect(lossByName('cross-entropy').fromLogits).toBe(true);
    expect(() => lossByName('hinge' as 'mse')).toThrow(expect.objectContaining({ code: 'invalid-option', position: { argument: 'loss' } }));
    expect(() => lossByName('toString' as 'mse')).toThrow(expect.objectContaining({ code: 'invalid-option' }));
  });

  it('names the array or count that does not fit', () => {
    const a = new Float64Array(4);
    expect(() => meanSquaredError(a, new Float64Array(3), 2)).toThrow(expect.objectContaining({ code: 'length-mismatch', position: { argument: 'target' } }));
    expect(() => meanSquaredError(a, undefined as unknown as Float64Array, 2)).toThrow(expect.objectContaining({ code: 'missing-input', position: { argument: 'target' } }));
    expect(() => meanSquaredError(a, new Float32Array(4), 2)).toThrow(expect.objectContaining({ code: 'dtype', position: { argument: 'target' } }));
    expect(() => meanSquaredError(a, a, 3)).toThrow(expect.objectContaining({ code: 'shape', position: { argument: 'batch' } }));
    expect(() => meanSquaredError(a, a, 0)).toThrow(expect.objectContaining({ code: 'shape', position: { argument: 'batch' } }));
    expect(() => softmaxCrossEntropy(a, a, 2, new Float64Array(5))).toThrow(expect.objectContaining({ code: 'length-mismatch', position: { argument: 'gradient' } }));
    expect(() => softmax(a, 2, 3, new Float64Array(6))).toThrow(expect.objectContaining({ code: 'length-mismatch', position: { argument: 'logits' } }));
  });
});
