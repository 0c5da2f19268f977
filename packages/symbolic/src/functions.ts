/**
 * Every function bp can differentiate, each with its value, local derivative, LaTeX, rule id and
 * kinks in one place, so adding a function is one entry here and nothing else.
 */

/** A node of the graph being built: an index into its node table. */
export type NodeId = number;

/** The simplifying graph constructors a local derivative is written with. */
export interface Builder {
  constant(value: number): NodeId;
  add(a: NodeId, b: NodeId): NodeId;
  sub(a: NodeId, b: NodeId): NodeId;
  mul(a: NodeId, b: NodeId): NodeId;
  div(a: NodeId, b: NodeId): NodeId;
  neg(a: NodeId): NodeId;
  pow(a: NodeId, b: NodeId): NodeId;
  call(name: string, args: readonly NodeId[]): NodeId;
}

/** How one function behaves: everything the parser, differentiator, evaluator and renderers need. */
export interface FunctionSpec {
  readonly name: string;
  /** Fewest and most arguments (Infinity: any number); missing trailing arguments take `defaults`. */
  readonly arity: readonly [number, number];
  readonly defaults?: readonly number[];
  /** The rule id a derivation step names when it differentiates this function. */
  readonly rule: string;
  /** Value at a point; NaN or ±Infinity means outside the domain. */
  value(args: readonly number[]): number;
  /** ∂f/∂args[i] as a graph, given the argument nodes and the node of f itself. */
  partial(b: Builder, args: readonly NodeId[], self: NodeId, i: number): NodeId;
  /** LaTeX of a call given its arguments' LaTeX. */
  latex(args: readonly string[]): string;
  /** Whether the point is a kink (the derivative does not exist there); absent when never. */
  kink?(args: readonly number[]): boolean;
  /** The convention followed at a kink, stated in results and write-ups. */
  readonly convention?: string;
  /** A message when the arguments are outside the domain, for errors clearer than "NaN". */
  domain?(args: readonly number[]): string | undefined;
  /** Helpers that appear only in derivatives (step, heaviside, sign), not in the function list users see. */
  readonly helper?: boolean;
}

/**
 * The Gauss error function to about 1e-15: its Maclaurin series below |x| = 2 (where the terms
 * stay small enough not to lose digits) and Laplace's continued fraction for erfc above.
 * Self-contained (it calls nothing but Math), so compiled kernels can embed its source.
 */
