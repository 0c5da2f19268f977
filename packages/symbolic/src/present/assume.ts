import type { Assumption } from '../assumption.js';
import { add, call, type Expr, mul, num, pow } from './expr.js';

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
export function applyAssumption(e: Expr, a: Assumption): Expr {
  switch (e.k) {
    case 'call': return call(e.name, e.args.map((x) => applyAssumption(x, a)));
    case 'pow': return pow(applyAssumption(e.base, a), applyAssumption(e.exp, a));
    case 'mul': return mul([{ base: num(e.coef), exp: 1 }, ...e.factors.map((f) => ({ base: applyAssumption(f.base, a), exp: f.exp }))]);
    case 'add': {
      const inner = add(e.terms.map((t) => applyAssumption(t, a)));
      return inner.k === 'add' ? replaceSum(inner, a) : inner;
    }
    default: return e;
  }
}
