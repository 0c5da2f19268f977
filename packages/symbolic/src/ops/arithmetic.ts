import { Level, type Builder, type NodeId, type OperationSpec, type Printed } from './spec.js';

/** The arithmetic operators of a graph node. */
export type Operator = 'add' | 'sub' | 'mul' | 'div' | 'neg' | 'pow';

const wrap = (p: Printed, when: boolean, open = '(', close = ')'): string => (when ? `${open}${p.text}${close}` : p.text);
const paren = (p: Printed, when: boolean): string => wrap(p, when, '\\left(', '\\right)');
const product = (text: string, a: Printed): Printed => ({ text, level: Level.Product, negative: a.negative && a.level >= Level.Product });

/** ∂(a^b)/∂b = a^b·ln a, except 0^b, which is 0 wherever it is defined (b > 0), so its derivative there is 0. */
function exponentPartial(b: Builder, base: NodeId, self: NodeId): NodeId {
  return b.numberOf?.(base) === 0 ? b.constant(0) : b.mul(self, b.call('log', [base]));
}

/** Whether a negative addend that is not a sum is written as a subtraction of its magnitude. */
function subtracts(b: Printed): boolean {
  return b.negative === true && b.level >= Level.Product && b.text.startsWith('-');
}

const add: OperationSpec = {
  ruleOf: () => 'sum',
  value: ([a, b]) => a! + b!,
  partial: (b) => b.constant(1),
  build: (b, [x, y]) => b.add(x!, y!),
  // a + (-2 * b) is written a - 2 * b: negating a product's leading factor is exact, so the text
  // still evaluates to the same number. A negative sum keeps its parentheses (regrouping would round differently).
  text: ([a, b]) => ({
    text: subtracts(b!) ? `${a!.text} - ${b!.text.slice(1)}` : `${a!.text} + ${wrap(b!, b!.negative)}`, level: Level.Sum, negative: a!.negative,
  }),
  tex: ([a, b]) => ({
    text: subtracts(b!) ? `${a!.text} - ${b!.text.slice(1)}` : `${a!.text} + ${paren(b!, b!.negative)}`, level: Level.Sum, negative: a!.negative,
  }),
  quantity: 'the sum',
  scalar: (a, b) => a + b,
  inline: ([a, b]) => `${a!} + ${b!}`,
  field: ([a, b], F) => F.add(a!, b!),
  passesNonFinite: () => true,
  polynomial: true,
};

const sub: OperationSpec = {
  ruleOf: () => 'difference',
  value: ([a, b]) => a! - b!,
  partial: (b, _args, _self, i) => b.constant(i === 0 ? 1 : -1),
  build: (b, [x, y]) => b.sub(x!, y!),
  text: ([a, b]) => ({ text: `${a!.text} - ${wrap(b!, b!.level <= Level.Sum || b!.negative)}`, level: Level.Sum, negative: a!.negative }),
  tex: ([a, b]) => ({ text: `${a!.text} - ${paren(b!, b!.level <= Level.Sum || b!.negative)}`, level: Level.Sum, negative: a!.negative }),
  quantity: 'the difference',
  scalar: (a, b) => a - b,
  inline: ([a, b]) => `${a!} - ${b!}`,
  field: ([a, b], F) => F.sub(a!, b!),
  passesNonFinite: () => true,
  polynomial: true,
};

const mul: OperationSpec = {
  ruleOf: (_dependent, constant) => (constant.some(Boolean) ? 'constant-multiple' : 'product'),
  value: ([a, b]) => a! * b!,
  partial: (_b, [x, y], _self, i) => (i === 0 ? y! : x!),
  build: (b, [x, y]) => b.mul(x!, y!),
  // c1 * (c2 * t) stays grouped: it exists only because c1·c2 overflows, and must parse back so.
  text: ([a, b]) => ({
    ...product(`${wrap(a!, a!.level < Level.Product)} * ${wrap(b!, b!.level < Level.Product || b!.negative || (a!.number === true && b!.scaled === true))}`, a!),
    scaled: a!.number === true,
  }),
  tex: ([a, b]) => product(`${paren(a!, a!.level < Level.Product)} \\cdot ${paren(b!, b!.level < Level.Product || b!.negative)}`, a!),
  quantity: 'the product',
  scalar: (a, b) => a * b,
  inline: ([a, b]) => `${a!} * ${b!}`,
  field: ([a, b], F) => F.mul(a!, b!),
  passesNonFinite: () => true,
  polynomial: true,
};

