import { compile } from '@bp/numeric';
import { evaluate, evaluateAt, gradient, hessianAt, isSymbolicError, parse, type Kink, type Program } from '@bp/symbolic';
import { checkHessian } from './check-hessian.js';
import type { CheckResult } from './check-result.js';
import { compareGradients } from './compare-gradients.js';
import type { NamedPoint } from './cross-validate.js';
import { VerifyError } from './errors.js';
import { uniform } from './internal/random.js';

/** Options for {@link crossValidateHessian}. */
export interface CrossValidateHessianOptions {
  /** Inputs to check; default every input. */
  readonly wrt?: readonly string[];
  /** Seed of the random points. Default 1. */
  readonly seed?: number;
  /** Interval random coordinates are drawn from. Default [-2, 2]. */
  readonly range?: readonly [number, number];
  readonly rtol?: number;
  readonly atol?: number;
  /**
   * Hand-derived second partials, keyed by the two inputs `"x,y"` (∂²f/∂x∂y), each an expression
   * that may use the program's intermediate names: `{ 'x,y': '2*x' }`.
   */
  readonly claims?: Readonly<Record<string, string>>;
}

/** Where two of the Hessians disagree. */
export interface HessianDisagreement {
  /** Index into `points`. */
  readonly point: number;
  /** The entry: ∂²f/∂wrt[0]∂wrt[1]. */
  readonly wrt: readonly [string, string];
  readonly check: 'symbolic-vs-numeric' | 'compiled-vs-symbolic' | 'claim-vs-numeric';
  readonly expected: number;
  readonly actual: number;
  readonly absError: number;
  readonly relError: number;
}

/** A Hessian as nested records, `h[a][b]`. */
export type NamedHessian = Readonly<Record<string, Readonly<Record<string, number>>>>;

/** One point of a second-order cross-validation. */
export interface HessianValidatedPoint {
  readonly at: NamedPoint;
  readonly value: number;
  readonly symbolic: NamedHessian;
  readonly compiled: NamedHessian;
  /** Central differences of the symbolic gradient. */
  readonly numeric: NamedHessian;
  readonly ok: boolean;
  readonly kinks: readonly Kink[];
}

/** A hand-derived second partial and how it fared. */
export interface HessianClaimResult {
  readonly wrt: readonly [string, string];
  readonly expression: string;
  readonly ok: boolean;
  readonly maxAbsError: number;
  readonly maxRelError: number;
  readonly worst?: HessianDisagreement;
}

/** Symbolic, compiled and finite-difference Hessians compared at several points. */
export interface HessianCrossValidation {
  readonly ok: boolean;
  readonly order: 2;
  readonly inputs: readonly string[];
  readonly wrt: readonly string[];
  readonly maxAbsError: number;
  readonly maxRelError: number;
  readonly points: readonly HessianValidatedPoint[];
  /** Every failed comparison, worst first. */
  readonly disagreements: readonly HessianDisagreement[];
  readonly kinks: readonly (Kink & { readonly point: number })[];
  readonly claims?: readonly HessianClaimResult[];
}

/** Random points where the value, the gradient and the Hessian all exist. */
function drawPoints(program: Program, count: number, seed: number, range: readonly [number, number], wrt: readonly string[]): NamedPoint[] {
  const next = uniform(seed);
  const points: NamedPoint[] = [];
  for (let tries = 1; points.length < count; tries++) {
    if (tries > 200 * count) {
      throw new VerifyError('invalid-argument', `found no point where the Hessian exists after ${tries - 1} tries in [${range[0]}, ${range[1]}]; give the points explicitly`, { parameter: 'points' });
    }
    const at = Object.fromEntries(program.inputs.map((name) => [name, range[0] + next() * (range[1] - range[0])]));
    try {
      hessianAt(program, at, { wrt });
      points.push(at);
    } catch (error) {
      if (!isSymbolicError(error) || error.code !== 'domain') throw error;
    }
  }
  return points;
}

