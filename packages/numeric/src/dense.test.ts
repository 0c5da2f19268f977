import { describe, expect, it } from 'vitest';
import { centralDifference, fixture, worstRatio } from '../test/fd.js';
import { ACTIVATION_NAMES, activationByName } from './activation.js';
import { denseBackward, denseForward } from './dense.js';

const [BATCH, IN, OUT] = [3, 5, 4];

describe('dense layer', () => {
  for (const name of ACTIVATION_NAMES) {
    it(`${name}: dW, db and dX match central differences of a scalar loss`, () => {
      const activation = activationByName(name);
      const W = fixture(OUT * IN, 1);
      const b = fixture(OUT, 2);
      const x = fixture(BATCH * IN, 3);
      // L = Σ c ⊙ a with fixed weights c, so ∂L/∂a = c.
      const c = fixture(BATCH * OUT, 4);
      const loss = (Wv: Float64Array, bv: Float64Array, xv: Float64Array): number => {
        const z = new Float64Array(BATCH * OUT);
        const a = new Float64Array(BATCH * OUT);
        denseForward(Wv, bv, xv, BATCH, IN, OUT, activation, z, a);
        return a.reduce((sum, v, i) => sum + v * c[i]!, 0);
      };
      const z = new Float64Array(BATCH * OUT);
      const a = new Float64Array(BATCH * OUT);
      denseForward(W, b, x, BATCH, IN, OUT, activation, z, a);
      const dZ = new Float64Array(BATCH * OUT);
      const dW = new Float64Array(OUT * IN);
      const db = new Float64Array(OUT);
      const dX = new Float64Array(BATCH * IN);
      denseBackward(W, x, z, a, c, BATCH, IN, OUT, activation, dZ, dW, db, dX);
      expect(worstRatio(dW, centralDifference((v) => loss(v, b, x), W), 1e-7, 1e-9)).toBeLessThanOrEqual(1);
      expect(worstRatio(db, centralDifference((v) => loss(W, v, x), b), 1e-7, 1e-9)).toBeLessThanOrEqual(1);
      expect(worstRatio(dX, centralDifference((v) => loss(W, b, v), x), 1e-7, 1e-9)).toBeLessThanOrEqual(1);
    });
  }

  it('computes Z = X·Wᵀ + b row by row, W being [outputs × inputs]', () => {
    const z = new Float64Array(4);
    const a = new Float64Array(4);
    // W = [1 2; 3 4], b = [10, 20]; rows x = (1, 0) and (0, 1)
    denseForward(new Float64Array([1, 2, 3, 4]), new Float64Array([10, 20]), new Float64Array([1, 0, 0, 1]), 2, 2, 2, activationByName('linear'), z, a);
    expect(Array.from(z)).toEqual([11, 23, 12, 24]);
    expect(Array.from(a)).toEqual([11, 23, 12, 24]);
  });

  it('skips the activation derivative when dZ is dA (a loss taken with respect to the logits)', () => {
    const dZ = new Float64Array([1, -2]);
    const dW = new Float64Array(2);
    const db = new Float64Array(2);
    denseBackward(new Float64Array([1, 1]), new Float64Array([3]), new Float64Array([-5, -5]), new Float64Array([0, 0]), dZ, 1, 1, 2, activationByName('relu'), dZ, dW, db, undefined);
    expect(Array.from(dW)).toEqual([3, -6]);
    expect(Array.from(db)).toEqual([1, -2]);
  });

  it('names the buffer that does not fit', () => {
    const relu = activationByName('relu');
    const W = new Float64Array(6);
    expect(() => denseForward(W, new Float64Array(3), new Float64Array(3), 1, 3, 2, relu, new Float64Array(2), new Float64Array(2))).toThrow(expect.objectContaining({ code: 'length-mismatch', position: { argument: 'b' } }));
    expect(() => denseForward(new Float64Array(5), new Float64Array(2), new Float64Array(3), 1, 3, 2, relu, new Float64Array(2), new Float64Array(2))).toThrow(expect.objectContaining({ code: 'length-mismatch', position: { argument: 'W' } }));
    expect(() => denseForward(W, new Float64Array(2), new Float64Array(3), 0, 3, 2, relu, new Float64Array(0), new Float64Array(0))).toThrow(expect.objectContaining({ code: 'shape', position: { argument: 'batch' } }));
    expect(() => denseForward(W, new Float64Array(2), new Float64Array(3), 1, 3, 2, relu, new Float64Array(1), new Float64Array(2))).toThrow(expect.objectContaining({ code: 'length-mismatch', position: { argument: 'z' } }));
    expect(() => denseForward(W, new Float64Array(2), new Float64Array(4), 1, 3, 2, relu, new Float64Array(2), new Float64Array(2))).toThrow(expect.objectContaining({ code: 'length-mismatch', position: { argument: 'x' } }));
    expect(() => denseForward(W, new Float64Array(2), new Float64Array(3), 1, 3, 2, relu, new Float64Array(2), new Float64Array(3))).toThrow(expect.objectContaining({ code: 'length-mismatch', position: { argument: 'a' } }));
    expect(() => denseForward(W, new Float32Array(2), new Float64Array(3), 1, 3, 2, relu, new Float64Array(2), new Float64Array(2))).toThrow(expect.objectContaining({ code: 'dtype', position: { argument: 'b' } }));
    const two = (): Float64Array => new Float64Array(2);
    expect(() => denseBackward(W, new Float64Array(3), two(), two(), two(), 1, 3, 2, relu, two(), new Float64Array(6), new Float64Array(1), undefined)).toThrow(expect.objectContaining({ code: 'length-mismatch', position: { argument: 'db' } }));
    expect(() => denseBackward(W, new Float64Array(3), two(), two(), two(), 1, 3, 2, relu, two(), new Float64Array(5), two(), undefined)).toThrow(expect.objectContaining({ code: 'length-mismatch', position: { argument: 'dW' } }));
    expect(() => denseBackward(W, new Float64Array(3), two(), two(), two(), 1, 3, 2, relu, two(), new Float64Array(6), two(), two())).toThrow(expect.objectContaining({ code: 'length-mismatch', position: { argument: 'dX' } }));
  });
});
