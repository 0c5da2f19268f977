import { add, call, type Expr, type Factor, key, mul, pow } from './expr.js';
import { apart, cancelPolynomials } from './poly.js';
import { countOps } from './print.js';

/** Most terms an expansion may produce before it is abandoned (the unexpanded form is kept). */
const MAX_TERMS = 64;

class Budget {
  terms = 0;
  constructor(readonly mergeExponentials: boolean, readonly memo: Map<string, Expr>) {}
  spend(n: number): boolean {
    this.terms += n;
    return this.terms <= MAX_TERMS * 4;
  }
}

/** Whether a sum's terms have denominators: distributing over it first lets them cancel. */
function denominators(e: Expr): number {
  if (e.k !== 'add') return 0;
  return e.terms.reduce((s, t) => s + (t.k === 'mul' ? t.factors.filter((f) => f.exp < 0).length : 0), 0);
}

/**
 * Multiplies out products of sums (positive integer powers), one sum at a time, the one with
 * denominators first, so factors cancel before the rest is multiplied out: a·(1 − a)·(−y/a + …) → −y·(1 − a) + ….
 */
function expand(e: Expr, budget: Budget): Expr {
  if (e.k === 'add') return add(e.terms.map((t) => expand(t, budget)));
  if (e.k !== 'mul') return e;
  const sums = e.factors
    .map((f, i) => ({ f, i }))
    .filter(({ f }) => f.base.k === 'add' && Number.isInteger(f.exp) && f.exp > 0 && f.exp <= 3);
  if (sums.length === 0) return e;
  const { f, i } = sums.sort((a, b) => denominators(b.f.base) - denominators(a.f.base))[0]!;
  const terms = (f.base as Extract<Expr, { k: 'add' }>).terms;
  if (!budget.spend(terms.length)) return e;
  const rest: Factor[] = [{ base: { k: 'num', v: e.coef }, exp: 1 }, ...e.factors.filter((_, j) => j !== i)];
  if (f.exp > 1) rest.push({ base: f.base, exp: f.exp - 1 });
  return add(terms.map((t) => expand(mul([...rest, { base: t, exp: 1 }]), budget)));
}

/** A sum of fractions over one common denominator: 1/x − 1/x² → (x − 1)/x². */
function together(e: Expr, budget: Budget): Expr {
  if (e.k !== 'add') return e;
  const den = new Map<string, Factor>();
  for (const t of e.terms) {
    if (t.k !== 'mul') continue;
    for (const f of t.factors) {
      if (f.exp >= 0) continue;
      const k = key(f.base);
      if ((den.get(k)?.exp ?? 0) > f.exp) den.set(k, f);
    }
  }
  if (den.size === 0) return e;
  const over = [...den.values()].map((f) => ({ base: f.base, exp: -f.exp }));
  const numerator = expand(add(e.terms.map((t) => mul([{ base: t, exp: 1 }, ...over]))), budget);
  return mul([{ base: numerator, exp: 1 }, ...[...den.values()]]);
}

/** The factors every term of a sum shares, taken out: 2·s·c² − s³ → s·(2·c² − s²). */
function factorCommon(e: Expr, budget?: Budget): Expr {
  if (e.k !== 'add') return e;
  const factorsOf = (t: Expr): Factor[] => (t.k === 'mul' ? [...t.factors] : t.k === 'num' ? [] : [{ base: t, exp: 1 }]);
  const lists = e.terms.map(factorsOf);
  const common = new Map<string, Factor>();
  for (const f of lists[0]!) common.set(key(f.base), f);
  for (const list of lists.slice(1)) {
    const here = new Map(list.map((f) => [key(f.base), f] as const));
    for (const [k, f] of common) {
      const g = here.get(k);
      if (g === undefined || Math.sign(g.exp) !== Math.sign(f.exp) || !Number.isInteger(g.exp - f.exp)) common.delete(k);
      else if (Math.abs(g.exp) < Math.abs(f.exp)) common.set(k, g);
    }
  }
  if (common.size === 0) return e;
  const out = [...common.values()];
  const inverse = out.map((f) => ({ base: f.base, exp: -f.exp }));
  const quotient = add(e.terms.map((t) => mul([{ base: t, exp: 1 }, ...inverse])));
  const expanded = budget === undefined ? quotient : expand(quotient, budget);
  const inner = countOps(expanded) < countOps(quotient) ? expanded : quotient;
  return mul([...out, { base: inner, exp: 1 }]);
}

