/**
 * What one operation is, for every part of bp that meets it: the arithmetic operators and the
 * functions are each one object of these types, so no other module switches on the operation.
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
  /** The number a node holds when it is a literal constant (lets a rule treat 0^b apart); absent: never known. */
  numberOf?(id: NodeId): number | undefined;
}

/**
 * The arithmetic an operation's field form is written with: plain numbers, numbers rounded to
 * float32 after every operation, or complex numbers for the complex-step check (@bp/verify's
 * `Field` is one). `real` reads the real part, for branches such as relu's.
 */
export interface ScalarField<T> {
  constant(value: number): T;
  real(value: T): number;
  add(a: T, b: T): T;
  sub(a: T, b: T): T;
  mul(a: T, b: T): T;
  div(a: T, b: T): T;
  neg(a: T): T;
  pow(a: T, b: T): T;
  exp(a: T): T;
  log(a: T): T;
  sqrt(a: T): T;
  sin(a: T): T;
  cos(a: T): T;
  tan(a: T): T;
  sinh(a: T): T;
  cosh(a: T): T;
  tanh(a: T): T;
  atan(a: T): T;
}

/**
 * An operation written over any {@link ScalarField}: on complex numbers it is the analytic
 * continuation the complex step differentiates, on real numbers the value.
 */
export type FieldForm = <T>(args: readonly T[], F: ScalarField<T>) => T;

/**
 * Code for one call in a compiled kernel: a JavaScript expression of the arguments' code (slot
 * names and numeric literals, never source text). `callee` names another function's scalar
 * implementation (gelu calls erf's) and `literals` holds each argument's value when it is a number.
 */
export type InlineCode = (args: readonly string[], callee: (name: string) => string, literals: readonly (number | undefined)[]) => string | undefined;

/** Binding strength of printed text, loosest first: a part is parenthesised when it binds looser than its place needs. */
export enum Level {
  Sum = 1,
  Product = 2,
  Unary = 3,
  Power = 4,
  Atom = 5,
}

/** One printed subexpression with what its consumer needs to place it. */
export interface Printed {
  readonly text: string;
  readonly level: Level;
  /** True for a leading minus sign (a negation or a negative number). */
  readonly negative: boolean;
  /** A numeric literal. */
  readonly number?: boolean;
  /** A product whose first factor is a numeric literal. */
  readonly scaled?: boolean;
}

/** What every operation, operator or function, provides. */
export interface OperationSpec {
  /** The rule a derivation step names, given which arguments depend on the variable and which are constants. */
  ruleOf(dependent: readonly boolean[], constant: readonly boolean[]): string;
  /** Value at a point; NaN or ±Infinity means outside the domain. */
  value(args: readonly number[]): number;
  /** ∂f/∂args[i] as a graph, given the argument nodes and the node of f itself. */
  partial(b: Builder, args: readonly NodeId[], self: NodeId, i: number): NodeId;
  /** The same operation on other nodes, through the simplifying constructors. */
  build(b: Builder, args: readonly NodeId[]): NodeId;
  /** Text that mathjs parses back, from the arguments' printed text. */
  text(args: readonly Printed[]): Printed;
  /** KaTeX-compatible LaTeX from the arguments' printed LaTeX. */
  tex(args: readonly Printed[]): Printed;
  /** Whether the point is a kink (the derivative does not exist there); absent when never. */
  kink?(args: readonly number[]): boolean;
  /** The convention followed at a kink, stated in results and write-ups. */
  readonly convention?: string;
  /** Why the arguments are outside the domain, for errors clearer than "NaN"; undefined inside it. */
  domain?(args: readonly number[]): string | undefined;
  /** What the result is called when it overflows ("the sum", "the value of exp"). */
  readonly quantity: string;
  /** A self-contained implementation (it calls nothing but `Math`), which generated code embeds by its source text. */
  readonly scalar: (...args: number[]) => number;
  /** Functions whose scalar implementations {@link scalar} calls by name (gelu calls erf); a generator embeds them too. */
  readonly uses?: readonly string[];
  /** Code written into a kernel instead of a call to {@link scalar}; absent or undefined: call it. */
  readonly inline?: InlineCode;
  /** The form over a field (complex numbers for the complex step); absent when there is none. */
  readonly field?: FieldForm;
  /**
   * Whether the value is surely non-finite when argument `index` is (x + Inf, log(Inf) = Inf,
   * sin(Inf) = NaN; not x / Inf = 0 or exp(-Inf) = 0), given the argument nodes and the numbers
   * known for them; compiled kernels skip testing a node whose non-finite value surely reaches a
   * tested one. Absent: never.
   */
  passesNonFinite?(index: number, args: readonly NodeId[], numberOf: (id: NodeId) => number | undefined): boolean;
  /** Defined and finite for all finite arguments (add, sub, mul, neg), so a graph of these alone needs no domain checks. */
  readonly polynomial?: boolean;
}

