import { describe, expect, it } from 'vitest';
import { mlp, mlpFromJson } from '../src/index.js';
import { fixture, worstRatio } from './fd.js';

// A float32 network keeps its weights, gradients and activations in the WebAssembly gemm's memory
// and updates them there (SGD as a SIMD loop); a float64 network runs the JavaScript path. The
// float64 network is the reference.
describe('the float32 train step on resident weights', () => {
  const sizes = [20, 64, 10];
  const batch = 32;
  const x = fixture(batch * sizes[0]!, 3, 0, 1);
  const y = new Float64Array(batch * 10);
  for (let r = 0; r < batch; r++) y[r * 10 + ((r * 7) % 10)] = 1;

  function pair(): { wide: ReturnType<typeof mlp>; narrow: ReturnType<typeof mlp> } {
    const wide = mlp({ sizes, hidden: 'relu', output: 'softmax', loss: 'cross-entropy', seed: 4 });
    return { wide, narrow: mlpFromJson({ ...wide.toJSON(), dtype: 'float32' }) };
  }

  it('matches the float64 step (loss and every weight) to float32 precision, over several steps', () => {
    const { wide, narrow } = pair();
    // In Node the gemm's memory is shared, so this is the resident path.
    expect(narrow.layers[0]!.W.buffer).toBeInstanceOf(SharedArrayBuffer);
    const x32 = Float32Array.from(x);
    const y32 = Float32Array.from(y);
    for (let step = 0; step < 5; step++) {
      const expected = wide.trainStep(x, y, batch, { optimizer: 'sgd', lr: 0.1 });
      const actual = narrow.trainStep(x32, y32, batch, { optimizer: 'sgd', lr: 0.1 });
      expect(Math.abs(actual - expected)).toBeLessThan(1e-5 * expected);
    }
    narrow.layers.forEach(({ W, b }, l) => {
      expect(W).toBeInstanceOf(Float32Array);
      expect(worstRatio(W, wide.layers[l]!.W, 1e-5, 1e-6)).toBeLessThanOrEqual(1);
      expect(worstRatio(b, wide.layers[l]!.b, 1e-5, 1e-6)).toBeLessThanOrEqual(1);
    });
  });

  it('updates the arrays users hold, in place, and reads back what users write into them', () => {
    const { narrow } = pair();
    const { W, b } = narrow.layers[1]!;
    const before = W.slice();
    narrow.trainStep(Float32Array.from(x), Float32Array.from(y), batch, { optimizer: 'sgd', lr: 0.5 });
    expect(narrow.layers[1]!.W).toBe(W);
    expect(W.some((v, i) => v !== before[i])).toBe(true);
    // Zero weights and a bias of 2 on class 3: every row's logits are 2 there and 0 elsewhere.
    W.fill(0);
    b.fill(0);
    b[3] = 2;
    const p = narrow.forward(Float32Array.from(x), batch);
    const expected = Math.exp(2) / (Math.exp(2) + 9);
    for (let r = 0; r < batch; r++) expect(p[r * 10 + 3]).toBeCloseTo(expected, 6);
  });

  it('keeps momentum and adam on the JavaScript optimizer, matching float64', () => {
    for (const optimizer of ['momentum', 'adam'] as const) {
      const { wide, narrow } = pair();
      for (let step = 0; step < 3; step++) {
        wide.trainStep(x, y, batch, { optimizer, lr: 0.01 });
        narrow.trainStep(Float32Array.from(x), Float32Array.from(y), batch, { optimizer, lr: 0.01 });
      }
      narrow.layers.forEach(({ W }, l) => expect(worstRatio(W, wide.layers[l]!.W, 1e-4, 1e-5)).toBeLessThanOrEqual(1));
    }
  });
});