/**
 * A sum that several terms multiply taken out as a factor, with the terms that add up to a
 * multiple of it: 2x·(1 − t²) + 1 − t² → (2x + 1)·(1 − t²).
 */
function factorBySum(e: Expr): Expr {
  if (e.k !== 'add') return e;
  for (const t of e.terms) {
    const sums = t.k === 'mul' ? t.factors.filter((f) => f.base.k === 'add' && f.exp >= 1) : [];
    for (const { base: sum } of sums) {
      const k = key(sum);
      const holds = (u: Expr): boolean => u.k === 'mul' && u.factors.some((f) => key(f.base) === k && f.exp >= 1);
      const quotients = e.terms.filter(holds).map((u) => mul([{ base: u, exp: 1 }, { base: sum, exp: -1 }]));
      const others = e.terms.filter((u) => !holds(u));
      const rest = add(others);
      const multiple = [1, -1, 2, -2].find((c) => others.length > 0 && key(add([rest, ...(sum as Extract<Expr, { k: 'add' }>).terms.map((u) => mul([{ base: { k: 'num', v: -c }, exp: 1 }, { base: u, exp: 1 }]))])) === '0');
      if (multiple !== undefined) return mul([{ base: sum, exp: 1 }, { base: add([...quotients, { k: 'num', v: multiple }]), exp: 1 }]);
      if (quotients.length > 1) return add([mul([{ base: sum, exp: 1 }, { base: add(quotients), exp: 1 }]), ...others]);
    }
  }
  return e;
}

/** Simplifies the arguments of calls and powers, and the bases of factors, bottom-up. */
function inside(e: Expr, budget: Budget): Expr {
  switch (e.k) {
    case 'call': return call(e.name, e.args.map((a) => best(a, budget)));
    case 'pow': return pow(best(e.base, budget), best(e.exp, budget));
    case 'add': return add(e.terms.map((t) => inside(t, budget)));
    case 'mul': return mul([{ base: { k: 'num', v: e.coef }, exp: 1 }, ...e.factors.map((f) => ({ base: best(f.base, budget), exp: f.exp }))]);
    default: return e;
  }
}

/** Every sum inside a product or sum put over one denominator, so fractions of fractions cancel: x²·(1/x² + 1) → x² + 1. */
function togetherBases(e: Expr, budget: Budget): Expr {
  if (e.k === 'add') return add(e.terms.map((t) => togetherBases(t, budget)));
  if (e.k !== 'mul') return e;
  return mul([{ base: { k: 'num', v: e.coef }, exp: 1 }, ...e.factors.map((f) => ({
    base: f.base.k === 'add' ? together(expand(togetherBases(f.base, budget), budget), budget) : f.base, exp: f.exp,
  }))]);
}

/** A product's minus sign taken into a sum it multiplies (an odd power): −3/(2 − 3x) → 3/(3x − 2). */
function absorbSign(e: Expr): Expr {
  if (e.k !== 'mul' || e.coef >= 0) return e;
  const i = e.factors.findIndex((f) => f.base.k === 'add' && Number.isInteger(f.exp) && f.exp % 2 !== 0);
  if (i < 0) return e;
  const f = e.factors[i]!;
  const flipped = add((f.base as Extract<Expr, { k: 'add' }>).terms.map((t) => mul([{ base: { k: 'num', v: -1 }, exp: 1 }, { base: t, exp: 1 }])));
  return { k: 'mul', coef: -e.coef, factors: e.factors.map((g, j) => (j === i ? { base: flipped, exp: f.exp } : g)) };
}

/** Common factors taken out of the sums a product holds: (y·z² + z·y²)/w → y·z·(y + z)/w. */
function factorBases(e: Expr): Expr {
  if (e.k !== 'mul') return e;
  return mul([{ base: { k: 'num', v: e.coef }, exp: 1 }, ...e.factors.map((f) => ({ base: f.base.k === 'add' ? factorCommon(f.base) : f.base, exp: f.exp }))]);
}

