import { erf, gelu, hardtanh, mish, sigmoid, silu, softplus } from './scalar.js';
import { absForm } from './elementary.js';
import {
  awayFromZero, on, defineFunction, one, outside, operatorName as fn, parens as paren, squared, atZero, type Builder, type FunctionSpec, type NodeId, type ScalarField,
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

/** gelu′(x) = Φ(x) + x·φ(x), the normal distribution's cumulative and density functions. */
const geluSlope = (x: number): number => (1 + erf(x / Math.SQRT2)) / 2 + (x * Math.exp(-x * x / 2)) / Math.sqrt(2 * Math.PI);

/**
 * gelu continued to first order, gelu(a) + (z − a)·gelu′(a) with a = Re z: exact on real numbers
 * and for the complex step (whose imaginary part is far below the real part's last digit), without
 * a complex erf.
 */
function geluForm<T>(z: T, F: ScalarField<T>): T {
  const a = F.real(z);
  return F.add(F.constant(gelu(a)), F.mul(F.sub(z, F.constant(a)), F.constant(geluSlope(a))));
}

/** The neural-network set and max/min. */
export const NEURAL: readonly FunctionSpec[] = [
  defineFunction({
    name: 'sigmoid', smooth: [on(-5, 5)], arity: [1, 1], rule: 'sigmoid', scalar: sigmoid, field: ([z], F) => sigmoidForm(z!, F),
    partial: (b, _args, self) => b.mul(self, b.sub(one(b), self)), latex: ([x]) => `\\sigma${paren(x!)}`,
  }),
  defineFunction({
    name: 'relu', smooth: [awayFromZero(0.1, 3.1)], arity: [1, 1], rule: 'relu', scalar: (x: number) => (x <= 0 ? 0 : x), value: ([x]) => Math.max(x!, 0),
    inline: ([x]) => `${x!} <= 0 ? 0 : ${x!}`, // NaN passes through, as Math.max does
    field: ([z], F) => (F.real(z!) > 0 ? z! : F.constant(0)),
    partial: (b, [u]) => b.call('step', [u!]), latex: ([x]) => `${fn('ReLU')}${paren(x!)}`,
    kink: atZero, convention: "relu'(0) = 0",
  }),
  defineFunction({
    name: 'leakyRelu', smooth: [awayFromZero(0.1, 3.1), on(0.01, 0.31)], arity: [1, 2], defaults: [0.01], rule: 'leaky-relu',
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
    name: 'softplus', smooth: [on(-5, 5)], arity: [1, 1], rule: 'softplus', scalar: softplus, field: ([z], F) => softplusForm(z!, F),
    partial: (b, [u]) => b.call('sigmoid', [u!]), latex: ([x]) => `${fn('softplus')}${paren(x!)}`,
  }),
  defineFunction({
    name: 'elu', smooth: [awayFromZero(0.1, 3.1), on(0.5, 1.5)], arity: [1, 2], defaults: [1], rule: 'elu',
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
    name: 'silu', smooth: [on(-5, 5)], aliases: ['swish'], arity: [1, 1], rule: 'silu', scalar: silu,
    summary: 'x·σ(x), also called swish',
    // σ + x·σ(1 − σ) = σ·(1 + x·(1 − σ))
    partial: (b, [u]) => {
      const s = b.call('sigmoid', [u!]);
      return b.mul(s, b.add(one(b), b.mul(u!, b.sub(one(b), s))));
    },
    latex: ([x]) => `${fn('SiLU')}${paren(x!)}`, field: ([z], F) => F.mul(z!, sigmoidForm(z!, F)),
  }),
  defineFunction({
    name: 'gelu', smooth: [on(-3, 3)], arity: [1, 1], rule: 'gelu', scalar: gelu, uses: ['erf'],
    summary: 'x·Φ(x) = x·(1 + erf(x/√2))/2, the exact (erf) form, as @bp/numeric\'s gelu activation',
    inline: ([x], callee) => `${x!} * (1 + ${callee('erf')}(${x!} / Math.SQRT2)) / 2`,
    // Φ(x) + x·φ(x), with φ(x) = e^(−x²/2)/√(2π)
    partial: (b, [u]) => {
      const cdf = b.div(b.add(one(b), b.call('erf', [b.div(u!, b.call('sqrt', [b.constant(2)]))])), b.constant(2));
      const density = b.div(b.call('exp', [b.neg(b.div(squared(b, u!), b.constant(2)))]), b.call('sqrt', [b.mul(b.constant(2), b.call('pi', []))]));
      return b.add(cdf, b.mul(u!, density));
    },
    latex: ([x]) => `${fn('GELU')}${paren(x!)}`, field: ([z], F) => geluForm(z!, F),
  }),
  defineFunction({
    name: 'mish', smooth: [on(-3, 3)], arity: [1, 1], rule: 'mish', scalar: mish, summary: 'x·tanh(softplus(x))',
    // tanh(sp) + x·(1 − tanh²(sp))·σ(x), since softplus′ = σ
    partial: (b, [u]) => {
      const t = b.call('tanh', [b.call('softplus', [u!])]);
      return b.add(t, b.mul(b.mul(u!, b.sub(one(b), squared(b, t))), b.call('sigmoid', [u!])));
    },
    latex: ([x]) => `${fn('mish')}${paren(x!)}`, field: ([z], F) => F.mul(z!, F.tanh(softplusForm(z!, F))),
  }),
  defineFunction({
    name: 'softsign', smooth: [on(-3, 3)], arity: [1, 1], rule: 'softsign', scalar: (x: number) => x / (1 + Math.abs(x)),
    inline: ([x]) => `${x!} / (1 + Math.abs(${x!}))`, summary: 'x / (1 + |x|)',
    partial: (b, [u]) => b.div(one(b), squared(b, b.add(one(b), b.call('abs', [u!])))),
    latex: ([x]) => `\\frac{${x!}}{1 + \\left|${x!}\\right|}`,
    field: ([z], F) => F.div(z!, F.add(F.constant(1), absForm(z!, F))),
  }),
  defineFunction({
    name: 'logit', smooth: [on(0.05, 0.95)], arity: [1, 1], rule: 'logit', scalar: (x: number) => Math.log(x / (1 - x)),
    summary: 'log(x / (1 − x)), the inverse of sigmoid', domain: outside((x) => !(x > 0 && x < 1), 'logit is defined for 0 < x < 1 only'),
    partial: (b, [u]) => b.div(one(b), b.mul(u!, b.sub(one(b), u!))),
    latex: ([x]) => `${fn('logit')}${paren(x!)}`, field: ([z], F) => F.log(F.div(z!, F.sub(F.constant(1), z!))),
  }),
  defineFunction({
    name: 'hardtanh', smooth: [[[-0.9, 0.9], [-3.1, -1.1], [1.1, 3.1]]], arity: [1, 1], rule: 'hardtanh', scalar: hardtanh, summary: 'x clamped to [−1, 1]',
    // 1 strictly inside (−1, 1), 0 outside and at ±1 (the flat side, as relu′(0) = 0)
    partial: (b, [u]) => b.mul(b.call('step', [b.add(u!, one(b))]), b.call('step', [b.sub(one(b), u!)])),
    latex: ([x]) => `${fn('hardtanh')}${paren(x!)}`,
    kink: ([x]) => x === 1 || x === -1, convention: "hardtanh'(-1) = hardtanh'(1) = 0, the flat side (as relu'(0) = 0)",
    field: ([z], F) => {
      const r = F.real(z!);
      return r >= 1 ? F.constant(1) : r <= -1 ? F.constant(-1) : z!;
    },
  }),
  defineFunction({
    name: 'max', smooth: [awayFromZero(1, 2), on(-0.5, 0.5)], arity: [1, Infinity], rule: 'max', scalar: Math.max, value: (args) => Math.max(...args),
    inline: (args) => `Math.max(${args.join(', ')})`, field: extremeForm('max'),
    partial: (b, args, _self, i) => extremePartial(b, args, i, 'max'),
    latex: (args) => `\\max${paren(args.join(', '))}`,
    kink: (args) => isTie(args, Math.max(...args)), convention: 'a tie splits the gradient equally among the tied arguments',
  }),
  defineFunction({
    name: 'min', smooth: [awayFromZero(1, 2), on(-0.5, 0.5)], arity: [1, Infinity], rule: 'min', scalar: Math.min, value: (args) => Math.min(...args),
    inline: (args) => `Math.min(${args.join(', ')})`, field: extremeForm('min'),
    partial: (b, args, _self, i) => extremePartial(b, args, i, 'min'),
    latex: (args) => `\\min${paren(args.join(', '))}`,
    kink: (args) => isTie(args, Math.min(...args)), convention: 'a tie splits the gradient equally among the tied arguments',
  }),
];
