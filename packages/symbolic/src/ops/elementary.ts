import { erf, nthRoot, power } from './scalar.js';
import {
  awayFromZero, on, passesWithOneArgument, defineFunction, math, one, operatorName, outside, parens, squared, atZero,
  type FunctionSpec, type NodeId, type ScalarField,
} from './spec.js';

/** |z| continued analytically for the complex step: z·sign(Re z), not the modulus (whose imaginary part is 0). */
export function absForm<T>(z: T, F: ScalarField<T>): T {
  return F.real(z) < 0 ? F.neg(z) : z;
}

/** Whether a LaTeX argument is one symbol or number, which needs no parentheses under a power. */
const isSimple = (latex: string): boolean => /^([A-Za-z0-9.]+|\\[A-Za-z]+)$/.test(latex);
const base = (latex: string): string => (isSimple(latex) ? latex : parens(latex));

/** Exponentials, logarithms, roots, powers and the absolute value. */
export const ELEMENTARY: readonly FunctionSpec[] = [
  defineFunction({
    name: 'exp', smooth: [on(-3, 3)], arity: [1, 1], rule: 'exponential', scalar: Math.exp, inline: math('exp'),
    partial: (_b, _args, self) => self, latex: ([x]) => `e^{${x}}`, field: ([z], F) => F.exp(z!),
  }),
  defineFunction({
    name: 'log', passesNonFinite: passesWithOneArgument, smooth: [on(0.1, 5.1)], arity: [1, 2], rule: 'logarithm',
    scalar: (x: number, base?: number) => (base === undefined ? Math.log(x) : Math.log(x) / Math.log(base)),
    value: ([x, base]) => (base === undefined ? Math.log(x!) : Math.log(x!) / Math.log(base)),
    inline: (args) => (args.length === 1 ? `Math.log(${args[0]!})` : undefined),
    domain: (args) =>
      args[0]! <= 0 ? 'log is defined for positive arguments only'
      : args.length > 1 && (args[1]! <= 0 || args[1] === 1) ? 'a logarithm base must be positive and not 1'
      : undefined,
    partial: (b, args, self, i) => {
      const [u, base] = args as [NodeId, NodeId | undefined];
      if (base === undefined) return b.div(one(b), u);
      const lnBase = b.call('log', [base]);
      // log_b(u) = ln u / ln b: ∂/∂u = 1/(u ln b), ∂/∂b = −log_b(u)/(b ln b).
      return i === 0 ? b.div(one(b), b.mul(u, lnBase)) : b.neg(b.div(self, b.mul(base, lnBase)));
    },
    latex: ([x, base]) => (base === undefined ? `\\ln${parens(x!)}` : `\\log_{${base}}${parens(x!)}`),
    field: ([z, base], F) => (base === undefined ? F.log(z!) : F.div(F.log(z!), F.log(base))),
  }),
  defineFunction({
    name: 'log10', passesNonFinite: passesWithOneArgument, smooth: [on(0.1, 5.1)], arity: [1, 1], rule: 'logarithm', scalar: Math.log10, inline: math('log10'),
    domain: outside((x) => x <= 0, 'log10 is defined for positive arguments only'),
    partial: (b, [u]) => b.div(one(b), b.mul(u!, b.call('log', [b.constant(10)]))),
    latex: ([x]) => `\\log_{10}${parens(x!)}`,
  }),
  defineFunction({
    name: 'log2', passesNonFinite: passesWithOneArgument, smooth: [on(0.1, 5.1)], arity: [1, 1], rule: 'logarithm', scalar: Math.log2, inline: math('log2'),
    domain: outside((x) => x <= 0, 'log2 is defined for positive arguments only'),
    partial: (b, [u]) => b.div(one(b), b.mul(u!, b.call('log', [b.constant(2)]))),
    latex: ([x]) => `\\log_{2}${parens(x!)}`,
  }),
  defineFunction({
    name: 'log1p', passesNonFinite: passesWithOneArgument, smooth: [on(-0.9, 4.1)], arity: [1, 1], rule: 'logarithm', scalar: Math.log1p, inline: math('log1p'),
    summary: 'log(1 + x), exact for small x',
    domain: outside((x) => x <= -1, 'log1p is defined for arguments above -1 only'),
    partial: (b, [u]) => b.div(one(b), b.add(one(b), u!)),
    latex: ([x]) => `\\ln${parens(`1 + ${x!}`)}`,
    field: ([z], F) => F.log(F.add(F.constant(1), z!)),
  }),
  defineFunction({
    name: 'sqrt', passesNonFinite: passesWithOneArgument, smooth: [on(0.1, 5.1)], arity: [1, 1], rule: 'sqrt', scalar: Math.sqrt, inline: math('sqrt'),
    domain: outside((x) => x < 0, 'sqrt is defined for non-negative arguments only'),
    partial: (b, _args, self) => b.div(one(b), b.mul(b.constant(2), self)),
    latex: ([x]) => `\\sqrt{${x}}`, field: ([z], F) => F.sqrt(z!),
  }),
  defineFunction({
    name: 'cbrt', passesNonFinite: passesWithOneArgument, smooth: [awayFromZero(0.1, 5.1)], arity: [1, 1], rule: 'cbrt', scalar: Math.cbrt, inline: math('cbrt'),
    partial: (b, _args, self) => b.div(one(b), b.mul(b.constant(3), squared(b, self))),
    latex: ([x]) => `\\sqrt[3]{${x}}`,
  }),
  defineFunction({
    name: 'nthRoot', smooth: [on(0.1, 5.1), on(3, 3)], arity: [1, 2], defaults: [2], rule: 'nth-root', scalar: nthRoot,
    domain: (args) =>
      args[1] === 0 ? 'nthRoot needs a non-zero root n'
      : args[0]! < 0 && !(Number.isInteger(args[1]) && Math.abs(args[1]!) % 2 === 1)
        ? 'nthRoot of a negative number needs an odd integer root' : undefined,
    partial: (b, args, self, i) => {
      const [u, n] = args as [NodeId, NodeId];
      // x^(1/n): ∂/∂x = x^(1/n) / (n x), written as 1/(n · root^(n−1)) so it holds for negative x too.
      if (i === 0) return b.div(one(b), b.mul(n, b.pow(self, b.sub(n, one(b)))));
      return b.neg(b.div(b.mul(self, b.call('log', [u])), squared(b, n)));
    },
    latex: ([x, n]) => `\\sqrt[${n}]{${x}}`,
  }),
  defineFunction({
    name: 'pow', smooth: [on(0.2, 3.2), on(-2, 2)], arity: [2, 2], rule: 'power', scalar: power,
    // Differentiated through the `^` operator: the parser turns pow(x, y) into x ^ y.
    partial: (b, args, self, i) =>
      i === 0 ? b.mul(args[1]!, b.pow(args[0]!, b.sub(args[1]!, one(b)))) : b.mul(self, b.call('log', [args[0]!])),
    latex: ([x, y]) => `{${x}}^{${y}}`,
  }),
  defineFunction({
    name: 'abs', passesNonFinite: passesWithOneArgument, smooth: [awayFromZero(0.1, 3.1)], arity: [1, 1], rule: 'abs', scalar: Math.abs, inline: math('abs'),
    partial: (b, [u]) => b.call('sign', [u!]), latex: ([x]) => `\\left|${x}\\right|`,
    kink: atZero, convention: "abs'(0) = 0", field: ([z], F) => absForm(z!, F),
  }),
  defineFunction({
    name: 'expm1', smooth: [awayFromZero(0.1, 3.1)], arity: [1, 1], rule: 'expm1', scalar: Math.expm1, inline: math('expm1'),
    summary: 'e^x − 1, exact for small x',
    partial: (b, [u]) => b.call('exp', [u!]), latex: ([x]) => parens(`e^{${x!}} - 1`),
    // 2·e^(z/2)·sinh(z/2): no cancellation in either part, unlike e^z − 1.
    field: ([z], F) => {
      const half = F.div(z!, F.constant(2));
      return F.mul(F.mul(F.constant(2), F.exp(half)), F.sinh(half));
    },
  }),
  defineFunction({
    name: 'square', smooth: [on(-3, 3)], arity: [1, 1], rule: 'square', scalar: (x: number) => x * x, inline: ([x]) => `${x!} * ${x!}`,
    summary: 'x²', partial: (b, [u]) => b.mul(b.constant(2), u!), latex: ([x]) => `${base(x!)}^{2}`,
    field: ([z], F) => F.mul(z!, z!),
  }),
  defineFunction({
    name: 'cube', smooth: [on(-3, 3)], arity: [1, 1], rule: 'cube', scalar: (x: number) => x * x * x, inline: ([x]) => `${x!} * ${x!} * ${x!}`,
    summary: 'x³', partial: (b, [u]) => b.mul(b.constant(3), squared(b, u!)), latex: ([x]) => `${base(x!)}^{3}`,
    field: ([z], F) => F.mul(F.mul(z!, z!), z!),
  }),
  defineFunction({
    name: 'hypot', smooth: [awayFromZero(0.2, 2.2), on(-2, 2)], arity: [2, 2], rule: 'hypot', scalar: Math.hypot, inline: math('hypot'),
    summary: '√(x² + y²) without overflow; its gradient does not exist at (0, 0), a cone point (a `domain` error, as for sqrt′(0))',
    // ∂/∂x = x / hypot(x, y): 0/0 at the origin, where no gradient exists.
    partial: (b, args, self, i) => b.div(args[i]!, self),
    latex: ([x, y]) => `\\sqrt{${base(x!)}^{2} + ${base(y!)}^{2}}`,
    field: ([x, y], F) => F.sqrt(F.add(F.mul(x!, x!), F.mul(y!, y!))),
  }),
  defineFunction({
    name: 'erf', smooth: [on(-3, 3)], arity: [1, 1], rule: 'erf', scalar: erf,
    // d/dx erf(x) = 2/√π · e^(−x²)
    partial: (b, [u]) =>
      b.mul(b.div(b.constant(2), b.call('sqrt', [b.call('pi', [])])), b.call('exp', [b.neg(squared(b, u!))])),
    latex: ([x]) => `${operatorName('erf')}${parens(x!)}`,
  }),
];
