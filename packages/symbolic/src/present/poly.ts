import { add, type Expr, type Factor, key, mul } from './expr.js';
import { countOps } from './print.js';

/** One monomial: a coefficient and non-negative integer powers of atoms (anything but a sum or a number). */
interface Monomial {
  readonly coef: number;
  readonly powers: ReadonlyMap<string, { readonly atom: Expr; readonly e: number }>;
}

/** A sum read as a polynomial over atoms, or undefined when a term has a negative or fractional power or a sum. */
function toPoly(e: Expr): Monomial[] | undefined {
  const terms = e.k === 'add' ? e.terms : [e];
  const out: Monomial[] = [];
  for (const t of terms) {
    if (t.k === 'num') { out.push({ coef: t.v, powers: new Map() }); continue; }
    const factors: readonly Factor[] = t.k === 'mul' ? t.factors : [{ base: t, exp: 1 }];
    const powers = new Map<string, { atom: Expr; e: number }>();
    for (const f of factors) {
      if (f.base.k === 'add' || f.base.k === 'num' || !Number.isInteger(f.exp) || f.exp < 0) return undefined;
      powers.set(key(f.base), { atom: f.base, e: f.exp });
    }
    out.push({ coef: t.k === 'mul' ? t.coef : 1, powers });
  }
  return out;
}

function fromPoly(p: readonly Monomial[]): Expr {
  return add(p.map((m) => mul([{ base: { k: 'num', v: m.coef }, exp: 1 }, ...[...m.powers.values()].map((x) => ({ base: x.atom, exp: x.e }))])));
}

/** Compares monomials in lexicographic order over the sorted atom keys (larger first). */
function compare(a: Monomial, b: Monomial, atoms: readonly string[]): number {
  for (const k of atoms) {
    const d = (a.powers.get(k)?.e ?? 0) - (b.powers.get(k)?.e ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

function times(a: Monomial, b: Monomial): Monomial {
  const powers = new Map(a.powers);
  for (const [k, x] of b.powers) powers.set(k, { atom: x.atom, e: (powers.get(k)?.e ?? 0) + x.e });
  return { coef: a.coef * b.coef, powers: new Map([...powers].filter(([, x]) => x.e !== 0)) };
}

/** `a / b` when every power of b is in a, else undefined. */
function over(a: Monomial, b: Monomial): Monomial | undefined {
  const powers = new Map(a.powers);
  for (const [k, x] of b.powers) {
    const e = (powers.get(k)?.e ?? 0) - x.e;
    if (e < 0) return undefined;
    if (e === 0) powers.delete(k);
    else powers.set(k, { atom: x.atom, e });
  }
  return { coef: a.coef / b.coef, powers };
}

/**
 * Polynomial division of n by d (lexicographic order, led by the atom `first` when given):
 * quotient and remainder as expressions, or undefined when either is not a polynomial. Bounded
 * by a fixed number of steps.
 */
export function dividePoly(n: Expr, d: Expr, symbolic = false, first?: string): { q: Expr; r: Expr } | undefined {
  const pn = toPoly(n);
  const pd = toPoly(d);
  if (pn === undefined || pd === undefined || pd.length < 2) return undefined;
  const sorted = [...new Set([...pn, ...pd].flatMap((m) => [...m.powers.keys()]))].sort();
  const atoms = first === undefined ? sorted : [first, ...sorted.filter((k) => k !== first)];
  const lead = [...pd].sort((a, b) => compare(b, a, atoms))[0]!;
  let rest = fromPoly(pn);
  const q: Expr[] = [];
  const r: Expr[] = [];
  for (let steps = 0; steps < 40; steps++) {
    const p = toPoly(rest);
    if (p === undefined) return undefined;
    if (p.length === 0 || (p.length === 1 && p[0]!.coef === 0)) break;
    const top = [...p].sort((a, b) => compare(b, a, atoms))[0]!;
    const t = over(top, lead);
    const term = fromPoly([top]);
    // A symbolic quotient leaves whole-number multiples of the denominator in the fraction: e^a/s − y_a, not 1 − y_a − (e^b + e^c)/s.
    if (t === undefined || (symbolic && t.powers.size === 0)) {
      r.push(term);
      rest = add([rest, mul([{ base: { k: 'num', v: -1 }, exp: 1 }, { base: term, exp: 1 }])]);
      continue;
    }
    q.push(fromPoly([t]));
    rest = add([rest, fromPoly(pd.map((m) => times(m, { ...t, coef: -t.coef })))]);
  }
  if (!(rest.k === 'num' && rest.v === 0)) return undefined;
  return { q: add(q), r: add(r) };
}

/**
 * Cancels polynomial factors: a sum in the numerator that a sum in the denominator divides
 * exactly is divided ((2x³ − 3x² + 1)/(x − 1)² → 2x + 1).
 */
export function cancelPolynomials(e: Expr): Expr {
  if (e.k === 'add') return add(e.terms.map(cancelPolynomials));
  if (e.k !== 'mul') return e;
  const factors = e.factors.map((f) => ({ ...f }));
  let changed = false;
  for (const n of factors) {
    if (n.base.k !== 'add' || n.exp !== 1) continue;
    for (const d of factors) {
      while (d.base.k === 'add' && d.exp < 0 && Number.isInteger(d.exp) && n.exp === 1) {
        const division = dividePoly(n.base, d.base);
        if (division === undefined || !(division.r.k === 'num' && division.r.v === 0)) break;
        n.base = division.q;
        d.exp += 1;
        changed = true;
      }
    }
  }
  return changed ? mul([{ base: { k: 'num', v: e.coef }, exp: 1 }, ...factors]) : e;
}

/** Most denominator atoms a symbolic split tries as the lead (each is one division). */
const MAX_LEADS = 8;

/**
 * A quotient split into a polynomial part and a proper fraction, when the remainder is shorter:
 * (1 − y − y·u)/(u + 1) → 1/(u + 1) − y. With `symbolic`, only quotient terms holding a symbol
 * are taken out, so (e^a − y·(e^a + e^b))/(e^a + e^b) → e^a/(e^a + e^b) − y.
 */
export function apart(e: Expr, symbolic = false): Expr {
  if (e.k === 'add') return add(e.terms.map((t) => apart(t, symbolic)));
  if (e.k !== 'mul') return e;
  const n = e.factors.findIndex((f) => f.base.k === 'add' && f.exp === 1);
  const d = e.factors.findIndex((f) => f.base.k === 'add' && f.exp === -1);
  if (n < 0 || d < 0) return e;
  // Symbolic quotients depend on which term of the denominator leads: each is tried, the shortest kept.
  const leads = symbolic ? [...new Set(toPoly(e.factors[d]!.base)?.flatMap((m) => [...m.powers.keys()]) ?? [])].slice(0, MAX_LEADS) : [undefined];
  let chosen: Expr = e;
  for (const first of leads) {
    const division = dividePoly(e.factors[n]!.base, e.factors[d]!.base, symbolic, first);
    if (division === undefined || (division.q.k === 'num' && division.q.v === 0)) continue;
    const rest: Factor[] = [{ base: { k: 'num', v: e.coef }, exp: 1 }, ...e.factors.filter((_, i) => i !== n && i !== d)];
    const split = add([mul([...rest, { base: division.q, exp: 1 }]), mul([...rest, { base: division.r, exp: 1 }, e.factors[d]!])]);
    if (chosen === e || countOps(split) < countOps(chosen)) chosen = split;
  }
  return chosen;
}
