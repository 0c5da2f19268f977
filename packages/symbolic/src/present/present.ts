import type { Assumption } from '../assumption.js';
import { assumptionRewrites } from './assume.js';
import { add, call, type Expr, type Factor, key, mul, pow, readExpr, sym } from './expr.js';
import { countOps, printExpr } from './print.js';
import { apart } from './poly.js';
import { simplifyExpr, simplifyParts } from './simplify.js';

/** Derivative text longer than this is left in bp's compact form: the presentation rules are for short results. */
export const PRESENT_CHARACTERS = 1_500;

/** A named intermediate of a program, spelled out in the inputs. */
export interface NamedDefinition {
  readonly name: string;
  readonly text: string;
}

/** A derivative as a teacher writes it. */
export interface Presentation {
  /** In the inputs alone. */
  readonly inputs: string;
  /** In the program's names where a subexpression is a named intermediate (equal to `inputs` without names). */
  readonly named: string;
  /** Operations of `inputs`, counted as SymPy's `count_ops` counts them. */
  readonly ops: number;
  /** With assumptions that change it: both forms using them, and which were used (as written by bp). */
  readonly assumed?: { readonly inputs: string; readonly named: string; readonly used: readonly string[] };
}

/** Whether a product holds `k` copies of every factor of `def` (a product): then they are `name ^ k`. */
function multipleOf(term: Extract<Expr, { k: 'mul' }>, def: Extract<Expr, { k: 'mul' }>): number | undefined {
  const here = new Map(term.factors.map((f) => [key(f.base), f.exp] as const));
  let k: number | undefined;
  for (const f of def.factors) {
    const e = here.get(key(f.base));
    if (e === undefined) return undefined;
    const ratio = e / f.exp;
    if (!Number.isInteger(ratio) || ratio <= 0) return undefined;
    k = k === undefined ? ratio : Math.min(k, ratio);
  }
  if (k === undefined || (def.coef !== 1 && def.coef ** k !== 1)) return undefined;
  return k;
}

/** Replaces subexpressions equal to a named intermediate by its name, largest definitions first. */
function fold(e: Expr, defs: readonly { name: string; expr: Expr; key: string }[]): Expr {
  for (const d of defs) if (key(e) === d.key) return sym(d.name);
  switch (e.k) {
    case 'call': return call(e.name, e.args.map((a) => fold(a, defs)));
    case 'pow': return pow(fold(e.base, defs), fold(e.exp, defs));
    case 'add': return add(e.terms.map((t) => fold(t, defs)));
    case 'mul': {
      let factors: Factor[] = [...e.factors];
      let current: Extract<Expr, { k: 'mul' }> = e;
      for (const d of defs) {
        if (d.expr.k !== 'mul') continue;
        const k = multipleOf(current, d.expr);
        if (k === undefined) continue;
        const taken = new Map(d.expr.factors.map((f) => [key(f.base), f.exp * k] as const));
        factors = factors.map((f) => ({ base: f.base, exp: f.exp - (taken.get(key(f.base)) ?? 0) })).filter((f) => f.exp !== 0);
        factors.push({ base: sym(d.name), exp: k });
        current = { k: 'mul', coef: current.coef, factors };
      }
      return mul([{ base: { k: 'num', v: current.coef }, exp: 1 }, ...current.factors.map((f) => ({ base: fold(f.base, defs), exp: f.exp }))]);
    }
    default: return e;
  }
}

const definitionExprs = new WeakMap<NamedDefinition, Expr>();

/** A definition's simplified form, once per definition object (a program's are reused for each of its inputs). */
function definitionExpr(n: NamedDefinition): Expr {
  let e = definitionExprs.get(n);
  if (e === undefined) {
    e = simplifyExpr(readExpr(n.text));
    definitionExprs.set(n, e);
  }
  return e;
}

/** Most further rounds of {@link settle}. */
const ROUNDS = 3;