/** Exponentials multiplied together as one: exp(x)·exp(y) → exp(x + y) (not used when folding names, which match single exponentials). */
function mergeExp(e: Expr): Expr {
  if (e.k === 'add') return add(e.terms.map(mergeExp));
  if (e.k !== 'mul') return e;
  const exps = e.factors.filter((f) => f.base.k === 'call' && f.base.name === 'exp');
  if (exps.length < 2) return e;
  const sum = add(exps.map((f) => mul([{ base: (f.base as Extract<Expr, { k: 'call' }>).args[0]!, exp: 1 }, { base: { k: 'num', v: f.exp }, exp: 1 }])));
  return mul([{ base: { k: 'num', v: e.coef }, exp: 1 }, ...e.factors.filter((f) => !exps.includes(f)), { base: call('exp', [sum]), exp: 1 }]);
}

/** {@link shortest}, once per expression (by key) in a {@link Budget}'s memo. */
function best(e: Expr, budget: Budget): Expr {
  const k = key(e);
  const known = budget.memo.get(k);
  if (known !== undefined) return known;
  const chosen = shortest(e, budget);
  budget.memo.set(k, chosen);
  // Its own result is taken as final, as it is inside one pass: a later pass (see present.ts's
  // settle) then only works on what is new, such as a numerator a common denominator produced.
  if (!budget.memo.has(key(chosen))) budget.memo.set(key(chosen), chosen);
  return chosen;
}

/** The shortest of the candidate forms (fewest operations; the first on a tie). */
function shortest(e: Expr, budget: Budget): Expr {
  const base = inside(e, budget);
  const expanded = expand(base, budget);
  const combined = together(expanded, budget);
  const bases = togetherBases(base, budget);
  // The unexpanded form first (sign taken into a sum), so a tie keeps σ(1 − σ) rather than σ − σ².
  const candidates = [absorbSign(base), base, expanded, combined, factorCommon(expanded), factorCommon(base, budget), together(base, budget), factorCommon(combined)];
  for (const c of [combined, bases, together(expand(bases, budget), budget)]) {
    const cancelled = cancelPolynomials(c);
    candidates.push(cancelled, apart(cancelled), factorCommon(cancelled));
  }
  candidates.push(factorBySum(base), factorBySum(expanded));
  for (const c of [...candidates]) candidates.push(factorBases(c));
  for (const c of [...candidates]) candidates.push(absorbSign(c));
  if (budget.mergeExponentials) for (const c of [...candidates]) candidates.push(mergeExp(c));
  let chosen = candidates[0]!;
  let ops = countOps(chosen);
  for (const c of candidates.slice(1)) {
    const n = countOps(c);
    if (n < ops) {
      chosen = c;
      ops = n;
    }
  }
  return chosen;
}

/**
 * The shortest form the presentation rules reach: like factors and terms collected, common
 * factors cancelled, products of sums multiplied out or fractions put over one denominator only
 * when that is shorter. Bounded: expansion stops after a fixed number of terms. Calls that share
 * `memo` (with the same `mergeExponentials`) reuse each other's results.
 * @example
 * printExpr(simplifyExpr(readExpr('2 * x / (2 * sqrt(x ^ 2 + y ^ 2))'))); // → 'x / sqrt(x ^ 2 + y ^ 2)'
 */
export function simplifyExpr(e: Expr, options: { readonly mergeExponentials?: boolean; readonly memo?: Map<string, Expr> } = {}): Expr {
  // The whole expression is always worked on (only its parts come from the memo), so a second call
  // on a first call's result can still find what the first left: see present.ts's settle.
  return shortest(e, new Budget(options.mergeExponentials ?? true, options.memo ?? new Map<string, Expr>()));
}

/**
 * One more pass over the parts of an expression already simplified as a whole: each sum, power
 * and call inside it simplified (those seen before come from `memo`). A whole pass can leave a part
 * it built itself unsimplified, such as the numerator of a common denominator.
 */
export function simplifyParts(e: Expr, options: { readonly mergeExponentials?: boolean; readonly memo?: Map<string, Expr> } = {}): Expr {
  return inside(e, new Budget(options.mergeExponentials ?? true, options.memo ?? new Map<string, Expr>()));
}
