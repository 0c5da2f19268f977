import { erf } from './erf.js';
import { NumericError } from './errors.js';
import type { FloatArray } from './gemm-backend.js';

/**
 * An elementwise activation: `forward` writes f(z) and `derivative` writes f′(z), given both the
 * pre-activation `z` and the output `a` = f(z) (sigmoid and tanh use `a`, the others `z`).
 * All arrays have the same length; implementations allocate nothing.
 */
export interface Activation {
  readonly name: string;
  forward(z: FloatArray, out: FloatArray): void;
  derivative(z: FloatArray, a: FloatArray, out: FloatArray): void;
}

/** Names of the built-in elementwise activations. */
export type ActivationName =
  | 'sigmoid' | 'tanh' | 'relu' | 'leakyRelu' | 'softplus' | 'elu' | 'gelu' | 'linear' | 'identity';

const INV_SQRT2 = 0.7071067811865476;
const INV_SQRT_2PI = 0.3989422804014327;

/** σ(z) without overflow: exp is only taken of a non-positive number. */
function sigmoidOf(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

const sigmoid: Activation = {
  name: 'sigmoid',
  forward(z, out) {
    for (let i = 0; i < z.length; i++) out[i] = sigmoidOf(z[i]!);
  },
  derivative(_z, a, out) {
    for (let i = 0; i < a.length; i++) out[i] = a[i]! * (1 - a[i]!);
  },
};

const tanh: Activation = {
  name: 'tanh',
  forward(z, out) {
    for (let i = 0; i < z.length; i++) out[i] = Math.tanh(z[i]!);
  },
  derivative(_z, a, out) {
    for (let i = 0; i < a.length; i++) out[i] = 1 - a[i]! * a[i]!;
  },
};

const relu: Activation = {
  name: 'relu',
  forward(z, out) {
    for (let i = 0; i < z.length; i++) out[i] = z[i]! > 0 ? z[i]! : 0;
  },
  // relu′(0) is taken as 0, the usual subgradient choice.
  derivative(z, _a, out) {
    for (let i = 0; i < z.length; i++) out[i] = z[i]! > 0 ? 1 : 0;
  },
};

const softplus: Activation = {
  name: 'softplus',
  // log(1 + eᶻ) = max(z, 0) + log1p(e^(−|z|)): no overflow for large z, no lost digits for very negative z.
  forward(z, out) {
    for (let i = 0; i < z.length; i++) {
      const v = z[i]!;
      out[i] = Math.max(v, 0) + Math.log1p(Math.exp(-Math.abs(v)));
    }
  },
  derivative(z, _a, out) {
    for (let i = 0; i < z.length; i++) out[i] = sigmoidOf(z[i]!);
  },
};

const gelu: Activation = {
  name: 'gelu',
  // The exact form z·Φ(z) with Φ(z) = (1 + erf(z/√2))/2, not the tanh approximation.
  forward(z, out) {
    for (let i = 0; i < z.length; i++) {
      const v = z[i]!;
      out[i] = 0.5 * v * (1 + erf(v * INV_SQRT2));
    }
  },
  // d/dz z·Φ(z) = Φ(z) + z·φ(z), φ the standard normal density.
  derivative(z, _a, out) {
    for (let i = 0; i < z.length; i++) {
      const v = z[i]!;
      out[i] = 0.5 * (1 + erf(v * INV_SQRT2)) + v * INV_SQRT_2PI * Math.exp(-0.5 * v * v);
    }
  },
};

function identityNamed(name: string): Activation {
  return {
    name,
    forward(z, out) {
      if (out !== z) out.set(z);
    },
    derivative(z, _a, out) {
      out.fill(1, 0, z.length);
    },
  };
}

function checkAlpha(alpha: number): void {
  if (!Number.isFinite(alpha)) {
    throw new NumericError('invalid-option', `alpha must be a finite number, found ${String(alpha)}`, { argument: 'alpha' });
  }
}

/**
 * Leaky ReLU: z for z > 0, else alpha·z; its derivative at 0 is alpha.
 * @throws {NumericError} `invalid-option` when alpha is not finite.
 * @example
 * const out = new Float64Array(2);
 * leakyReluActivation(0.1).forward(new Float64Array([2, -2]), out); // out = [2, -0.2]
 */
export function leakyReluActivation(alpha = 0.01): Activation {
  checkAlpha(alpha);
  return {
    name: 'leakyRelu',
    forward(z, out) {
      for (let i = 0; i < z.length; i++) out[i] = z[i]! > 0 ? z[i]! : alpha * z[i]!;
    },
    derivative(z, _a, out) {
      for (let i = 0; i < z.length; i++) out[i] = z[i]! > 0 ? 1 : alpha;
    },
  };
}

/**
 * ELU: z for z > 0, else alpha·(eᶻ − 1); its derivative below 0 is alpha·eᶻ.
 * @throws {NumericError} `invalid-option` when alpha is not finite.
 * @example
 * const out = new Float64Array(1);
 * eluActivation(1).forward(new Float64Array([-1]), out); // out = [-0.6321205588285577]
 */
export function eluActivation(alpha = 1): Activation {
  checkAlpha(alpha);
  return {
    name: 'elu',
    forward(z, out) {
      for (let i = 0; i < z.length; i++) out[i] = z[i]! > 0 ? z[i]! : alpha * Math.expm1(z[i]!);
    },
    derivative(z, _a, out) {
      for (let i = 0; i < z.length; i++) out[i] = z[i]! > 0 ? 1 : alpha * Math.exp(z[i]!);
    },
  };
}

/**
 * Looks up a built-in activation by name: sigmoid, tanh, relu (relu′(0) = 0), leakyRelu (alpha
 * 0.01), softplus, elu (alpha 1), gelu (erf form), linear (alias identity). An {@link Activation}
 * object passes through unchanged, so callers accept either.
 * @throws {NumericError} `invalid-option` for an unknown name or a value that is not an activation.
 * @example
 * const out = new Float64Array(1);
 * activationByName('sigmoid').forward(new Float64Array([0]), out); // out = [0.5]
 */
export function activationByName(name: ActivationName | Activation): Activation {
  if (typeof name === 'object' && name !== null) {
    if (typeof name.forward === 'function' && typeof name.derivative === 'function' && typeof name.name === 'string') return name;
    throw new NumericError('invalid-option', 'an activation object needs name, forward and derivative', { argument: 'activation' });
  }
  const make = typeof name === 'string' && Object.hasOwn(BUILT_IN, name) ? BUILT_IN[name] : undefined;
  if (make === undefined) {
    throw new NumericError('invalid-option', `unknown activation "${String(name)}"; expected one of ${ACTIVATION_NAMES.join(', ')}`, { argument: 'activation' });
  }
  return make();
}

/** The built-ins by name; parameterised ones are made with their default parameter. */
const BUILT_IN: Record<ActivationName, () => Activation> = {
  sigmoid: () => sigmoid,
  tanh: () => tanh,
  relu: () => relu,
  leakyRelu: () => leakyReluActivation(0.01),
  softplus: () => softplus,
  elu: () => eluActivation(1),
  gelu: () => gelu,
  linear: () => identityNamed('linear'),
  identity: () => identityNamed('identity'),
};

/**
 * The built-in activation names, in documentation order.
 * @example
 * ACTIVATION_NAMES.includes('gelu'); // true
 */
export const ACTIVATION_NAMES: readonly ActivationName[] = [
  'sigmoid', 'tanh', 'relu', 'leakyRelu', 'softplus', 'elu', 'gelu', 'linear', 'identity',
];
