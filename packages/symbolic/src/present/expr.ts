import { create, parseDependencies, type MathNode } from 'mathjs/number';
import { SymbolicError } from '../errors.js';

/** One factor of a product: a base raised to a numeric power (negative powers are denominators). */
export interface Factor {
  readonly base: Expr;
  readonly exp: number;
}

/**
 * A presentation expression in canonical form: sums of terms, products of factors with numeric
 * powers and a numeric coefficient, function calls, and powers whose exponent is not a number.
 */
export type Expr =
  | { readonly k: 'num'; readonly v: number }
  | { readonly k: 'sym'; readonly name: string }
  | { readonly k: 'call'; readonly name: string; readonly args: readonly Expr[] }
  | { readonly k: 'pow'; readonly base: Expr; readonly exp: Expr }
  | { readonly k: 'add'; readonly terms: readonly Expr[] }
  | { readonly k: 'mul'; readonly coef: number; readonly factors: readonly Factor[] };

const keys = new WeakMap<object, string>();

/** A canonical key: two expressions with the same key are the same expression up to order. */
export function key(e: Expr): string {
  const cached = keys.get(e);
  if (cached !== undefined) return cached;
  let k: string;
  switch (e.k) {
    case 'num': k = `${e.v}`; break;
    case 'sym': k = e.name; break;
    case 'call': k = `${e.name}(${e.args.map(key).join(',')})`; break;
    case 'pow': k = `(${key(e.base)})^(${key(e.exp)})`; break;
    case 'add': k = `+[${e.terms.map(key).sort().join(';')}]`; break;
    case 'mul': k = `*${e.coef}[${e.factors.map((f) => `${key(f.base)}^${f.exp}`).sort().join(';')}]`; break;
  }
  keys.set(e, k);
  return k;
}

/** A number. */
export const num = (v: number): Expr => ({ k: 'num', v });
/** A symbol. */
export const sym = (name: string): Expr => ({ k: 'sym', name });

/** A term as coefficient times monomial (the monomial is `undefined` for a bare number). */
function splitTerm(t: Expr): { coef: number; mono: Expr | undefined } {
  if (t.k === 'num') return { coef: t.v, mono: undefined };
  if (t.k !== 'mul') return { coef: 1, mono: t };
  // Cached (expressions never change): rebuilding a monomial re-reads its nested sums, and sorting
  // and collecting ask for each term's many times, which was exponential in the nesting depth.
  const cached = splits.get(t);
  if (cached !== undefined) return cached;
  const split = { coef: t.coef, mono: t.coef === 1 ? t : mul(t.factors) };
  splits.set(t, split);
  return split;
}

const splits = new WeakMap<Expr, { coef: number; mono: Expr | undefined }>();
const signs = new WeakMap<Expr, { base: Expr; sign: number }>();

/** A sum with like terms collected and zero terms dropped. */
export function add(terms: readonly Expr[]): Expr {
  const flat: Expr[] = [];
  for (const t of terms) {
    if (t.k === 'add') flat.push(...t.terms);
    else flat.push(t);
  }
  const collected = new Map<string, { coef: number; mono: Expr | undefined }>();
  for (const t of flat) {
    const { coef, mono } = splitTerm(t);
    const k = mono === undefined ? '#' : key(mono);
    const entry = collected.get(k);
    if (entry === undefined) collected.set(k, { coef, mono });
    else entry.coef += coef;
  }
  const out: Expr[] = [];
  for (const { coef, mono } of collected.values()) {
    if (Math.abs(coef) < 1e-12) continue;
    out.push(mono === undefined ? num(coef) : scale(coef, mono));
  }
  if (out.length === 0) return num(0);
  if (out.length === 1) return out[0]!;
  return pythagoras(out) ?? { k: 'add', terms: out };
}

/** Pairs whose squares sum to one: `sin(u)^2` with `cos(u)^2`, and `cosh(u)^2` with `-sinh(u)^2`. */
const SQUARES: readonly (readonly [string, string, number, Expr | undefined])[] = [
  ['sin', 'cos', 1, undefined], ['cosh', 'sinh', -1, undefined], ['cos', 'sin', -1, { k: 'sym', name: 'cos' }], ['cosh', 'sinh', 1, { k: 'sym', name: 'cosh' }],
];