function nested(wrt: readonly string[], flat: ArrayLike<number>): NamedHessian {
  const n = wrt.length;
  return Object.fromEntries(wrt.map((a, i) => [a, Object.fromEntries(wrt.map((b, j) => [b, flat[i * n + j]!]))]));
}

function disagreements(result: CheckResult, wrt: readonly string[], point: number, check: HessianDisagreement['check']): HessianDisagreement[] {
  const n = wrt.length;
  return result.worst.filter((c) => !c.ok).map((c) => ({
    point, wrt: [wrt[Math.floor(c.index / n)]!, wrt[c.index % n]!] as const, check,
    expected: c.numeric, actual: c.analytic, absError: c.absError, relError: c.relError,
  }));
}

/** Reads `"x,y"` claims into parsed programs, rejecting pairs that are not two checked inputs. */
function parseClaims(claims: Readonly<Record<string, string>>, wrt: readonly string[]): { wrt: [string, string]; expression: string; program: Program }[] {
  return Object.entries(claims).map(([key, expression]) => {
    const pair = key.split(',').map((s) => s.trim());
    if (pair.length !== 2 || !pair.every((name) => wrt.includes(name))) {
      throw new VerifyError('invalid-argument', `a second-order claim is keyed "a,b" by two inputs checked (${wrt.join(', ')}), found "${key}"`, { parameter: 'claims' });
    }
    return { wrt: pair as [string, string], expression, program: parse(expression) };
  });
}

/** The value of a claim's expression at a point, reading the program's intermediates it mentions. */
function claimValue(program: Program, claim: Program, point: NamedPoint): number {
  const values = new Map(Object.entries(point));
  const missing = claim.inputs.filter((name) => !values.has(name));
  if (missing.length > 0) {
    const forward = evaluateAt(program, point).values;
    for (const name of missing) {
      const node = program.definitions.get(name);
      if (node !== undefined) values.set(name, forward.get(node)!);
    }
  }
  return evaluate(claim, values);
}

/**
 * Checks every second partial of a program three ways at several points: @bp/symbolic's
 * `hessianAt`, the Hessian @bp/numeric compiles from Hessian-vector products, and central
 * differences of the gradient (the step and tolerances of {@link checkHessian}). Hand-derived
 * `claims` (`{ 'x,y': '2*x' }`) are checked against the same finite differences. The result
 * mirrors `crossValidate`'s, with `order: 2` and entries named by their two inputs.
 * @throws {VerifyError} `invalid-argument` when no point in the domain can be found or a claim's
 *   key is not two checked inputs; {@link SymbolicError}s of the source or a claim pass through.
 * @example
 * crossValidateHessian('x^2 * y', 3).ok; // → true
 * crossValidateHessian('x^2 * y', [{ x: 1, y: 2 }], { claims: { 'x,y': 'x' } }).claims?.[0]?.ok; // → false
 */
