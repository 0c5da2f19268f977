import { sigmoid, softplus } from './scalar.js';
import {
  defineFunction, one, operatorName as fn, parens as paren, atZero, type Builder, type FunctionSpec, type NodeId, type ScalarField,
} from './spec.js';

/** σ(z) in the form that cannot overflow for either sign of Re z. */
export function sigmoidForm<T>(z: T, F: ScalarField<T>): T {
  if (F.real(z) >= 0) return F.div(F.constant(1), F.add(F.constant(1), F.exp(F.neg(z))));
  const e = F.exp(z);
  return F.div(e, F.add(F.constant(1), e));
}

/** softplus(z) = log(1 + e^z) in the form that cannot overflow for large Re z. */
export function softplusForm<T>(z: T, F: ScalarField<T>): T {
  if (F.real(z) > 0) return F.add(z, F.log(F.add(F.constant(1), F.exp(F.neg(z)))));
  return F.log(F.add(F.constant(1), F.exp(z)));
}

/** Whether the extreme value m is taken by more than one argument. */
const isTie = (args: readonly number[], m: number): boolean => args.filter((a) => a === m).length > 1;

/** ∂max/∂args[i] (or min): 1 for one argument, a half-step for two (as written), the tie-sharing helper for more. */
function extremePartial(b: Builder, args: readonly NodeId[], i: number, which: 'max' | 'min'): NodeId {
  if (args.length === 1) return one(b);
  if (args.length === 2) {
    const [u, v] = args as [NodeId, NodeId];
    const ahead = (i === 0) === (which === 'max') ? b.sub(u, v) : b.sub(v, u);
    return b.call('heaviside', [ahead]);
  }
  return b.call(`${which}Share`, [args[i]!, ...args]);
}

/** The argument with the larger (or smaller) real part, the first on a tie, as the complex step needs it. */
const extremeForm = (which: 'max' | 'min') => <T>(args: readonly T[], F: ScalarField<T>): T =>
  args.reduce((m, v) => ((which === 'max' ? F.real(m) >= F.real(v) : F.real(m) <= F.real(v)) ? m : v));

/** The neural-network set and max/min. */
export const NEURAL: readonly FunctionSpec[] = [
  defineFunction({
    name: 'sigmoid', arity: [1, 1], rule: 'sigmoid', scalar: sigmoid, field: ([z], F) => sigmoidForm(z!, F),
    partial: (b, _args, self) => b.mul(self, b.sub(one(b), self)), latex: ([x]) => `\\sigma${paren(x!)}`,
  }),
  defineFunction({
    name: 'relu', arity: [1, 1], rule: 'relu', scalar: (x: number) => (x <= 0 ? 0 : x), value: ([x]) => Math.max(x!, 0),
    inline: ([x]) => `${x!} <= 0 ? 0 : ${x!}`, // NaN passes through, as Math.max does
    field: ([z], F) => (F.real(z!) > 0 ? z! : F.constant(0)),
    partial: (b, [u]) => b.call('step', [u!]), latex: ([x]) => `${fn('ReLU')}${paren(x!)}`,
    kink: atZero, convention: "relu'(0) = 0",
  }),
  defineFunction({
    name: 'leakyRelu', arity: [1, 2], defaults: [0.01], rule: 'leaky-relu',
    scalar: (x: number, alpha: number) => (x > 0 ? x : alpha * x),
    partial: (b, args, _self, i) => {
      const [u, alpha] = args as [NodeId, NodeId];
      const below = b.sub(one(b), b.call('step', [u]));
      // x > 0: slope 1; otherwise alpha (the left slope at 0, as relu'(0) = 0).
      return i === 0 ? b.add(b.call('step', [u]), b.mul(alpha, below)) : b.mul(below, u);
    },
    latex: ([x, alpha]) => `${fn('LeakyReLU')}_{${alpha}}${paren(x!)}`,
    kink: ([x, alpha]) => x === 0 && alpha !== 1, convention: "leakyRelu'(0) = alpha",
  }),
  defineFunction({
    name: 'softplus', arity: [1, 1], rule: 'softplus', scalar: softplus, field: ([z], F) => softplusForm(z!, F),
    partial: (b, [u]) => b.call('sigmoid', [u!]), latex: ([x]) => `${fn('softplus')}${paren(x!)}`,
  }),
  defineFunction({
    name: 'elu', arity: [1, 2], defaults: [1], rule: 'elu',
    scalar: (x: number, alpha: number) => (x > 0 ? x : alpha * Math.expm1(x)),
    partial: (b, args, self, i) => {
      const [u, alpha] = args as [NodeId, NodeId];
      const below = b.sub(one(b), b.call('step', [u]));
      // For x <= 0, elu = alpha·(e^x − 1): ∂/∂alpha = e^x − 1 = elu(x, 1) and ∂/∂x = alpha·e^x = elu + alpha,
      // written without e^x so that a large positive x (where below = 0) does not overflow.
      if (i === 1) return b.mul(below, b.call('elu', [u, one(b)]));
      return b.add(b.call('step', [u]), b.mul(below, b.add(self, alpha)));
    },
    latex: ([x, alpha]) => `${fn('ELU')}_{${alpha}}${paren(x!)}`,
    kink: ([x, alpha]) => x === 0 && alpha !== 1, convention: "elu'(0) = alpha",
  }),
  defineFunction({
    name: 'max', arity: [1, Infinity], rule: 'max', scalar: Math.max, value: (args) => Math.max(...args),
    inline: (args) => `Math.max(${args.join(', ')})`, field: extremeForm('max'),
    partial: (b, args, _self, i) => extremePartial(b, args, i, 'max'),
    latex: (args) => `\\max${paren(args.join(', '))}`,
    kink: (args) => isTie(args, Math.max(...args)), convention: 'a tie splits the gradient equally among the tied arguments',
  }),
  defineFunction({
    name: 'min', arity: [1, Infinity], rule: 'min', scalar: Math.min, value: (args) => Math.min(...args),
    inline: (args) => `Math.min(${args.join(', ')})`, field: extremeForm('min'),
    partial: (b, args, _self, i) => extremePartial(b, args, i, 'min'),
    latex: (args) => `\\min${paren(args.join(', '))}`,
    kink: (args) => isTie(args, Math.min(...args)), convention: 'a tie splits the gradient equally among the tied arguments',
  }),
];
