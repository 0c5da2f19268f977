import { describe, expect, it } from 'vitest';
import { checkDenseExample } from '../.vitepress/bp/dense-example.js';

describe('checkDenseExample', () => {
  it('matches a layer small enough to do by hand', () => {
    // z = 2·1 + 0 = 2, a = relu(2) = 2, L = ½(2 − 0)² = 2, dZ = dA = 2, dW = dZ·x = 2, db = 2, dA_prev = W·dZ = 4.
    const example = checkDenseExample('W: 2\nb: 0\nX: 1\nY: 0\nactivation: relu');
    expect(example).toMatchObject({ Z: [[2]], A: [[2]], loss: 2, dZ: [[2]], dW: [[2]], db: [2], dX: [[4]], entries: 3 });
  });

  it('keeps the textbook layout: dW like W, dA_prev like the input, one db per neuron', () => {
    const example = checkDenseExample('W: 0.2, -0.5, 0.1; 0.7, 0.3, -0.4\nb: 0.05; -0.1\nX: 1, 0.5; -0.3, 1; 0.6, -0.2\nY: 0.5, 0; 0.1, 0.9\nactivation: sigmoid');
    expect([example.dW.length, example.dW[0]!.length, example.db.length, example.dX.length, example.dX[0]!.length]).toEqual([2, 3, 2, 3, 2]);
    // 6 weights + 2 biases + 3 inputs × 2 examples, each checked three ways.
    expect(example.entries).toBe(14);
  });

  it('refuses shapes that do not fit', () => {
    expect(() => checkDenseExample('W: 1, 2\nb: 0\nX: 1\nY: 0\nactivation: relu')).toThrow(/shapes do not fit/);
  });
});
