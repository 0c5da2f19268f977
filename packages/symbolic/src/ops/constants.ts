import { defineFunction, type FunctionSpec } from './spec.js';

/** A constant as a zero-argument call: it prints as written and stays exact in derivatives. */
function constant(name: string, scalar: () => number, latex: string, summary: string): FunctionSpec {
  const value = scalar();
  return defineFunction({
    name, arity: [0, 0], rule: 'constant', helper: true, summary,
    scalar, value: () => value, inline: () => String(value),
    partial: (b) => b.constant(0), latex: () => latex, field: (_args, F) => F.constant(value),
  });
}

/** The constants a source may name: `pi` and `e`, and mathjs's other spellings. */
export const CONSTANTS: readonly FunctionSpec[] = [
  constant('pi', () => Math.PI, '\\pi', 'π, the ratio of a circle\'s circumference to its diameter'),
  constant('e', () => Math.E, 'e', 'Euler\'s number, the base of the natural logarithm'),
];
