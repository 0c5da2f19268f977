import { defineFunction, type FunctionSpec } from './spec.js';

/** A constant as a zero-argument call: it prints as written and stays exact in derivatives. */
function constant(name: string, scalar: () => number, latex: string, summary: string, aliases: readonly string[] = []): FunctionSpec {
  const value = scalar();
  return defineFunction({
    name, aliases, arity: [0, 0], rule: 'constant', helper: true, summary,
    scalar, value: () => value, inline: () => String(value),
    partial: (b) => b.constant(0), latex: () => latex, field: (_args, F) => F.constant(value),
  });
}

/** The constants a source may name: `pi` and `e`, and mathjs's other spellings. */
export const CONSTANTS: readonly FunctionSpec[] = [
  constant('pi', () => Math.PI, '\\pi', 'π, the ratio of a circle\'s circumference to its diameter', ['PI']),
  constant('e', () => Math.E, 'e', 'Euler\'s number, the base of the natural logarithm', ['E']),
  constant('tau', () => 2 * Math.PI, '\\tau', 'τ = 2π, a full turn in radians'),
  constant('phi', () => (1 + Math.sqrt(5)) / 2, '\\varphi', 'φ = (1 + √5)/2, the golden ratio'),
];
