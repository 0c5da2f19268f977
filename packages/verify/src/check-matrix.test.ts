import { describe, expect, it } from 'vitest';
import { crossValidateMatrix } from './check-matrix.js';

const LAYER = 'z = W*x + b; a = sigmoid(z); L = sum((a - y).^2) / 2';
const BATCH = 'Z = W*A + b; P = softmax(Z); L = -sum(Y .* log(P)) / m';
const BATCH_SHAPES = { W: [3, 4], A: [4, 5], b: [3], Y: [3, 5] };

describe('crossValidateMatrix', () => {
  it('agrees three ways on a sigmoid layer at random matrices, every entry compared', () => {
    const result = crossValidateMatrix(LAYER, { shapes: { W: [3, 2], x: [2], b: [3], y: [3] }, points: 4, seed: 3 });
    expect(result.ok).toBe(true);
    expect(result.points).toHaveLength(4);
    // 6 + 2 + 3 + 3 entries, symbolic-vs-numeric and compiled-vs-symbolic, at 4 points.
    expect(result.worst).toHaveLength(14 * 2 * 4);
    expect(result.points[0]!.at.W).toHaveLength(6);
  });

  it('draws label columns that sum to 1 for a declared distribution, so (P - Y) / m checks out', () => {
    const result = crossValidateMatrix(BATCH, { shapes: BATCH_SHAPES, distributions: ['Y'], wrt: ['W', 'A', 'b'] });
    expect(result.ok).toBe(true);
    const Y = result.points[0]!.at.Y!;
    for (let j = 0; j < 5; j++) expect(Y[j]! + Y[5 + j]! + Y[10 + j]!).toBeCloseTo(1, 14);
  });

  it('fails, worst entry first, when labels declared one-hot do not sum to 1', () => {
    const Y = Array.from({ length: 15 }, (_, k) => (k % 3 === 0 ? 0.9 : 0.4));
    const random = (n: number, s: number): number[] => Array.from({ length: n }, (_, k) => Math.sin(s * (k + 1)));
    const at = { W: random(12, 1), A: random(20, 2), b: random(3, 3), Y, m: 5 };
    const result = crossValidateMatrix(BATCH, { shapes: BATCH_SHAPES, distributions: ['Y'], points: [at], wrt: ['W'] });
    expect(result.ok).toBe(false);
    const worst = result.worst[0]!;
    expect(worst).toMatchObject({ input: 'W', check: 'symbolic-vs-numeric', ok: false, point: 0 });
    expect(worst.entry[0]).toBeLessThan(3);
    expect(worst.entry[1]).toBeLessThan(4);
    const failed = result.worst.filter((e) => !e.ok);
    for (let i = 1; i < failed.length; i++) expect(failed[i]!.relError).toBeLessThanOrEqual(failed[i - 1]!.relError);
  });

  it('reports relu entries at a kink instead of failing them', () => {
    const result = crossValidateMatrix('sum(relu(W*x))', { shapes: { W: [2, 2], x: [2] }, points: [{ W: [1, -1, 2, 0.5], x: [1, 1] }], wrt: ['W'] });
    expect(result.ok).toBe(true);
    expect(result.kinks.map((k) => k.entry)).toEqual([[0, 0], [0, 1]]);
  });
});
