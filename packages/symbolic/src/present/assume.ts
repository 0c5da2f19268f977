import type { Assumption } from '../assumption.js';
import { add, call, type Expr, mul, num, pow, scale, sym } from './expr.js';

/** A term's coefficient when it is a number times the input `name` alone, else undefined. */
function multipleOfInput(t: Expr, name: string): number | undefined {
  if (t.k === 'sym') return t.name === name ? 1 : undefined;
  if (t.k !== 'mul' || t.factors.length !== 1) return undefined;
  const [f] = t.factors;
  return f!.exp === 1 && f!.base.k === 'sym' && f!.base.name === name ? t.coef : undefined;
}

/** A sum holding k·(every summed input) with that sum replaced by k times its total, or the sum unchanged. */
function replaceSum(e: Extract<Expr, { k: 'add' }>, a: Assumption): Expr {
  const taken = new Set<Expr>();
  let k: number | undefined;
  for (const name of a.variables) {
    const term = e.terms.find((t) => !taken.has(t) && multipleOfInput(t, name) !== undefined);
    const c = term === undefined ? undefined : multipleOfInput(term, name);
    if (c === undefined || (k !== undefined && c !== k)) return e;
    k = c;
    taken.add(term!);
  }
  return add([...e.terms.filter((t) => !taken.has(t)), num(k! * a.total)]);
}

/**
 * Every sum of the assumed inputs (times one number) replaced by that number times their total:
 * with y_a + y_b + y_c = 1, p_b·(y_a + y_b + y_c) − y_b → p_b − y_b.
 */
function replaceSums(e: Expr, a: Assumption): Expr {
  switch (e.k) {
    case 'call': return call(e.name, e.args.map((x) => replaceSums(x, a)));
    case 'pow': return pow(replaceSums(e.base, a), replaceSums(e.exp, a));
    case 'mul': return mul([{ base: num(e.coef), exp: 1 }, ...e.factors.map((f) => ({ base: replaceSums(f.base, a), exp: f.exp }))]);
    case 'add': {
      const inner = add(e.terms.map((t) => replaceSums(t, a)));
      return inner.k === 'add' ? replaceSum(inner, a) : inner;
    }
    default: return e;
  }
}

/** The expression with the input `name` replaced by `by` everywhere. */
function substitute(e: Expr, name: string, by: Expr): Expr {
  switch (e.k) {
    case 'sym': return e.name === name ? by : e;
    case 'call': return call(e.name, e.args.map((x) => substitute(x, name, by)));
    case 'pow': return pow(substitute(e.base, name, by), substitute(e.exp, name, by));
    case 'mul': return mul([{ base: num(e.coef), exp: 1 }, ...e.factors.map((f) => ({ base: substitute(f.base, name, by), exp: f.exp }))]);
    case 'add': return add(e.terms.map((t) => substitute(t, name, by)));
    default: return e;
  }
}

/**
 * The ways an assumption can rewrite an expression, for the caller to simplify and pick the
 * shortest: each whole sum of the assumed inputs replaced by its total, and each assumed input
 * solved for in turn (y_b = 1 − y_a − y_c turns (y_b·e^a + y_c·e^a − y_a·e^b − y_a·e^c)/s into
 * e^a/s − y_a).
 */
export function assumptionRewrites(e: Expr, a: Assumption): Expr[] {
  const solved = a.variables.map((name) => {
    const others = a.variables.filter((v) => v !== name).map((v) => scale(-1, sym(v)));
    return substitute(e, name, add([num(a.total), ...others]));
  });
  return [replaceSums(e, a), ...solved];
}
