import { NumericError } from './errors.js';
import type { FloatArray } from './dtype.js';

/** Names of the built-in optimizers. */
export type OptimizerName = 'sgd' | 'momentum' | 'rmsprop' | 'adam';

/**
 * Updates parameters in place from their gradients. `params[i]` and `grads[i]` pair up; the list
 * and the lengths must stay the same from step to step, because per-parameter state (velocities,
 * moment estimates) is allocated on the first step and reused. `lr` may be changed between steps.
 */
export interface Optimizer {
  readonly name: OptimizerName;
  lr: number;
  step(params: readonly FloatArray[], grads: readonly FloatArray[]): void;
}

/** Options every optimizer takes. */
export interface OptimizerOptions {
  /** Learning rate (step size). */
  readonly lr?: number;
  /** L2 penalty: `weightDecay·θ` is added to each gradient before the update. Default 0. */
  readonly weightDecay?: number;
}

/** Options of {@link momentum}. */
export interface MomentumOptions extends OptimizerOptions {
  /** Decay of the velocity, μ. Default 0.9. */
  readonly momentum?: number;
  /** Nesterov's look-ahead: step along g + μ·v instead of v. Default false. */
  readonly nesterov?: boolean;
}

/** Options of {@link rmsprop}. */
export interface RmspropOptions extends OptimizerOptions {
  /** Decay of the running mean of squared gradients, ρ. Default 0.9. */
  readonly rho?: number;
  /** Added to the root mean square to avoid dividing by zero. Default 1e-8. */
  readonly epsilon?: number;
}

/** Options of {@link adam}. */
export interface AdamOptions extends OptimizerOptions {
  /** Decay of the first-moment estimate. Default 0.9. */
  readonly beta1?: number;
  /** Decay of the second-moment estimate. Default 0.999. */
  readonly beta2?: number;
  /** Added to √v̂ to avoid dividing by zero. Default 1e-8. */
  readonly epsilon?: number;
  /** Apply weight decay to the parameters directly (AdamW, θ −= lr·weightDecay·θ) instead of to the gradient. Default false. */
  readonly decoupled?: boolean;
}

function option(value: number | undefined, fallback: number, argument: string, low: number, high: number, openLow: boolean): number {
  const v = value ?? fallback;
  const ok = typeof v === 'number' && Number.isFinite(v) && (openLow ? v > low : v >= low) && v < high;
  if (!ok) {
    throw new NumericError('invalid-option', `${argument} must be a number in ${openLow ? '(' : '['}${low}, ${high}), found ${String(v)}`, { argument });
  }
  return v;
}

function learningRate(options: OptimizerOptions, fallback: number): number {
  return option(options.lr, fallback, 'lr', 0, Infinity, true);
}

function decay(options: OptimizerOptions): number {
  return option(options.weightDecay, 0, 'weightDecay', 0, Infinity, false);
}

/** Checks that parameters and gradients pair up. */
function checkPairs(params: readonly FloatArray[], grads: readonly FloatArray[]): void {
  if (params.length !== grads.length) {
    throw new NumericError('length-mismatch', `${params.length} parameter arrays but ${grads.length} gradient arrays`, { argument: 'grads' });
  }
  for (let i = 0; i < params.length; i++) {
    const p = params[i]!;
    const g = grads[i]!;
    if (!(p instanceof Float64Array || p instanceof Float32Array)) {
      throw new NumericError('dtype', 'parameters must be Float32Array or Float64Array', { argument: 'params', index: i });
    }
    if (g.length !== p.length) {
      throw new NumericError('length-mismatch', `gradient ${i} has ${g.length} elements, its parameter ${p.length}`, { argument: 'grads', index: i });
    }
  }
}

/** Allocates one zeroed state array per parameter on the first step; later steps check the shapes match. */
function stateFor(state: FloatArray[] | undefined, params: readonly FloatArray[], grads: readonly FloatArray[]): FloatArray[] {
  checkPairs(params, grads);
  if (state === undefined) {
    return params.map((p) => (p instanceof Float32Array ? new Float32Array(p.length) : new Float64Array(p.length)));
  }
  if (state.length !== params.length) {
    throw new NumericError('shape', `this optimizer was first used with ${state.length} parameter arrays, now ${params.length}`, { argument: 'params' });
  }
  for (let i = 0; i < params.length; i++) {
    if (state[i]!.length !== params[i]!.length) {
      throw new NumericError('shape', `parameter ${i} changed length from ${state[i]!.length} to ${params[i]!.length}`, { argument: 'params', index: i });
    }
  }
  return state;
}