/**
 * Applies a rewrite again while it makes the expression shorter: one round's result can expose
 * what the next finds (factoring exp(b) out of a numerator leaves exp(b)/s, which is p_b).
 */
function settle(e: Expr, rewrite: (e: Expr) => Expr): Expr {
  let current = e;
  let ops = countOps(e);
  for (let round = 0; round < ROUNDS; round++) {
    const next = rewrite(current);
    const n = countOps(next);
    if (n >= ops) break;
    current = next;
    ops = n;
  }
  return current;
}

/**
 * The derivative as a teacher writes it: common factors cancelled, like factors and terms
 * collected, `log(e)` as 1, negative powers as fractions, a common denominator only when shorter,
 * and in the program's names where a subexpression is a named intermediate (so softmax with
 * cross-entropy reads `p_b - 1`, a sigmoid with binary cross-entropy `a - y`). With assumptions,
 * `assumed` gives the forms that use them (labels summing to 1 turn `p_b·(y_a + y_b + y_c) − y_b`
 * into `p_b − y_b`), kept apart from the exact forms.
 * @example
 * presentDerivative('2 * x / (2 * sqrt(x ^ 2 + y ^ 2))').inputs; // → 'x / sqrt(x ^ 2 + y ^ 2)'
 */
export function presentDerivative(text: string, names: readonly NamedDefinition[] = [], assumptions: readonly Assumption[] = []): Presentation {
  // Names match single exponentials (p_b = exp(b)/s), so exponentials are not merged when there are names to fold.
  const options = { mergeExponentials: names.length === 0, memo: new Map<string, Expr>() };
  // A further pass: the parts again, or the whole split into a symbolic part and a fraction
  // (tried here only, once per pass, since dividing by each lead in turn is costly).
  const again = (x: Expr): Expr => {
    const parts = simplifyParts(x, options);
    const split = apart(x, true);
    const whole = split === x ? parts : simplifyExpr(split, options);
    return countOps(whole) < countOps(parts) ? whole : parts;
  };
  const simplify = (e: Expr): Expr => settle(simplifyExpr(e, options), again);
  const simplified = simplify(readExpr(text));
  const defs = names
    .map((n) => ({ name: n.name, expr: definitionExpr(n) }))
    .filter((d) => d.expr.k !== 'sym' && d.expr.k !== 'num')
    .map((d) => ({ ...d, key: key(d.expr), size: countOps(d.expr) }))
    .sort((a, b) => b.size - a.size);
  // Simplifying after folding can gather factors into a name's shape (exp(b)·Σy/s → p_b·Σy), so
  // names are folded again while that finds one.
  const refold = (x: Expr): Expr => {
    const folded = fold(x, defs);
    return key(folded) === key(x) ? x : simplifyExpr(folded, options);
  };
  const withNames = (e: Expr): Expr => (defs.length === 0 ? e : settle(simplifyExpr(fold(e, defs), options), refold));
  const named = withNames(simplified);
  const presentation = { inputs: printExpr(simplified), named: printExpr(named), ops: countOps(simplified) };
  const used = new Set<string>();
  // An assumption is used only where it makes the form shorter, and then the form says so.
  const assume = (e: Expr): Expr => {
    let current = e;
    for (const a of assumptions) {
      const candidates = assumptionRewrites(current, a).map(simplify);
      const shortest = candidates.reduce((best, c) => (countOps(c) < countOps(best) ? c : best), current);
      if (shortest === current) continue;
      used.add(a.text);
      current = shortest;
    }
    return current;
  };
  if (assumptions.length === 0) return presentation;
  const inputs = assume(simplified);
  const namedOnly = assume(named);
  if (used.size === 0) return presentation;
  const namedAssumed = [withNames(inputs), withNames(namedOnly)].sort((a, b) => countOps(a) - countOps(b))[0]!;
  return { ...presentation, assumed: { inputs: printExpr(inputs), named: printExpr(namedAssumed), used: [...used] } };
}