export function erf(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  const ax = Math.abs(x);
  if (ax < 2) {
    // Maclaurin series: the largest term is below e^4, so at most two digits are lost to cancellation.
    const x2 = x * x;
    let term = x;
    let sum = x;
    for (let n = 1; n < 100; n++) {
      term *= -x2 / n;
      const add = term / (2 * n + 1);
      sum += add;
      if (Math.abs(add) < 1e-17 * Math.abs(sum)) break;
    }
    return (2 / Math.sqrt(Math.PI)) * sum;
  }
  if (ax > 27) return x < 0 ? -1 : 1;
  // erfc(x) = exp(-x²)/√π · 1/(x + 1/2/(x + 1/(x + 3/2/(x + ...)))), by the modified Lentz method.
  const tiny = 1e-300;
  let f = ax;
  let c = ax;
  let d = 0;
  for (let n = 1; n < 500; n++) {
    const an = n / 2;
    d = ax + an * d;
    d = d === 0 ? tiny : d;
    c = ax + an / c;
    c = c === 0 ? tiny : c;
    d = 1 / d;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  const value = 1 - Math.exp(-ax * ax) / Math.sqrt(Math.PI) / f;
  return x < 0 ? -value : value;
}

/** Logistic sigmoid, written so neither branch overflows. */
export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

/** log(1 + exp(x)) without overflow for large x or loss of precision for very negative x. */
export function softplus(x: number): number {
  return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
}

/** The real n-th root, negative for negative x when n is an odd integer (as mathjs's nthRoot). */
export function nthRoot(x: number, n: number): number {
  if (n === 0) return Number.NaN;
  if (x < 0) return Number.isInteger(n) && Math.abs(n) % 2 === 1 ? -Math.pow(-x, 1 / n) : Number.NaN;
  return Math.pow(x, 1 / n);
}

/**
 * x^y over the reals, as `Math.pow`: a negative base needs an integer exponent, and there are no
 * odd-denominator roots (`(-8)^(1/3)` is NaN, since 1/3 is not exact in binary); use `cbrt` or
 * `nthRoot` for a real root of a negative number.
 * @example
 * power(-2, 3); // → -8
 * power(-8, 1 / 3); // → NaN
 * nthRoot(-8, 3); // → -2
 */
export function power(x: number, y: number): number {
  return Math.pow(x, y);
}

const one = (b: Builder): NodeId => b.constant(1);
const square = (b: Builder, u: NodeId): NodeId => b.pow(u, b.constant(2));
/** 1 / sqrt(q) */
const invSqrt = (b: Builder, q: NodeId): NodeId => b.div(one(b), b.call('sqrt', [q]));

const atZero = (args: readonly number[]): boolean => args[0] === 0;
const outside = (test: (x: number) => boolean, what: string) => (args: readonly number[]) =>
  test(args[0]!) ? what : undefined;

/** Whether the extreme value m is taken by more than one argument. */
const isTie = (args: readonly number[], m: number): boolean => args.filter((a) => a === m).length > 1;

/**
 * The share of the gradient of max (or min) of `all` that flows to an argument with value u: 1 when
 * u alone is the extreme m, 1/k when k arguments tie there, 0 otherwise.
 */
export function share(u: number, all: readonly number[], m: number): number {
  if (Number.isNaN(m) || Number.isNaN(u)) return Number.NaN;
  return u === m ? 1 / all.filter((a) => a === m).length : 0;
}

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

function spec(s: FunctionSpec): [string, FunctionSpec] {
  return [s.name, s];
}

const fn = (name: string) => `\\operatorname{${name}}`;
const paren = (s: string): string => `\\left(${s}\\right)`;

/** Every function bp knows, by the name users write. */
export const FUNCTIONS: ReadonlyMap<string, FunctionSpec> = new Map<string, FunctionSpec>([
  spec({
    name: 'exp', arity: [1, 1], rule: 'exponential', value: ([x]) => Math.exp(x!),
    partial: (_b, _args, self) => self, latex: ([x]) => `e^{${x}}`,
  }),
  spec({
    name: 'log', arity: [1, 2], rule: 'logarithm',
    value: ([x, base]) => (base === undefined ? Math.log(x!) : Math.log(x!) / Math.log(base)),
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
    latex: ([x, base]) => (base === undefined ? `\\ln${paren(x!)}` : `\\log_{${base}}${paren(x!)}`),
  }),
  spec({
    name: 'log10', arity: [1, 1], rule: 'logarithm', value: ([x]) => Math.log10(x!),
    domain: outside((x) => x <= 0, 'log10 is defined for positive arguments only'),
    partial: (b, [u]) => b.div(one(b), b.mul(u!, b.call('log', [b.constant(10)]))),
    latex: ([x]) => `\\log_{10}${paren(x!)}`,
  }),
  spec({
    name: 'log2', arity: [1, 1], rule: 'logarithm', value: ([x]) => Math.log2(x!),
    domain: outside((x) => x <= 0, 'log2 is defined for positive arguments only'),
    partial: (b, [u]) => b.div(one(b), b.mul(u!, b.call('log', [b.constant(2)]))),
    latex: ([x]) => `\\log_{2}${paren(x!)}`,
  }),
  spec({
    name: 'log1p', arity: [1, 1], rule: 'logarithm', value: ([x]) => Math.log1p(x!),
    domain: outside((x) => x <= -1, 'log1p is defined for arguments above -1 only'),
    partial: (b, [u]) => b.div(one(b), b.add(one(b), u!)),
    latex: ([x]) => `\\ln${paren(`1 + ${x!}`)}`,
  }),
  spec({
    name: 'sqrt', arity: [1, 1], rule: 'sqrt', value: ([x]) => Math.sqrt(x!),
    domain: outside((x) => x < 0, 'sqrt is defined for non-negative arguments only'),
    partial: (b, _args, self) => b.div(one(b), b.mul(b.constant(2), self)),
    latex: ([x]) => `\\sqrt{${x}}`,
  }),
  spec({
    name: 'cbrt', arity: [1, 1], rule: 'cbrt', value: ([x]) => Math.cbrt(x!),
    partial: (b, _args, self) => b.div(one(b), b.mul(b.constant(3), square(b, self))),
    latex: ([x]) => `\\sqrt[3]{${x}}`,
  }),
  spec({
    name: 'nthRoot', arity: [1, 2], defaults: [2], rule: 'nth-root', value: ([x, n]) => nthRoot(x!, n!),
    domain: (args) =>
      args[1] === 0 ? 'nthRoot needs a non-zero root n'
      : args[0]! < 0 && !(Number.isInteger(args[1]) && Math.abs(args[1]!) % 2 === 1)
        ? 'nthRoot of a negative number needs an odd integer root' : undefined,
    partial: (b, args, self, i) => {
      const [u, n] = args as [NodeId, NodeId];
      // x^(1/n): ∂/∂x = x^(1/n) / (n x), written as 1/(n · root^(n−1)) so it holds for negative x too.
      if (i === 0) return b.div(one(b), b.mul(n, b.pow(self, b.sub(n, one(b)))));
      return b.neg(b.div(b.mul(self, b.call('log', [u])), square(b, n)));
    },
    latex: ([x, n]) => `\\sqrt[${n}]{${x}}`,
  }),
  spec({
    name: 'pow', arity: [2, 2], rule: 'power', value: ([x, y]) => power(x!, y!),
    // Differentiated through the `^` operator: the parser turns pow(x, y) into x ^ y.
    partial: (b, args, self, i) =>
      i === 0 ? b.mul(args[1]!, b.pow(args[0]!, b.sub(args[1]!, one(b)))) : b.mul(self, b.call('log', [args[0]!])),
    latex: ([x, y]) => `{${x}}^{${y}}`,
  }),
  spec({
    name: 'abs', arity: [1, 1], rule: 'abs', value: ([x]) => Math.abs(x!),
    partial: (b, [u]) => b.call('sign', [u!]), latex: ([x]) => `\\left|${x}\\right|`,
    kink: atZero, convention: "abs'(0) = 0",
  }),
  // Trigonometric
  spec({
    name: 'sin', arity: [1, 1], rule: 'sin', value: ([x]) => Math.sin(x!),
    partial: (b, [u]) => b.call('cos', [u!]), latex: ([x]) => `\\sin${paren(x!)}`,
  }),
  spec({
    name: 'cos', arity: [1, 1], rule: 'cos', value: ([x]) => Math.cos(x!),
    partial: (b, [u]) => b.neg(b.call('sin', [u!])), latex: ([x]) => `\\cos${paren(x!)}`,
  }),
  spec({
    name: 'tan', arity: [1, 1], rule: 'tan', value: ([x]) => Math.tan(x!),
    partial: (b, [u]) => square(b, b.call('sec', [u!])), latex: ([x]) => `\\tan${paren(x!)}`,
  }),
  spec({
    name: 'sec', arity: [1, 1], rule: 'sec', value: ([x]) => 1 / Math.cos(x!),
    partial: (b, [u], self) => b.mul(self, b.call('tan', [u!])), latex: ([x]) => `\\sec${paren(x!)}`,
  }),
  spec({
    name: 'csc', arity: [1, 1], rule: 'csc', value: ([x]) => 1 / Math.sin(x!),
    domain: outside((x) => Math.sin(x) === 0, 'csc is undefined where sin is 0'),
    partial: (b, [u], self) => b.neg(b.mul(self, b.call('cot', [u!]))), latex: ([x]) => `\\csc${paren(x!)}`,
  }),
  spec({
    name: 'cot', arity: [1, 1], rule: 'cot', value: ([x]) => 1 / Math.tan(x!),
    domain: outside((x) => Math.sin(x) === 0, 'cot is undefined where sin is 0'),
    partial: (b, [u]) => b.neg(square(b, b.call('csc', [u!]))), latex: ([x]) => `\\cot${paren(x!)}`,
  }),
  spec({
    name: 'asin', arity: [1, 1], rule: 'asin', value: ([x]) => Math.asin(x!),
    domain: outside((x) => Math.abs(x) > 1, 'asin is defined on [-1, 1] only'),
    partial: (b, [u]) => invSqrt(b, b.sub(one(b), square(b, u!))), latex: ([x]) => `\\arcsin${paren(x!)}`,
  }),
  spec({
    name: 'acos', arity: [1, 1], rule: 'acos', value: ([x]) => Math.acos(x!),
    domain: outside((x) => Math.abs(x) > 1, 'acos is defined on [-1, 1] only'),
    partial: (b, [u]) => b.neg(invSqrt(b, b.sub(one(b), square(b, u!)))), latex: ([x]) => `\\arccos${paren(x!)}`,
  }),
  spec({
    name: 'atan', arity: [1, 1], rule: 'atan', value: ([x]) => Math.atan(x!),
    partial: (b, [u]) => b.div(one(b), b.add(one(b), square(b, u!))), latex: ([x]) => `\\arctan${paren(x!)}`,
  }),
  spec({
    name: 'asec', arity: [1, 1], rule: 'asec', value: ([x]) => Math.acos(1 / x!),
    domain: outside((x) => Math.abs(x) < 1, 'asec is defined for |x| >= 1 only'),
    partial: (b, [u]) =>
      b.div(one(b), b.mul(b.call('abs', [u!]), b.call('sqrt', [b.sub(square(b, u!), one(b))]))),
    latex: ([x]) => `${fn('arcsec')}${paren(x!)}`,
  }),
  spec({
    name: 'acsc', arity: [1, 1], rule: 'acsc', value: ([x]) => Math.asin(1 / x!),
    domain: outside((x) => Math.abs(x) < 1, 'acsc is defined for |x| >= 1 only'),
    partial: (b, [u]) =>
      b.neg(b.div(one(b), b.mul(b.call('abs', [u!]), b.call('sqrt', [b.sub(square(b, u!), one(b))])))),
    latex: ([x]) => `${fn('arccsc')}${paren(x!)}`,
  }),
  spec({
    // acot(x) = atan(1/x), as mathjs defines it (range (−π/2, π/2], jump at 0).
    name: 'acot', arity: [1, 1], rule: 'acot', value: ([x]) => Math.atan(1 / x!),
    partial: (b, [u]) => b.neg(b.div(one(b), b.add(one(b), square(b, u!)))),
    latex: ([x]) => `${fn('arccot')}${paren(x!)}`,
    kink: atZero, convention: "acot jumps by pi at 0 (from -pi/2 to pi/2); acot'(0) = -1, the slope on either side",
  }),
  // Hyperbolic
  spec({
    name: 'sinh', arity: [1, 1], rule: 'sinh', value: ([x]) => Math.sinh(x!),
    partial: (b, [u]) => b.call('cosh', [u!]), latex: ([x]) => `\\sinh${paren(x!)}`,
  }),
  spec({
    name: 'cosh', arity: [1, 1], rule: 'cosh', value: ([x]) => Math.cosh(x!),
    partial: (b, [u]) => b.call('sinh', [u!]), latex: ([x]) => `\\cosh${paren(x!)}`,
  }),
  spec({
    name: 'tanh', arity: [1, 1], rule: 'tanh', value: ([x]) => Math.tanh(x!),
    partial: (b, _args, self) => b.sub(one(b), square(b, self)), latex: ([x]) => `\\tanh${paren(x!)}`,
  }),
  spec({
    name: 'sech', arity: [1, 1], rule: 'sech', value: ([x]) => 1 / Math.cosh(x!),
    partial: (b, [u], self) => b.neg(b.mul(self, b.call('tanh', [u!]))), latex: ([x]) => `${fn('sech')}${paren(x!)}`,
  }),
  spec({
    name: 'csch', arity: [1, 1], rule: 'csch', value: ([x]) => 1 / Math.sinh(x!),
    domain: outside((x) => x === 0, 'csch is undefined at 0'),
    partial: (b, [u], self) => b.neg(b.mul(self, b.call('coth', [u!]))), latex: ([x]) => `${fn('csch')}${paren(x!)}`,
  }),
  spec({
    name: 'coth', arity: [1, 1], rule: 'coth', value: ([x]) => 1 / Math.tanh(x!),
    domain: outside((x) => x === 0, 'coth is undefined at 0'),
    partial: (b, _args, self) => b.sub(one(b), square(b, self)), latex: ([x]) => `\\coth${paren(x!)}`,
  }),
  spec({
    name: 'asinh', arity: [1, 1], rule: 'asinh', value: ([x]) => Math.asinh(x!),
    partial: (b, [u]) => invSqrt(b, b.add(square(b, u!), one(b))), latex: ([x]) => `${fn('arsinh')}${paren(x!)}`,
  }),
  spec({
    name: 'acosh', arity: [1, 1], rule: 'acosh', value: ([x]) => Math.acosh(x!),
    domain: outside((x) => x < 1, 'acosh is defined for arguments >= 1 only'),
    partial: (b, [u]) => invSqrt(b, b.sub(square(b, u!), one(b))), latex: ([x]) => `${fn('arcosh')}${paren(x!)}`,
  }),
  spec({
    name: 'atanh', arity: [1, 1], rule: 'atanh', value: ([x]) => Math.atanh(x!),
    domain: outside((x) => Math.abs(x) >= 1, 'atanh is defined on (-1, 1) only'),
    partial: (b, [u]) => b.div(one(b), b.sub(one(b), square(b, u!))), latex: ([x]) => `${fn('artanh')}${paren(x!)}`,
  }),
  spec({
    name: 'asech', arity: [1, 1], rule: 'asech', value: ([x]) => Math.acosh(1 / x!),
    domain: outside((x) => x <= 0 || x > 1, 'asech is defined on (0, 1] only'),
    partial: (b, [u]) =>
      b.neg(b.div(one(b), b.mul(u!, b.call('sqrt', [b.sub(one(b), square(b, u!))])))),
    latex: ([x]) => `${fn('arsech')}${paren(x!)}`,
  }),
  spec({
    name: 'acsch', arity: [1, 1], rule: 'acsch', value: ([x]) => Math.asinh(1 / x!),
    domain: outside((x) => x === 0, 'acsch is undefined at 0'),
    partial: (b, [u]) =>
      b.neg(b.div(one(b), b.mul(b.call('abs', [u!]), b.call('sqrt', [b.add(one(b), square(b, u!))])))),
    latex: ([x]) => `${fn('arcsch')}${paren(x!)}`,
  }),
  spec({
    name: 'acoth', arity: [1, 1], rule: 'acoth', value: ([x]) => Math.atanh(1 / x!),
    domain: outside((x) => Math.abs(x) <= 1, 'acoth is defined for |x| > 1 only'),
    partial: (b, [u]) => b.div(one(b), b.sub(one(b), square(b, u!))), latex: ([x]) => `${fn('arcoth')}${paren(x!)}`,
  }),
  spec({
    name: 'erf', arity: [1, 1], rule: 'erf', value: ([x]) => erf(x!),
    // d/dx erf(x) = 2/√π · e^(−x²)
    partial: (b, [u]) =>
      b.mul(b.div(b.constant(2), b.call('sqrt', [b.call('pi', [])])), b.call('exp', [b.neg(square(b, u!))])),
    latex: ([x]) => `${fn('erf')}${paren(x!)}`,
  }),
  // The neural-network set
  spec({
    name: 'sigmoid', arity: [1, 1], rule: 'sigmoid', value: ([x]) => sigmoid(x!),
    partial: (b, _args, self) => b.mul(self, b.sub(one(b), self)), latex: ([x]) => `\\sigma${paren(x!)}`,
  }),
  spec({
    name: 'relu', arity: [1, 1], rule: 'relu', value: ([x]) => Math.max(x!, 0),
    partial: (b, [u]) => b.call('step', [u!]), latex: ([x]) => `${fn('ReLU')}${paren(x!)}`,
    kink: atZero, convention: "relu'(0) = 0",
  }),
  spec({
    name: 'leakyRelu', arity: [1, 2], defaults: [0.01], rule: 'leaky-relu',
    value: ([x, alpha]) => (x! > 0 ? x! : alpha! * x!),
    partial: (b, args, _self, i) => {
      const [u, alpha] = args as [NodeId, NodeId];
      const below = b.sub(one(b), b.call('step', [u]));
      // x > 0: slope 1; otherwise alpha (the left slope at 0, as relu'(0) = 0).
      return i === 0 ? b.add(b.call('step', [u]), b.mul(alpha, below)) : b.mul(below, u);
    },
    latex: ([x, alpha]) => `${fn('LeakyReLU')}_{${alpha}}${paren(x!)}`,
    kink: ([x, alpha]) => x === 0 && alpha !== 1, convention: "leakyRelu'(0) = alpha",
  }),
  spec({
    name: 'softplus', arity: [1, 1], rule: 'softplus', value: ([x]) => softplus(x!),
    partial: (b, [u]) => b.call('sigmoid', [u!]), latex: ([x]) => `${fn('softplus')}${paren(x!)}`,
  }),
  spec({
    name: 'elu', arity: [1, 2], defaults: [1], rule: 'elu',
    value: ([x, alpha]) => (x! > 0 ? x! : alpha! * Math.expm1(x!)),
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
  spec({
    name: 'max', arity: [1, Infinity], rule: 'max', value: (args) => Math.max(...args),
    partial: (b, args, _self, i) => extremePartial(b, args, i, 'max'),
    latex: (args) => `\\max${paren(args.join(', '))}`,
    kink: (args) => isTie(args, Math.max(...args)), convention: 'a tie splits the gradient equally among the tied arguments',
  }),
  spec({
    name: 'min', arity: [1, Infinity], rule: 'min', value: (args) => Math.min(...args),
    partial: (b, args, _self, i) => extremePartial(b, args, i, 'min'),
    latex: (args) => `\\min${paren(args.join(', '))}`,
    kink: (args) => isTie(args, Math.min(...args)), convention: 'a tie splits the gradient equally among the tied arguments',
  }),
  // Helpers that derivatives are written with. Their own derivative is 0 away from their jump.
  spec({
    name: 'step', arity: [1, 1], rule: 'step', value: ([x]) => (x! > 0 ? 1 : 0), helper: true,
    partial: (b) => b.constant(0), latex: ([x]) => `H${paren(x!)}`,
    kink: atZero, convention: 'step(0) = 0',
  }),
  spec({
    name: 'heaviside', arity: [1, 1], rule: 'heaviside', value: ([x]) => (x! > 0 ? 1 : x! < 0 ? 0 : 0.5), helper: true,
    partial: (b) => b.constant(0), latex: ([x]) => `H_{\\frac{1}{2}}${paren(x!)}`,
    kink: atZero, convention: 'heaviside(0) = 1/2',
  }),
  spec({
    name: 'maxShare', arity: [2, Infinity], rule: 'max', value: ([u, ...all]) => share(u!, all, Math.max(...all)), helper: true,
    partial: (b) => b.constant(0), latex: (args) => `${fn('maxShare')}${paren(args.join(', '))}`,
    kink: ([, ...all]) => isTie(all, Math.max(...all)), convention: 'the share at a tie is 1/k for k tied arguments',
  }),
  spec({
    name: 'minShare', arity: [2, Infinity], rule: 'min', value: ([u, ...all]) => share(u!, all, Math.min(...all)), helper: true,
    partial: (b) => b.constant(0), latex: (args) => `${fn('minShare')}${paren(args.join(', '))}`,
    kink: ([, ...all]) => isTie(all, Math.min(...all)), convention: 'the share at a tie is 1/k for k tied arguments',
  }),
  spec({
    name: 'sign', arity: [1, 1], rule: 'sign', value: ([x]) => Math.sign(x!), helper: true,
    partial: (b) => b.constant(0), latex: ([x]) => `\\operatorname{sign}${paren(x!)}`,
    kink: atZero, convention: 'sign(0) = 0',
  }),
  // The constants pi and e as zero-argument calls: they print as `pi` and `e` and stay exact.
  spec({
    name: 'pi', arity: [0, 0], rule: 'constant', value: () => Math.PI, helper: true,
    partial: (b) => b.constant(0), latex: () => '\\pi',
  }),
  spec({
    name: 'e', arity: [0, 0], rule: 'constant', value: () => Math.E, helper: true,
    partial: (b) => b.constant(0), latex: () => 'e',
  }),
]);

/** The functions users can call, without the helpers that only appear inside derivatives. */
export function functionNames(): string[] {
  return [...FUNCTIONS.values()].filter((s) => !s.helper || s.name === 'sign').map((s) => s.name);
}