// One loop per array type, so each stays monomorphic (a shared loop over both types is several
// times slower in V8), and no multiply by a zero weight decay.
function descend32(p: Float32Array, g: Float32Array, lr: number, wd: number): void {
  if (wd === 0) for (let j = 0; j < p.length; j++) p[j] = p[j]! - lr * g[j]!;
  else for (let j = 0; j < p.length; j++) p[j] = p[j]! - lr * (g[j]! + wd * p[j]!);
}

function descend64(p: Float64Array, g: Float64Array, lr: number, wd: number): void {
  if (wd === 0) for (let j = 0; j < p.length; j++) p[j] = p[j]! - lr * g[j]!;
  else for (let j = 0; j < p.length; j++) p[j] = p[j]! - lr * (g[j]! + wd * p[j]!);
}

/**
 * Plain gradient descent: θ −= lr·(g + weightDecay·θ). Default lr 0.01.
 * @throws {NumericError} `invalid-option` for a bad option; from `step`, `length-mismatch`, `dtype` or `shape`.
 * @example
 * const w = new Float64Array([1]);
 * sgd({ lr: 0.1 }).step([w], [new Float64Array([2])]); // → w = [0.8]
 */
export function sgd(options: OptimizerOptions = {}): Optimizer {
  const wd = decay(options);
  return {
    name: 'sgd',
    lr: learningRate(options, 0.01),
    step(params, grads) {
      checkPairs(params, grads);
      for (let i = 0; i < params.length; i++) {
        const p = params[i]!;
        const g = grads[i]!;
        if (p instanceof Float32Array) descend32(p, g as Float32Array, this.lr, wd);
        else descend64(p, g as Float64Array, this.lr, wd);
      }
    },
  };
}

/**
 * Gradient descent with momentum (the PyTorch form): v = μ·v + g, then θ −= lr·v, or with
 * `nesterov` θ −= lr·(g + μ·v). g includes weight decay. Defaults lr 0.01, μ 0.9.
 * @throws {NumericError} as {@link sgd}.
 * @example
 * const w = new Float64Array([1]);
 * const opt = momentum({ lr: 0.1, momentum: 0.9 });
 * // v = 1, then v = 0.9·1 + 1 = 1.9
 * opt.step([w], [new Float64Array([1])]); // → w = [0.9]
 * opt.step([w], [new Float64Array([1])]); // ≈ w = [0.71]
 */
export function momentum(options: MomentumOptions = {}): Optimizer {
  const wd = decay(options);
  const mu = option(options.momentum, 0.9, 'momentum', 0, 1, false);
  const nesterov = options.nesterov ?? false;
  let velocity: FloatArray[] | undefined;
  return {
    name: 'momentum',
    lr: learningRate(options, 0.01),
    step(params, grads) {
      velocity = stateFor(velocity, params, grads);
      const lr = this.lr;
      for (let i = 0; i < params.length; i++) {
        const p = params[i]!;
        const g = grads[i]!;
        const v = velocity[i]!;
        for (let j = 0; j < p.length; j++) {
          const gj = g[j]! + wd * p[j]!;
          const vj = mu * v[j]! + gj;
          v[j] = vj;
          p[j] = p[j]! - lr * (nesterov ? gj + mu * vj : vj);
        }
      }
    },
  };
}

/**
 * RMSprop: s = ρ·s + (1 − ρ)·g², θ −= lr·g/(√s + ε). Defaults lr 0.001, ρ 0.9, ε 1e-8.
 * @throws {NumericError} as {@link sgd}.
 * @example
 * const w = new Float64Array([1]);
 * // s = 0.1·2² = 0.4, so w = 1 − 0.01·2/(√0.4 + ε)
 * rmsprop({ lr: 0.01, rho: 0.9 }).step([w], [new Float64Array([2])]); // ≈ w = [0.968377]
 */