export function crossValidateHessian(
  source: string | Program,
  points: number | readonly NamedPoint[] = 5,
  options: CrossValidateHessianOptions = {},
): HessianCrossValidation {
  const program = typeof source === 'string' ? parse(source) : source;
  const wrt = [...new Set(options.wrt ?? program.inputs)];
  if (typeof points === 'number' && (!Number.isInteger(points) || points < 1 || points > 10_000)) {
    throw new VerifyError('invalid-option', `the number of points must be an integer from 1 to 10000, found ${points}`, { parameter: 'points' });
  }
  const at = typeof points === 'number'
    ? drawPoints(program, points, options.seed ?? 1, options.range ?? [-2, 2], wrt)
    : points.map((p) => ({ ...p }));
  const kernel = compile(program, { wrt, hessian: true });
  const compiled = kernel.hessian(Object.fromEntries(kernel.inputs.map((name) => [name, Float64Array.from(at, (p) => p[name] ?? Number.NaN)])));
  const claims = parseClaims(options.claims ?? {}, wrt);
  const tolerance = { ...(options.rtol === undefined ? {} : { rtol: options.rtol }), ...(options.atol === undefined ? {} : { atol: options.atol }) };
  const found: HessianDisagreement[] = [];
  const claimFound = claims.map(() => ({ errors: [] as HessianDisagreement[], abs: 0, rel: 0 }));
  let maxAbsError = 0;
  let maxRelError = 0;
  const results = at.map((point, index): HessianValidatedPoint => {
    const symbolic = hessianAt(program, point, { wrt });
    const vector = (x: Float64Array): NamedPoint => ({ ...point, ...Object.fromEntries(wrt.map((name, i) => [name, x[i]!])) });
    const f = (x: Float64Array): number => evaluate(program, vector(x));
    const g = (x: Float64Array): Float64Array => {
      try {
        const r = gradient(program, vector(x), { wrt }).gradient;
        return Float64Array.from(wrt, (name) => r[name]!);
      } catch (error) {
        if (isSymbolicError(error) && error.code === 'domain') return new Float64Array(wrt.length).fill(Number.NaN);
        throw error;
      }
    };
    const x = Float64Array.from(wrt, (name) => point[name] ?? 0);
    const analytic = Float64Array.from(wrt.flatMap((a) => wrt.map((b) => symbolic.hessian[a]![b]!)));
    const fd = checkHessian(f, analytic, x, { ...tolerance, gradient: g });
    const fromKernel = Float64Array.from(wrt.flatMap((a) => wrt.map((b) => compiled.hessian[a]![b]![index]!)));
    const versus = compareGradients(analytic, fromKernel, { rtol: 1e-10, atol: 1e-12 * Math.max(1, ...Array.from(analytic, Math.abs)) });
    found.push(...disagreements(fd, wrt, index, 'symbolic-vs-numeric'), ...disagreements(versus, wrt, index, 'compiled-vs-symbolic'));
    maxAbsError = Math.max(maxAbsError, fd.maxAbsError, versus.maxAbsError);
    maxRelError = Math.max(maxRelError, fd.maxRelError, versus.maxRelError);
    claims.forEach((claim, k) => {
      const [i, j] = claim.wrt.map((name) => wrt.indexOf(name)) as [number, number];
      const claimed = Float64Array.from(analytic);
      claimed[i * wrt.length + j] = claimValue(program, claim.program, point);
      const result = checkHessian(f, claimed, x, { ...tolerance, gradient: g, components: [j] });
      const entry = result.worst.filter((c) => c.index === i * wrt.length + j);
      const mine = claimFound[k]!;
      for (const c of entry) {
        mine.abs = Math.max(mine.abs, c.absError);
        mine.rel = Math.max(mine.rel, c.relError);
        if (!c.ok) mine.errors.push({ point: index, wrt: claim.wrt, check: 'claim-vs-numeric', expected: c.numeric, actual: c.analytic, absError: c.absError, relError: c.relError });
      }
    });
    return {
      at: point, value: symbolic.value, symbolic: symbolic.hessian, compiled: nested(wrt, fromKernel),
      numeric: nested(wrt, Float64Array.from(fd.worst.slice().sort((p, q) => p.index - q.index), (c) => c.numeric)),
      ok: fd.ok && versus.ok, kinks: symbolic.kinks,
    };
  });
  found.sort((a, b) => b.relError - a.relError || b.absError - a.absError);
  const claimResults = claims.map((claim, k): HessianClaimResult => {
    const { errors, abs, rel } = claimFound[k]!;
    errors.sort((a, b) => b.relError - a.relError);
    return { wrt: claim.wrt, expression: claim.expression, ok: errors.length === 0, maxAbsError: abs, maxRelError: rel, ...(errors[0] === undefined ? {} : { worst: errors[0] }) };
  });
  return {
    ok: found.length === 0 && claimResults.every((c) => c.ok),
    order: 2, inputs: program.inputs, wrt, maxAbsError, maxRelError, points: results, disagreements: found,
    kinks: results.flatMap((r, point) => r.kinks.map((kink) => ({ ...kink, point }))),
    ...(options.claims === undefined ? {} : { claims: claimResults }),
  };
}