const div: OperationSpec = {
  ruleOf: (dependent, constant) => (dependent[1] ? 'quotient' : constant.some(Boolean) ? 'constant-multiple' : 'quotient'),
  value: ([a, b]) => a! / b!,
  // d(a/b)/da = 1/b, d(a/b)/db = −a/b²
  partial: (b, [x, y], _self, i) => (i === 0 ? b.div(b.constant(1), y!) : b.neg(b.div(x!, b.pow(y!, b.constant(2))))),
  build: (b, [x, y]) => b.div(x!, y!),
  text: ([a, b]) => product(`${wrap(a!, a!.level < Level.Product)} / ${wrap(b!, b!.level <= Level.Product || b!.negative)}`, a!),
  tex: ([a, b]) => ({ text: `\\frac{${a!.text}}{${b!.text}}`, level: Level.Atom, negative: false }),
  domain: ([, b]) => (b === 0 ? 'division by zero' : undefined),
  quantity: 'the quotient',
  scalar: (a, b) => a / b,
  inline: ([a, b]) => `${a!} / ${b!}`,
  field: ([a, b], F) => F.div(a!, b!),
  // x / Inf = 0, so only the numerator passes a non-finite value on (and not in x / x).
  passesNonFinite: (i, [a, b]) => i === 0 && a !== b,
};

const neg: OperationSpec = {
  ruleOf: () => 'constant-multiple',
  value: ([a]) => -a!,
  partial: (b) => b.constant(-1),
  build: (b, [x]) => b.neg(x!),
  text: ([a]) => ({ text: `-${wrap(a!, a!.level <= Level.Sum || a!.negative)}`, level: Level.Unary, negative: true }),
  tex: ([a]) => ({ text: `-${paren(a!, a!.level <= Level.Sum || a!.negative)}`, level: Level.Unary, negative: true }),
  quantity: 'the result',
  scalar: (a) => -a,
  inline: ([a]) => `-${a!}`,
  field: ([a], F) => F.neg(a!),
  passesNonFinite: () => true,
  polynomial: true,
};

const pow: OperationSpec = {
  ruleOf: (dependent) => (dependent[1] ? (dependent[0] ? 'exponential-logarithmic' : 'exponential') : 'power'),
  value: ([a, b]) => Math.pow(a!, b!),
  // d(a^b)/da = b·a^(b−1) (the power rule); d(a^b)/db through the logarithm.
  partial: (b, [x, y], self, i) => (i === 0 ? b.mul(y!, b.pow(x!, b.sub(y!, b.constant(1)))) : exponentPartial(b, x!, self)),
  build: (b, [x, y]) => b.pow(x!, y!),
  text: ([a, b]) => ({ text: `${wrap(a!, a!.level < Level.Atom)} ^ ${wrap(b!, b!.level < Level.Atom)}`, level: Level.Power, negative: false }),
  tex: ([a, b]) => ({ text: `{${paren(a!, a!.level < Level.Atom)}}^{${b!.text}}`, level: Level.Power, negative: false }),
  domain: ([a, b]) =>
    a === 0 && b! < 0 ? 'zero to a negative power'
    : a! < 0 && !Number.isInteger(b) ? 'a negative base needs an integer exponent'
    : undefined,
  quantity: 'the power',
  scalar: Math.pow,
  inline: ([a, b], _callee, [, exponent]) =>
    exponent === 2 ? `${a!} * ${a!}` : exponent === 3 ? `${a!} * ${a!} * ${a!}` : exponent === -1 ? `1 / ${a!}` : `Math.pow(${a!}, ${b!})`,
  field: ([a, b], F) => F.pow(a!, b!),
  // Inf^b is Inf for a known b > 0; a^Inf and Inf^b otherwise can be 0 or 1.
  passesNonFinite: (i, [, b], numberOf) => {
    const exponent = numberOf(b!);
    return i === 0 && exponent !== undefined && exponent > 0;
  },
};

/** The arithmetic operators, by the operation name of their graph nodes. */
export const OPERATORS: ReadonlyMap<Operator, OperationSpec> = new Map<Operator, OperationSpec>([
  ['add', add], ['sub', sub], ['mul', mul], ['div', div], ['neg', neg], ['pow', pow],
]);
