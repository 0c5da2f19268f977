import { parse } from '@bp/symbolic';
import { gradientGraph, type NodeId } from '@bp/symbolic/engine';
import { compileLoop } from './internal/codegen/index.js';
import { NumericError } from './errors.js';
import type { FloatArray } from './dtype.js';

/**
 * An elementwise activation: `forward` writes f(z) and `derivative` writes f′(z), given both the
 * pre-activation `z` and the output `a` = f(z) (sigmoid and tanh use `a`, the others `z`).
 * All arrays have the same length; implementations allocate nothing.
 */
export interface Activation {
  readonly name: string;
  forward(z: FloatArray, out: FloatArray): void;
  derivative(z: FloatArray, a: FloatArray, out: FloatArray): void;
  /** Optional: dZ = f′(z) ⊙ dA in one pass; dense layers use it instead of `derivative` and a product when present. */
  backward?(z: FloatArray, a: FloatArray, dA: FloatArray, dZ: FloatArray): void;
}

/** Names of the built-in elementwise activations. */
export type ActivationName =
  | 'sigmoid' | 'tanh' | 'relu' | 'leakyRelu' | 'softplus' | 'elu' | 'gelu' | 'linear' | 'identity';

/**
 * An elementwise activation given as an expression in `x` (`'x * sigmoid(x)'`), differentiated by
 * @bp/symbolic and compiled into a forward and a derivative kernel. The derivative kernel reads
 * the forward output where the derivative uses it (sigmoid′ = a(1 − a)), so nothing is computed
 * twice. The built-ins are made the same way.
 * @throws {NumericError} `invalid-option` when the expression reads any input other than `x`;
 *   parse errors of the expression are {@link SymbolicError}s.
 * @example
 * const swish = activation('x * sigmoid(x)');
 * const a = new Float64Array(1);
 * swish.forward(new Float64Array([1]), a); // → a = [0.7310585786300049]
 */
export function activation(expression: string, name: string = expression): Activation {
  const program = parse(expression);
  const stray = program.inputs.filter((input) => input !== 'x');
  if (stray.length > 0) {
    throw new NumericError('invalid-option', `an activation is an expression in x alone; found ${stray.join(', ')}`, { argument: 'activation' });
  }
  const { graph, output, gradient } = gradientGraph(program, ['x']);
  const x = graph.inputs.get('x');
  const derivative = gradient.get('x')!;
  const forwardSlots = new Map<NodeId, number>(x === undefined ? [] : [[x, 0]]);
  const forward = compileLoop({ graph, schedule: graph.reachable([output]), inputSlots: forwardSlots, outputs: [output] }, [false]);
  // The derivative reads z (slot 0) and the forward output a (slot 1) instead of recomputing it.
  const derivativeSlots = new Map(forwardSlots);
  if (output !== x && !graph.isConstant[output]) derivativeSlots.set(output, 1);
  const schedule = graph.reachable([derivative], (id) => derivativeSlots.has(id));
  const backward = compileLoop({ graph, schedule, inputSlots: derivativeSlots, outputs: [derivative] }, [false, false]);
  // Reused argument lists: a training step allocates nothing.
  const ins: FloatArray[] = [new Float64Array(0), new Float64Array(0)];
  const outs: FloatArray[] = [new Float64Array(0)];
  return {
    name,
    forward(z, out) {
      ins[0] = z;
      outs[0] = out;
      forward(z.length, ins, outs);
    },
    derivative(z, a, out) {
      ins[0] = z;
      ins[1] = a;
      outs[0] = out;
      backward(z.length, ins, outs);
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
 * leakyReluActivation(0.1).forward(new Float64Array([2, -2]), out); // → out = [2, -0.2]
 */
export function leakyReluActivation(alpha = 0.01): Activation {
  checkAlpha(alpha);
  return activation(`leakyRelu(x, ${alpha})`, 'leakyRelu');
}

/**
 * ELU: z for z > 0, else alpha·(eᶻ − 1); its derivative below 0 is alpha·eᶻ.
 * @throws {NumericError} `invalid-option` when alpha is not finite.
 * @example
 * const out = new Float64Array(1);
 * eluActivation(1).forward(new Float64Array([-1]), out); // → out = [-0.6321205588285577]
 */
export function eluActivation(alpha = 1): Activation {
  checkAlpha(alpha);
  return activation(`elu(x, ${alpha})`, 'elu');
}

/**
 * Looks up a built-in activation by name: sigmoid, tanh, relu (relu′(0) = 0), leakyRelu (alpha
 * 0.01), softplus, elu (alpha 1), gelu (erf form), linear (alias identity); any other string is
 * an expression in x (`'x * tanh(softplus(x))'`) compiled by {@link activation}. An
 * {@link Activation} object passes through unchanged, so callers accept either.
 * @throws {NumericError} `invalid-option` for an unknown name or a value that is not an activation.
 * @example
 * const out = new Float64Array(1);
 * activationByName('sigmoid').forward(new Float64Array([0]), out); // → out = [0.5]
 */
export function activationByName(name: string | Activation): Activation {
  if (typeof name === 'object' && name !== null) {
    if (typeof name.forward === 'function' && typeof name.derivative === 'function' && typeof name.name === 'string') return name;
    throw new NumericError('invalid-option', 'an activation object needs name, forward and derivative', { argument: 'activation' });
  }
  if (typeof name !== 'string') {
    throw new NumericError('invalid-option', `an activation is a name or an expression in x, found ${typeof name}`, { argument: 'activation' });
  }
  const make = Object.hasOwn(BUILT_IN, name) ? BUILT_IN[name as ActivationName] : undefined;
  if (make !== undefined) return make();
  // Anything else is an expression in x, compiled the same way as the built-ins.
  if (/^[A-Za-z]\w*$/.test(name) && name !== 'x') {
    throw new NumericError('invalid-option', `unknown activation "${name}"; expected one of ${ACTIVATION_NAMES.join(', ')} or an expression in x`, { argument: 'activation' });
  }
  return activation(name);
}

/** The built-ins by name; parameterised ones are made with their default parameter. */
const BUILT_IN: Record<ActivationName, () => Activation> = {
  sigmoid: () => activation('sigmoid(x)', 'sigmoid'),
  tanh: () => activation('tanh(x)', 'tanh'),
  relu: () => activation('relu(x)', 'relu'),
  leakyRelu: () => leakyReluActivation(0.01),
  softplus: () => activation('softplus(x)', 'softplus'),
  elu: () => eluActivation(1),
  // The exact form x·Φ(x) with Φ(x) = (1 + erf(x/√2))/2, not the tanh approximation.
  gelu: () => activation('x * (1 + erf(x / sqrt(2))) / 2', 'gelu'),
  linear: () => activation('x', 'linear'),
  identity: () => activation('x', 'identity'),
};

/**
 * The built-in activation names, in documentation order.
 * @example
 * ACTIVATION_NAMES.includes('gelu'); // → true
 */
export const ACTIVATION_NAMES: readonly ActivationName[] = [
  'sigmoid', 'tanh', 'relu', 'leakyRelu', 'softplus', 'elu', 'gelu', 'linear', 'identity',
];