/** The sum with `c·m·sin(u)^2 + c·m·cos(u)^2` as `c·m` (and `cosh^2 − sinh^2` as 1), or undefined when there is none. */
function pythagoras(terms: readonly Expr[]): Expr | undefined {
  for (const [first, second, sign, doubled] of SQUARES) {
    const square = (t: Expr, name: string): Expr | undefined => {
      if (t.k !== 'mul') return undefined;
      const f = t.factors.find((x) => x.exp === 2 && x.base.k === 'call' && x.base.name === name);
      return f === undefined ? undefined : (f.base as Extract<Expr, { k: 'call' }>).args[0];
    };
    for (let i = 0; i < terms.length; i++) {
      const u = square(terms[i]!, first);
      if (u === undefined) continue;
      const rest = mul([{ base: terms[i]!, exp: 1 }, { base: call(first, [u]), exp: -2 }]);
      const partner = key(mul([{ base: rest, exp: 1 }, { base: num(sign), exp: 1 }, { base: call(second, [u]), exp: 2 }]));
      const j = terms.findIndex((t) => key(t) === partner);
      if (j < 0) continue;
      // cos(u)^2 − sin(u)^2 is cos(2u), cosh(u)^2 + sinh(u)^2 is cosh(2u); the other pairs sum to 1.
      const value = doubled === undefined ? rest : mul([{ base: rest, exp: 1 }, { base: call((doubled as { name: string }).name, [scale(2, u)]), exp: 1 }]);
      return add([...terms.filter((_, k) => k !== i && k !== j), value]);
    }
  }
  return undefined;
}

/** `coef` times an expression. */
export function scale(coef: number, e: Expr): Expr {
  return mul([{ base: num(coef), exp: 1 }, { base: e, exp: 1 }]);
}

function mulOf(coef: number, factors: readonly Factor[]): Expr {
  return { k: 'mul', coef, factors };
}

/** A sum whose first term (by key) is negative, negated: `1 - a` and `a - 1` share one base. */
function signOf(base: Expr): { base: Expr; sign: number } {
  if (base.k !== 'add') return { base, sign: 1 };
  const cached = signs.get(base);
  if (cached !== undefined) return cached;
  const signed = leadingSign(base);
  signs.set(base, signed);
  return signed;
}

function leadingSign(base: Expr & { k: 'add' }): { base: Expr; sign: number } {
  // The leading term by its monomial (not its coefficient), so a sum and its negation agree on it.
  const monoKey = (t: Expr): string => { const m = splitTerm(t).mono; return m === undefined ? '#' : key(m); };
  const first = [...base.terms].sort((a, b) => (monoKey(a) < monoKey(b) ? -1 : 1))[0]!;
  if (splitTerm(first).coef >= 0) return { base, sign: 1 };
  return { base: add(base.terms.map((t) => scale(-1, t))), sign: -1 };
}

/** Adds `base ^ exp` to a product being collected, flattening products and integer powers of them. */
function absorb(acc: { coef: number; map: Map<string, { base: Expr; exp: number }> }, base: Expr, exp: number): void {
  if (base.k === 'num') {
    acc.coef *= base.v ** exp;
    return;
  }
  if (base.k === 'mul' && (Number.isInteger(exp) || base.coef > 0)) {
    acc.coef *= base.coef ** exp;
    for (const f of base.factors) absorb(acc, f.base, f.exp * exp);
    return;
  }
  const signed = Number.isInteger(exp) ? signOf(base) : { base, sign: 1 };
  if (signed.sign < 0) acc.coef *= (-1) ** exp;
  const k = key(signed.base);
  const entry = acc.map.get(k);
  if (entry === undefined) acc.map.set(k, { base: signed.base, exp });
  else entry.exp += exp;
}