/** How one function behaves: everything the parser, differentiator, evaluator, renderers and code generators need. */
export interface FunctionSpec extends OperationSpec {
  readonly name: string;
  /** Fewest and most arguments (Infinity: any number); missing trailing arguments take `defaults`. */
  readonly arity: readonly [number, number];
  readonly defaults?: readonly number[];
  /** The rule id a derivation step names when it differentiates this function. */
  readonly rule: string;
  /** LaTeX of a call given its arguments' LaTeX. */
  latex(args: readonly string[]): string;
  /** Other names the function goes by (mathjs's `PI` for `pi`, `swish` for `silu`); a call by one builds this spec's node. */
  readonly aliases?: readonly string[];
  /** Helpers that appear only in derivatives (step, heaviside, sign), not in the function list users see. */
  readonly helper?: boolean;
  /** The arguments' names in the documentation (`atan2(y, x)`); default x, y, z. */
  readonly parameters?: readonly string[];
  /** One sentence for the documentation's function table. */
  readonly summary?: string;
  /**
   * Where the function is smooth, one list of closed intervals per argument it is tested with,
   * away from kinks, jumps and domain edges (`[on(-3, 3)]`, `[awayFromZero(0.1, 3)]`). The
   * property test draws random points here and checks every partial against finite differences.
   */
  readonly smooth?: readonly Intervals[];
}

/** Closed intervals [low, high] of one argument. */
export type Intervals = readonly (readonly [number, number])[];

/** A function as written in a table of specs: the parts every function shares are filled in by {@link defineFunction}. */
export type FunctionDefinition = Omit<FunctionSpec, 'ruleOf' | 'value' | 'build' | 'text' | 'tex' | 'quantity'> &
  Partial<Pick<FunctionSpec, 'value'>>;

/**
 * A function's spec from its definition: the value is its scalar implementation on the argument
 * list, it prints as `name(args)` (a constant as its name) and rebuilds as a call.
 */
export function defineFunction(d: FunctionDefinition): FunctionSpec {
  const scalar = d.scalar;
  return {
    ...d,
    value: d.value ?? ((args) => scalar(...args)),
    ruleOf: () => d.rule,
    build: (b, args) => b.call(d.name, args),
    text: (args) => ({ text: d.arity[1] === 0 ? d.name : `${d.name}(${args.map((x) => x.text).join(', ')})`, level: Level.Atom, negative: false }),
    tex: (args) => ({ text: d.latex(args.map((x) => x.text)), level: Level.Atom, negative: false }),
    quantity: `the value of ${d.name}`,
  };
}

/** The constant 1, which most local derivatives start from. */
export const one = (b: Builder): NodeId => b.constant(1);
/** u², as local derivatives write it. */
export const squared = (b: Builder, u: NodeId): NodeId => b.pow(u, b.constant(2));
/** `\operatorname{name}`: a function KaTeX has no command for. */
export const operatorName = (name: string): string => `\\operatorname{${name}}`;
/** LaTeX parentheses that grow with their content. */
export const parens = (s: string): string => `\\left(${s}\\right)`;
/** Code that calls `Math.<name>` on the arguments. */
export const math = (name: string): InlineCode => (args) => `Math.${name}(${args.join(', ')})`;
/** A kink at an argument of 0. */
export const atZero = (args: readonly number[]): boolean => args[0] === 0;
/** A domain check on the first argument: `what` when `test` holds. */
export const outside = (test: (x: number) => boolean, what: string) => (args: readonly number[]): string | undefined =>
  test(args[0]!) ? what : undefined;
/** The interval [low, high] as the only one of an argument's {@link FunctionSpec.smooth} intervals. */
export const on = (low: number, high: number): Intervals => [[low, high]];
/** [−high, −low] and [low, high]: both signs, away from 0. */
export const awayFromZero = (low: number, high: number): Intervals => [[-high, -low], [low, high]];
/** {@link OperationSpec.passesNonFinite} of a function of one argument (and only when called with one). */
export const passesWithOneArgument = (_index: number, args: readonly NodeId[]): boolean => args.length === 1;