export function rmsprop(options: RmspropOptions = {}): Optimizer {
  const wd = decay(options);
  const rho = option(options.rho, 0.9, 'rho', 0, 1, false);
  const eps = option(options.epsilon, 1e-8, 'epsilon', 0, Infinity, false);
  let square: FloatArray[] | undefined;
  return {
    name: 'rmsprop',
    lr: learningRate(options, 0.001),
    step(params, grads) {
      square = stateFor(square, params, grads);
      const lr = this.lr;
      for (let i = 0; i < params.length; i++) {
        const p = params[i]!;
        const g = grads[i]!;
        const s = square[i]!;
        for (let j = 0; j < p.length; j++) {
          const gj = g[j]! + wd * p[j]!;
          const sj = rho * s[j]! + (1 - rho) * gj * gj;
          s[j] = sj;
          p[j] = p[j]! - (lr * gj) / (Math.sqrt(sj) + eps);
        }
      }
    },
  };
}

/**
 * Adam (Kingma and Ba, 2015) with bias correction: m = β₁m + (1 − β₁)g, v = β₂v + (1 − β₂)g²,
 * θ −= lr·m̂/(√v̂ + ε) with m̂ = m/(1 − β₁ᵗ), v̂ = v/(1 − β₂ᵗ). Defaults lr 0.001, β₁ 0.9, β₂ 0.999, ε 1e-8.
 * Weight decay is added to the gradient, or applied to θ directly with `decoupled` (AdamW).
 * @throws {NumericError} as {@link sgd}.
 * @example
 * const w = new Float64Array([1]);
 * // the first step moves by lr, whatever the gradient's scale
 * adam({ lr: 0.1 }).step([w], [new Float64Array([5])]); // ≈ w = [0.9]
 */
export function adam(options: AdamOptions = {}): Optimizer {
  const wd = decay(options);
  const beta1 = option(options.beta1, 0.9, 'beta1', 0, 1, false);
  const beta2 = option(options.beta2, 0.999, 'beta2', 0, 1, false);
  const eps = option(options.epsilon, 1e-8, 'epsilon', 0, Infinity, false);
  const decoupled = options.decoupled ?? false;
  let first: FloatArray[] | undefined;
  let second: FloatArray[] | undefined;
  let t = 0;
  return {
    name: 'adam',
    lr: learningRate(options, 0.001),
    step(params, grads) {
      first = stateFor(first, params, grads);
      second = stateFor(second, params, grads);
      t += 1;
      const lr = this.lr;
      const c1 = 1 - beta1 ** t;
      const c2 = 1 - beta2 ** t;
      for (let i = 0; i < params.length; i++) {
        const p = params[i]!;
        const g = grads[i]!;
        const m = first[i]!;
        const v = second[i]!;
        for (let j = 0; j < p.length; j++) {
          const pj = p[j]!;
          const gj = decoupled ? g[j]! : g[j]! + wd * pj;
          const mj = beta1 * m[j]! + (1 - beta1) * gj;
          const vj = beta2 * v[j]! + (1 - beta2) * gj * gj;
          m[j] = mj;
          v[j] = vj;
          p[j] = pj - (lr * (mj / c1)) / (Math.sqrt(vj / c2) + eps) - (decoupled ? lr * wd * pj : 0);
        }
      }
    },
  };
}

/**
 * Creates a built-in optimizer by name with its options.
 * @throws {NumericError} `invalid-option` for an unknown name or a bad option.
 * @example
 * optimizerByName('adam', { lr: 0.01 }).lr; // → 0.01
 */
export function optimizerByName(name: OptimizerName, options: AdamOptions & MomentumOptions & RmspropOptions = {}): Optimizer {
  switch (name) {
    case 'sgd': return sgd(options);
    case 'momentum': return momentum(options);
    case 'rmsprop': return rmsprop(options);
    case 'adam': return adam(options);
    default:
      throw new NumericError('invalid-option', `unknown optimizer "${String(name)}"; expected sgd, momentum, rmsprop or adam`, { argument: 'optimizer' });
  }
}
