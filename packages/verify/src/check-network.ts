import type { FloatArray, Mlp } from '@bp/numeric';
import { checkDirectional } from './check-directional.js';
import { checkGradient } from './check-gradient.js';
import type { CheckResult } from './check-result.js';
import { VerifyError } from './errors.js';
import type { Scheme } from './internal/difference.js';

/** Options for {@link checkNetwork}. */
export interface CheckNetworkOptions {
  /** Default `central`. */
  readonly scheme?: Exclude<Scheme, 'complex-step'>;
  readonly rtol?: number;
  readonly atol?: number;
  /** Parameters up to this many are checked one by one; larger ones along random directions. Default 400. */
  readonly maxComponents?: number;
  /** Random directions for large parameters. Default 4. */
  readonly directions?: number;
  readonly seed?: number;
}

/** The checks of one dense layer: ∂loss/∂W, ∂loss/∂b and ∂loss/∂(its input), dA_prev. */
export interface LayerCheck {
  readonly layer: number;
  readonly dW: CheckResult;
  readonly db: CheckResult;
  readonly dAPrev: CheckResult;
}

/** The outcome of {@link checkNetwork}. */
export interface NetworkCheck {
  readonly ok: boolean;
  readonly maxAbsError: number;
  readonly maxRelError: number;
  readonly layers: readonly LayerCheck[];
}

/**
 * Checks a network's backward pass against finite differences of its mean loss: dW, db and
 * dA_prev of every layer. Small parameters are checked component by component, large ones
 * along a few random directions, so a 784×256 layer costs a handful of loss evaluations.
 * @throws {VerifyError} `dimension` when x or y do not fit the network.
 * @example
 * const net = mlp({ sizes: [2, 3, 1], hidden: 'tanh', output: 'sigmoid', loss: 'binary-cross-entropy', seed: 1 });
 * checkNetwork(net, new Float64Array([0.5, -1]), new Float64Array([1])).ok; // → true
 */
export function checkNetwork(net: Mlp, x: FloatArray, y: FloatArray, options: CheckNetworkOptions = {}): NetworkCheck {
  const inputs = net.sizes[0]!;
  const outputs = net.sizes[net.sizes.length - 1]!;
  if (x.length === 0 || x.length % inputs !== 0) {
    throw new VerifyError('dimension', `x has ${x.length} values, not a whole number of rows of ${inputs}`, { parameter: 'x' });
  }
  const batch = x.length / inputs;
  if (y.length !== batch * outputs) {
    throw new VerifyError('dimension', `y has ${y.length} values; ${batch} rows of ${outputs} need ${batch * outputs}`, { parameter: 'y' });
  }
  const dtype = net.dtype;
  const settings = {
    dtype,
    scheme: options.scheme ?? 'central',
    ...(options.rtol === undefined ? {} : { rtol: options.rtol }),
    ...(options.atol === undefined ? {} : { atol: options.atol }),
  };
  const limit = options.maxComponents ?? 400;
  const check = (f: (p: Float64Array) => number, analytic: Float64Array, at: Float64Array): CheckResult =>
    at.length <= limit
      ? checkGradient(f, analytic, at, settings)
      : checkDirectional(f, analytic, at, { ...settings, directions: options.directions ?? 4, seed: options.seed ?? 1 });

  /** The loss as a function of one parameter array, written into the network and restored after. */
  const through = (target: FloatArray): ((p: Float64Array) => number) => {
    const saved = target.slice();
    return (p) => {
      target.set(p);
      try {
        return net.evaluateLoss(x, y, batch);
      } finally {
        target.set(saved);
      }
    };
  };
  const grads = net.gradients(x, y, batch).map(({ dW, db }) => ({ dW: Float64Array.from(dW), db: Float64Array.from(db) }));
  const inputGrads = net.inputGradients(x, y, batch).map((g) => Float64Array.from(g));
  const layerInputs = net.layerInputs(x, batch);
  const layers = net.layers.map(({ W, b }, l): LayerCheck => {
    const input = layerInputs[l]!;
    const buffer = input.slice();
    const lossOfInput = (p: Float64Array): number => {
      buffer.set(p);
      return net.lossFromLayer(l, buffer, y, batch);
    };
    return {
      layer: l,
      dW: check(through(W), grads[l]!.dW, Float64Array.from(W)),
      db: check(through(b), grads[l]!.db, Float64Array.from(b)),
      dAPrev: check(lossOfInput, inputGrads[l]!, Float64Array.from(input)),
    };
  });
  const all = layers.flatMap((layer) => [layer.dW, layer.db, layer.dAPrev]);
  return {
    ok: all.every((r) => r.ok),
    maxAbsError: Math.max(...all.map((r) => r.maxAbsError)),
    maxRelError: Math.max(...all.map((r) => r.maxRelError)),
    layers,
  };
}
