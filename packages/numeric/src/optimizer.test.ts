import { describe, expect, it } from 'vitest';
import { adam, momentum, optimizerByName, rmsprop, sgd } from './optimizer.js';
import type { Optimizer } from './optimizer.js';

/** Runs one step per gradient on a one-element parameter and returns the parameter after each. */
function trajectory(optimizer: Optimizer, start: number, gradients: number[]): number[] {
  const w = new Float64Array([start]);
  return gradients.map((g) => {
    optimizer.step([w], [new Float64Array([g])]);
    return w[0]!;
  });
}

// Expected values are worked by hand from each update rule (the arithmetic is in the comments).
describe('optimizers', () => {
  it('sgd: θ − lr·(g + λθ)', () => {
    expect(trajectory(sgd({ lr: 0.1 }), 1, [2])[0]).toBeCloseTo(0.8, 15);
    // g' = 2 + 0.5·1 = 2.5, θ = 1 − 0.25
    expect(trajectory(sgd({ lr: 0.1, weightDecay: 0.5 }), 1, [2])[0]).toBeCloseTo(0.75, 15);
  });

  it('momentum: v = μv + g, θ −= lr·v', () => {
    // v₁ = 1, θ₁ = 0.9; v₂ = 1.9, θ₂ = 0.71
    const [first, second] = trajectory(momentum({ lr: 0.1, momentum: 0.9 }), 1, [1, 1]);
    expect(first).toBeCloseTo(0.9, 15);
    expect(second).toBeCloseTo(0.71, 15);
  });

  it('nesterov: θ −= lr·(g + μv)', () => {
    // v₁ = 1, θ₁ = 1 − 0.1·1.9 = 0.81; v₂ = 1.9, θ₂ = 0.81 − 0.1·(1 + 0.9·1.9) = 0.539
    const [first, second] = trajectory(momentum({ lr: 0.1, momentum: 0.9, nesterov: true }), 1, [1, 1]);
    expect(first).toBeCloseTo(0.81, 15);
    expect(second).toBeCloseTo(0.539, 15);
  });

  it('rmsprop: s = ρs + (1 − ρ)g², θ −= lr·g/(√s + ε)', () => {
    // s₁ = 0.4, θ₁ = 1 − 0.02/√0.4; s₂ = 0.46, θ₂ = θ₁ − 0.01/√0.46
    const [first, second] = trajectory(rmsprop({ lr: 0.01, rho: 0.9 }), 1, [2, 1]);
    expect(first).toBeCloseTo(0.9683772238983162, 14);
    expect(second).toBeCloseTo(0.9536330285002177, 14);
  });

  it('adam: bias-corrected moments, so the first step has length lr', () => {
    // m₁ = 0.5, v₁ = 0.025, m̂ = 5, v̂ = 25: θ₁ = 1 − 0.1·5/(5 + 1e-8)
    // m₂ = 0.35, v₂ = 0.025975, m̂ = 0.35/0.19, v̂ = 0.025975/0.001999
    const [first, second] = trajectory(adam({ lr: 0.1 }), 1, [5, -1]);
    expect(first).toBeCloseTo(0.9000000002, 14);
    expect(second).toBeCloseTo(0.8488973926234311, 13);
  });

  it('adam: weight decay in the gradient, or decoupled as in AdamW', () => {
    // g' = 1 + 0.2·2 = 1.4 → a step of lr regardless of scale
    expect(trajectory(adam({ lr: 0.1, weightDecay: 0.2 }), 2, [1])[0]).toBeCloseTo(1.9 + 0.1 * 1e-8 / 1.4, 14);
    // θ = 2 − 0.1·1/(1 + 1e-8) − 0.1·0.1·2
    expect(trajectory(adam({ lr: 0.1, weightDecay: 0.1, decoupled: true }), 2, [1])[0]).toBeCloseTo(1.880000001, 14);
  });

  it('keeps per-parameter state across several arrays and both float types', () => {
    const opt = momentum({ lr: 1, momentum: 0.5 });
    const a = new Float32Array([0, 0]);
    const b = new Float64Array([0]);
    opt.step([a, b], [new Float32Array([1, 2]), new Float64Array([4])]);
    opt.step([a, b], [new Float32Array([1, 2]), new Float64Array([4])]);
    // v: 1 → 1.5, 2 → 3, 4 → 6; θ = −(v₁ + v₂)
    expect(Array.from(a)).toEqual([-2.5, -5]);
    expect(Array.from(b)).toEqual([-10]);
  });

  it('lets the learning rate change between steps', () => {
    const opt = sgd({ lr: 1 });
    const w = new Float64Array([0]);
    opt.step([w], [new Float64Array([1])]);
    opt.lr = 0.5;
    opt.step([w], [new Float64Array([1])]);
    expect(w[0]).toBe(-1.5);
  });

  it('rejects bad options and mismatched parameter lists with codes', () => {
    expect(() => sgd({ lr: -1 })).toThrow(expect.objectContaining({ code: 'invalid-option', position: { argument: 'lr' } }));
    expect(() => momentum({ momentum: 1 })).toThrow(expect.objectContaining({ code: 'invalid-option', position: { argument: 'momentum' } }));
    expect(() => adam({ beta2: Number.NaN })).toThrow(expect.objectContaining({ code: 'invalid-option', position: { argument: 'beta2' } }));
    expect(() => rmsprop({ weightDecay: -0.1 })).toThrow(expect.objectContaining({ code: 'invalid-option', position: { argument: 'weightDecay' } }));
    expect(() => optimizerByName('lbfgs' as 'sgd')).toThrow(expect.objectContaining({ code: 'invalid-option', position: { argument: 'optimizer' } }));
    const opt = adam();
    expect(() => opt.step([new Float64Array(2)], [])).toThrow(expect.objectContaining({ code: 'length-mismatch', position: { argument: 'grads' } }));
    expect(() => opt.step([new Float64Array(2)], [new Float64Array(3)])).toThrow(expect.objectContaining({ code: 'length-mismatch', position: { argument: 'grads', index: 0 } }));
    opt.step([new Float64Array(2)], [new Float64Array(2)]);
    expect(() => opt.step([new Float64Array(3)], [new Float64Array(3)])).toThrow(expect.objectContaining({ code: 'shape', position: { argument: 'params', index: 0 } }));
  });
});
