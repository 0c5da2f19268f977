import type { Expr, Factor } from './expr.js';
import { key } from './expr.js';

/** A number as bp prints it: an integer, a small fraction `p / q`, or a decimal. */
function fraction(v: number): { p: number; q: number } | undefined {
  for (let q = 1; q <= 64; q++) {
    const p = Math.round(v * q);
    if (Math.abs(p / q - v) < 1e-12 * Math.max(1, Math.abs(v))) return { p, q };
  }
  return undefined;
}

/** Rank of a factor in a printed product: symbols, then calls and powers, then sums; lower powers first. */
function factorOrder(a: Factor, b: Factor): number {
  const rank = (f: Factor): number => (f.base.k === 'sym' ? 0 : f.base.k === 'add' ? 2 : 1);
  return rank(a) - rank(b) || Math.abs(a.exp) - Math.abs(b.exp) || (key(a.base) < key(b.base) ? -1 : 1);
}

/** Whether a term prints with a leading minus. */
function negative(e: Expr): boolean {
  return (e.k === 'num' && e.v < 0) || (e.k === 'mul' && e.coef < 0);
}

/** A term's degree-like weight for ordering a sum: constants last, as a teacher writes `log(x) + 1`. */
function termOrder(a: Expr, b: Expr): number {
  const degree = (e: Expr): number => (e.k === 'num' ? -1 : e.k === 'mul' ? e.factors.reduce((s, f) => s + Math.max(0, f.exp), 0) : 1);
  return degree(b) - degree(a) || (key(a) < key(b) ? -1 : 1);
}

/** A sum's terms in a teacher's order: higher degree first, constants last, led by a positive term (1 − a, not −a + 1). */
function orderTerms(terms: readonly Expr[]): Expr[] {
  const sorted = [...terms].sort(termOrder);
  const lead = sorted.findIndex((t) => !negative(t));
  if (lead > 0) sorted.unshift(...sorted.splice(lead, 1));
  return sorted;
}

const PREC = { add: 1, mul: 2, neg: 3, pow: 4, atom: 5 } as const;

function wrap(text: string, inner: number, outer: number): string {
  return inner < outer ? `(${text})` : text;
}

function power(base: Expr, exp: number): { text: string; prec: number } {
  if (exp === 1) return { text: printAt(base, PREC.mul + 1), prec: PREC.atom };
  if (exp === 0.5) return { text: `sqrt(${printAt(base, 0)})`, prec: PREC.atom };
  const f = fraction(exp);
  const expText = f === undefined || f.q === 1 ? `${exp}` : `(${f.p} / ${f.q})`;
  return { text: `${printAt(base, PREC.pow + 1)} ^ ${expText}`, prec: PREC.pow };
}

function product(factors: readonly Factor[], coef: number): string {
  const f = fraction(Math.abs(coef));
  const num: string[] = [];
  const den: string[] = [];
  if (f === undefined) num.push(`${Math.abs(coef)}`);
  else {
    if (f.p !== 1) num.push(`${f.p}`);
    if (f.q !== 1) den.push(`${f.q}`);
  }
  const ordered = [...factors].sort(factorOrder);
  for (const x of ordered) {
    if (x.exp > 0) num.push(wrap(power(x.base, x.exp).text, power(x.base, x.exp).prec, PREC.mul));
  }
  const denFactors = ordered.filter((x) => x.exp < 0);
  for (const x of denFactors) {
    const p = power(x.base, -x.exp);
    den.push(denFactors.length + den.length > 1 ? wrap(p.text, p.prec, PREC.mul + 1) : wrap(p.text, p.prec, PREC.mul + 1));
  }
  const top = num.length === 0 ? '1' : num.join(' * ');
  if (den.length === 0) return top;
  const bottom = den.length === 1 ? den[0]! : `(${den.join(' * ')})`;
  return `${num.length > 1 && den.length > 0 ? top : top} / ${bottom}`;
}

function printAt(e: Expr, outer: number): string {
  switch (e.k) {
    case 'num': {
      const f = fraction(Math.abs(e.v));
      const body = f === undefined ? `${Math.abs(e.v)}` : f.q === 1 ? `${f.p}` : `${f.p} / ${f.q}`;
      if (e.v < 0) return wrap(`-${f !== undefined && f.q !== 1 ? `(${body})` : body}`, PREC.neg, outer);
      return wrap(body, f !== undefined && f.q !== 1 ? PREC.mul : PREC.atom, outer);
    }
    case 'sym': return e.name;
    case 'call': return `${e.name}(${e.args.map((a) => printAt(a, 0)).join(', ')})`;
    case 'pow': return wrap(`${printAt(e.base, PREC.pow + 1)} ^ ${printAt(e.exp, PREC.pow + 1)}`, PREC.pow, outer);
    case 'mul': {
      if (e.factors.length === 1 && e.coef === 1) {
        const only = e.factors[0]!;
        if (only.exp > 0) { const p = power(only.base, only.exp); return wrap(p.text, p.prec, outer); }
      }
      const body = product(e.factors, e.coef);
      return wrap(e.coef < 0 ? `-${body}` : body, e.coef < 0 ? PREC.neg : PREC.mul, outer);
    }
    case 'add': {
      const terms = orderTerms(e.terms);
      let text = printAt(terms[0]!, PREC.add);
      for (const t of terms.slice(1)) {
        text += negative(t) ? ` - ${printAt(negate(t), PREC.add + 1)}` : ` + ${printAt(t, PREC.add)}`;
      }
      return wrap(text, PREC.add, outer);
    }
  }
}

function negate(e: Expr): Expr {
  if (e.k === 'num') return { k: 'num', v: -e.v };
  if (e.k === 'mul') return { k: 'mul', coef: -e.coef, factors: e.factors };
  return e;
}

/**
 * The expression in bp's plain-text syntax: sorted terms, negative powers as fractions, `sqrt`.
 * @example
 * printExpr(readExpr('x * (x^2 + y^2)^(-1/2)')); // → 'x / sqrt(x ^ 2 + y ^ 2)'
 */
export function printExpr(e: Expr): string {
  return printAt(e, 0);
}

/**
 * Operations in an expression, to choose the shorter of two forms: each binary operator, each
 * negation and each function call is one. (SymPy's `count_ops`, which the corpus comparison uses,
 * differs in places: it counts `x / sqrt(u)` as a division and two powers, 6 here.)
 * @example
 * countOps(readExpr('x / sqrt(x ^ 2 + y ^ 2)')); // → 5
 */
export function countOps(e: Expr): number {
  switch (e.k) {
    case 'num': return e.v < 0 ? 1 : 0;
    case 'sym': return 0;
    case 'call': return 1 + e.args.reduce((s, a) => s + countOps(a), 0);
    case 'pow': return 1 + countOps(e.base) + countOps(e.exp);
    case 'add': return e.terms.length - 1 + e.terms.reduce((s, t) => s + countOps(t), 0) + (e.terms.every(negative) ? 1 : 0);
    case 'mul': {
      const parts = e.factors.length + (Math.abs(e.coef) === 1 ? 0 : 1);
      const powers = e.factors.reduce((s, f) => s + countOps(f.base) + (Math.abs(f.exp) === 1 || f.exp === 0.5 || f.exp === -0.5 ? (f.exp === 0.5 || f.exp === -0.5 ? 1 : 0) : 1), 0);
      return parts - 1 + powers + (e.coef < 0 ? 1 : 0);
    }
  }
}
