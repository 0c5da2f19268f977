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

/** The ε every optimizer adds to a root mean square by default. */
const EPS = 1e-8;

// Expected values are worked by hand from each update rule, written as the arithmetic itself.
describe('optimizers', () => {
  it('sgd: θ − lr·(g + λθ)', () => {
    expect(trajectory(sgd({ lr: 0.1 }), 1, [2])[0]).toBeCloseTo(1 - 0.1 * 2, 15);
    // g' = g + λθ = 2 + 0.5·1
    expect(trajectory(sgd({ lr: 0.1, weightDecay: 0.5 }), 1, [2])[0]).toBeCloseTo(1 - 0.1 * (2 + 0.5 * 1), 15);
  });

  it('momentum: v = μv + g, θ −= lr·v', () => {
    // v₁ = 1, v₂ = 0.9·1 + 1 = 1.9
    const [first, second] = trajectory(momentum({ lr: 0.1, momentum: 0.9 }), 1, [1, 1]);
    expect(first).toBeCloseTo(1 - 0.1 * 1, 15);
    expect(second).toBeCloseTo(1 - 0.1 * 1 - 0.1 * 1.9, 15);
  });

  it('nesterov: θ −= lr·(g + μv)', () => {
    // v₁ = 1, v₂ = 1.9; each step uses g + μv
    const [first, second] = trajectory(momentum({ lr: 0.1, momentum: 0.9, nesterov: true }), 1, [1, 1]);
    expect(first).toBeCloseTo(1 - 0.1 * (1 + 0.9 * 1), 15);
    expect(second).toBeCloseTo(1 - 0.1 * (1 + 0.9 * 1) - 0.1 * (1 + 0.9 * 1.9), 15);
  });

  it('rmsprop: s = ρs + (1 − ρ)g², θ −= lr·g/(√s + ε)', () => {
    // ρ = 0.9, lr = 0.01, ε = 1e-8 (the default). s₁ = 0.1·2² = 0.4; s₂ = 0.9·0.4 + 0.1·1² = 0.46.
    const [first, second] = trajectory(rmsprop({ lr: 0.01, rho: 0.9 }), 1, [2, 1]);
    const theta1 = 1 - (0.01 * 2) / (Math.sqrt(0.4) + EPS);
    expect(first).toBeCloseTo(theta1, 14);
    expect(second).toBeCloseTo(theta1 - (0.01 * 1) / (Math.sqrt(0.46) + EPS), 14);
  });

  it('adam: bias-corrected moments, so the first step has length lr', () => {
    // β₁ = 0.9, β₂ = 0.999, lr = 0.1, ε = 1e-8 (the defaults but lr).
    // m₁ = 0.1·5 = 0.5, v₁ = 0.001·25 = 0.025; m̂₁ = 0.5/0.1 = 5, v̂₁ = 0.025/0.001 = 25.
    // m₂ = 0.9·0.5 + 0.1·(−1) = 0.35, v₂ = 0.999·0.025 + 0.001·1 = 0.025975;
    // m̂₂ = 0.35/(1 − 0.9²) = 0.35/0.19, v̂₂ = 0.025975/(1 − 0.999²) = 0.025975/0.001999.
    const [first, second] = trajectory(adam({ lr: 0.1 }), 1, [5, -1]);
    const theta1 = 1 - (0.1 * 5) / (Math.sqrt(25) + EPS);
    expect(first).toBeCloseTo(theta1, 14);
    expect(second).toBeCloseTo(theta1 - (0.1 * (0.35 / 0.19)) / (Math.sqrt(0.025975 / 0.001999) + EPS), 13);
  });

  it('adam: weight decay in the gradient, or decoupled as in AdamW', () => {
    // In the gradient: g' = 1 + 0.2·2 = 1.4, m̂ = 1.4, v̂ = 1.4², so the step is lr·1.4/(1.4 + ε).
    expect(trajectory(adam({ lr: 0.1, weightDecay: 0.2 }), 2, [1])[0]).toBeCloseTo(2 - (0.1 * 1.4) / (1.4 + EPS), 14);
    // Decoupled: the Adam step on g = 1, then θ −= lr·λ·θ with λ = 0.1 and θ = 2.
    expect(trajectory(adam({ lr: 0.1, weightDecay: 0.1, decoupled: true }), 2, [1])[0]).toBeCloseTo(2 - (0.1 * 1) / (1 + EPS) - 0.1 * 0.1 * 2, 14);
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