/** A product with numbers multiplied, like factors collected and cancelled factors dropped. */
export function mul(factors: readonly Factor[]): Expr {
  const acc = { coef: 1, map: new Map<string, { base: Expr; exp: number }>() };
  for (const f of factors) absorb(acc, f.base, f.exp);
  const out = quotients([...acc.map.values()].filter((f) => Math.abs(f.exp) > 1e-12));
  if (acc.coef === 0) return num(0);
  if (out.length === 0) return num(acc.coef);
  if (out.length === 1 && acc.coef === 1 && out[0]!.exp === 1) return out[0]!.base;
  return mulOf(acc.coef, out);
}

/** Ratios with a name of their own: sin(u)^k / cos(u)^k is tan(u)^k, sinh/cosh is tanh. */
const RATIOS: readonly (readonly [string, string, string])[] = [['sin', 'cos', 'tan'], ['sinh', 'cosh', 'tanh']];

function quotients(factors: { base: Expr; exp: number }[]): { base: Expr; exp: number }[] {
  for (const [top, bottom, name] of RATIOS) {
    for (const f of factors) {
      if (f.base.k !== 'call' || f.base.name !== top) continue;
      const partner = key(call(bottom, f.base.args));
      const g = factors.find((x) => x.exp === -f.exp && key(x.base) === partner);
      if (g === undefined) continue;
      return quotients([...factors.filter((x) => x !== f && x !== g), { base: call(name, f.base.args), exp: f.exp }]);
    }
  }
  return factors;
}

/** `base ^ exp`: a numeric exponent becomes a product factor; `e ^ x` and `x ^ x` stay powers. */
export function pow(base: Expr, exp: Expr): Expr {
  if (exp.k === 'num') return mul([{ base, exp: exp.v }]);
  return { k: 'pow', base, exp };
}

/** A function call; `log(e)` is 1 and `sqrt(u)` is `u ^ (1/2)`. */
export function call(name: string, args: readonly Expr[]): Expr {
  if (name === 'sqrt' && args.length === 1) return pow(args[0]!, num(0.5));
  if (name === 'log' && args.length === 1 && args[0]!.k === 'sym' && args[0]!.name === 'e') return num(1);
  if (name === 'log' && args.length === 1 && args[0]!.k === 'num' && args[0]!.v === 1) return num(0);
  if (name === 'exp' && args.length === 1 && args[0]!.k === 'num' && args[0]!.v === 0) return num(1);
  return { k: 'call', name, args };
}

let parseMath: ((text: string) => MathNode) | undefined;

/** Converts mathjs's tree of bp's printed text into a canonical {@link Expr}. */
function fromNode(node: MathNode): Expr {
  const n = node as MathNode & { op?: string; fn?: { name?: string } | string; args?: MathNode[]; content?: MathNode; value?: unknown; name?: string };
  switch (node.type) {
    case 'ConstantNode': return num(Number(n.value));
    case 'SymbolNode': return sym(n.name!);
    case 'ParenthesisNode': return fromNode(n.content!);
    case 'FunctionNode': return call(typeof n.fn === 'string' ? n.fn : n.fn!.name!, n.args!.map(fromNode));
    case 'OperatorNode': {
      const a = n.args!.map(fromNode);
      switch (n.fn as unknown as string) {
        case 'add': return add(a);
        case 'subtract': return add([a[0]!, scale(-1, a[1]!)]);
        case 'unaryMinus': return scale(-1, a[0]!);
        case 'unaryPlus': return a[0]!;
        case 'multiply': return mul(a.map((base) => ({ base, exp: 1 })));
        case 'divide': return mul([{ base: a[0]!, exp: 1 }, { base: a[1]!, exp: -1 }]);
        case 'pow': return pow(a[0]!, a[1]!);
      }
    }
  }
  throw new SymbolicError('invalid-argument', `presentation cannot read ${node.type}`, { start: 0, end: 0 });
}

/**
 * Reads bp's printed text (mathjs syntax) as a canonical expression.
 * @throws {SymbolicError} `invalid-argument` for syntax outside bp's printed forms.
 * @example
 * key(readExpr('2 * x / (2 * y)')) === key(readExpr('x / y')); // → true
 */
export function readExpr(text: string): Expr {
  parseMath ??= create({ parseDependencies: parseDependencies! }).parse as (text: string) => MathNode;
  return fromNode(parseMath(text));
}
