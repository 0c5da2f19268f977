import { share } from './scalar.js';
import { awayFromZero, on, defineFunction, math, operatorName as fn, parens as paren, atZero, type FunctionSpec } from './spec.js';

/** Whether the extreme value m is taken by more than one argument. */
const isTie = (args: readonly number[], m: number): boolean => args.filter((a) => a === m).length > 1;

/** Helpers that derivatives are written with. Their own derivative is 0 away from their jump. */
export const DERIVATIVE_HELPERS: readonly FunctionSpec[] = [
  defineFunction({
    name: 'step', smooth: [awayFromZero(0.1, 3.1)], arity: [1, 1], rule: 'step', scalar: (x: number) => (x > 0 ? 1 : 0), helper: true,
    inline: ([x]) => `${x!} > 0 ? 1 : 0`,
    partial: (b) => b.constant(0), latex: ([x]) => `H${paren(x!)}`,
    kink: atZero, convention: 'step(0) = 0',
  }),
  defineFunction({
    name: 'heaviside', smooth: [awayFromZero(0.1, 3.1)], arity: [1, 1], rule: 'heaviside', scalar: (x: number) => (x > 0 ? 1 : x < 0 ? 0 : 0.5), helper: true,
    partial: (b) => b.constant(0), latex: ([x]) => `H_{\\frac{1}{2}}${paren(x!)}`,
    kink: atZero, convention: 'heaviside(0) = 1/2',
  }),
  defineFunction({
    name: 'maxShare', smooth: [on(0.5, 1), on(-1, 0)], arity: [2, Infinity], rule: 'max', helper: true,
    scalar: (u: number, ...all: number[]) => {
      const m = Math.max(...all);
      return Number.isNaN(m) || Number.isNaN(u) ? Number.NaN : u === m ? 1 / all.filter((a) => a === m).length : 0;
    },
    value: ([u, ...all]) => share(u!, all, Math.max(...all)),
    partial: (b) => b.constant(0), latex: (args) => `${fn('maxShare')}${paren(args.join(', '))}`,
    kink: ([, ...all]) => isTie(all, Math.max(...all)), convention: 'the share at a tie is 1/k for k tied arguments',
  }),
  defineFunction({
    name: 'minShare', smooth: [on(-1, -0.5), on(0, 1)], arity: [2, Infinity], rule: 'min', helper: true,
    scalar: (u: number, ...all: number[]) => {
      const m = Math.min(...all);
      return Number.isNaN(m) || Number.isNaN(u) ? Number.NaN : u === m ? 1 / all.filter((a) => a === m).length : 0;
    },
    value: ([u, ...all]) => share(u!, all, Math.min(...all)),
    partial: (b) => b.constant(0), latex: (args) => `${fn('minShare')}${paren(args.join(', '))}`,
    kink: ([, ...all]) => isTie(all, Math.min(...all)), convention: 'the share at a tie is 1/k for k tied arguments',
  }),
  defineFunction({
    name: 'sign', smooth: [awayFromZero(0.1, 3.1)], arity: [1, 1], rule: 'sign', scalar: Math.sign, inline: math('sign'), helper: true,
    partial: (b) => b.constant(0), latex: ([x]) => `\\operatorname{sign}${paren(x!)}`,
    kink: atZero, convention: 'sign(0) = 0',
  }),
];
