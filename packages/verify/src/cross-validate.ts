import { compile } from '@bp/numeric';
import { evaluate, evaluateAt, gradient, isSymbolicError, parse, type Kink, type Program } from '@bp/symbolic';
import { checkGradient } from './check-gradient.js';
import type { CheckResult } from './check-result.js';
import { compareGradients } from './compare-gradients.js';
import { VerifyError } from './errors.js';
import { domainPoints } from './domain-points.js';
import { programFunction } from './program-function.js';
import type { Scheme } from './internal/difference.js';

/**
 * Node evaluations a cross-validation may cost: finite differences take two evaluations of the
 * whole program per partial and point, so a sum over 100,000 inputs would take 4·10¹⁰ (hours);
 * 2·10⁹ is a few seconds to a minute.
 */
const MAX_WORK = 2e9;

/** A point: a value for each input. */
export type NamedPoint = Readonly<Record<string, number>>;

/** Options for {@link crossValidate}. */
export interface CrossValidateOptions {
  /** Inputs to check; default every input. */
  readonly wrt?: readonly string[];
  /** Seed of the random points. Default 1. */
  readonly seed?: number;
  /** Interval random coordinates are drawn from. Default [-2, 2]. */
  readonly range?: readonly [number, number];
  /**
   * Finite-difference scheme. Default `central`. `complex-step` (exact to rounding) needs a
   * program whose functions all run on complex numbers (see `isFieldCompatible`).
   */
  readonly scheme?: Scheme;
  readonly rtol?: number;
  readonly atol?: number;
  /**
   * Hand-derived gradients to check like the others: input name → expression, which may use the
   * program's intermediate names (`{ x: '2*b*y' }`).
   */
  readonly claims?: Readonly<Record<string, string>>;
}

/** Where two of the gradients disagree. */
export interface Disagreement {
  /** Index into `points`. */
  readonly point: number;
  readonly component: string;
  /** What was compared with what. */
  readonly check: 'symbolic-vs-numeric' | 'compiled-vs-symbolic' | 'claim-vs-numeric';
  readonly expected: number;
  readonly actual: number;
  readonly absError: number;
  readonly relError: number;
}

/** One point of a cross-validation. */
export interface CrossValidatedPoint {
  readonly at: NamedPoint;
  readonly value: number;
  readonly symbolic: Readonly<Record<string, number>>;
  readonly compiled: Readonly<Record<string, number>>;
  readonly numeric: Readonly<Record<string, number>>;
  readonly ok: boolean;
  /** Kinks the symbolic gradient met here, with the convention it used. */
  readonly kinks: readonly Kink[];
}

/** A hand-derived claim and how it fared. */
export interface ClaimResult {
  readonly wrt: string;
  readonly expression: string;
  readonly ok: boolean;
  readonly maxAbsError: number;
  readonly maxRelError: number;
  /** The worst disagreement, when there is one. */
  readonly worst?: Disagreement;
}

/** Symbolic, compiled and finite-difference gradients compared at several points. */
export interface CrossValidation {
  readonly ok: boolean;
  readonly inputs: readonly string[];
  readonly wrt: readonly string[];
  readonly maxAbsError: number;
  readonly maxRelError: number;
  readonly points: readonly CrossValidatedPoint[];
  /** Every failed comparison, worst first. */
  readonly disagreements: readonly Disagreement[];
  /** The kinks met, with the point they were met at. */
  readonly kinks: readonly (Kink & { readonly point: number })[];
  readonly claims?: readonly ClaimResult[];
}

/** The point extended with the values of the program's intermediates that `names` mentions. */
function withIntermediates(program: Program, point: NamedPoint, names: readonly string[]): Map<string, number> {
  const values = new Map(Object.entries(point));
  const needed = names.filter((name) => !values.has(name));
  if (needed.length === 0) return values;
  const forward = evaluateAt(program, point).values;
  for (const name of needed) {
    const node = program.definitions.get(name);
    if (node !== undefined) values.set(name, forward.get(node)!);
  }
  return values;
}

/** Whether an error says the function or its gradient does not exist (or is not representable) at the point. */
function isOutsideDomain(error: unknown): boolean {
  return isSymbolicError(error) && (error.code === 'domain' || error.code === 'overflow');
}

/** Random points inside the program's domain: points where the value or gradient does not exist are drawn again. */
function drawPoints(program: Program, count: number, seed: number, range: readonly [number, number]): NamedPoint[] {
  const { points, regions } = domainPoints(program, count, { seed, range });
  if (points.length < count) {
    const tries = regions.reduce((sum, region) => sum + region.tries, 0);
    const widest = Math.max(...regions.map((region) => region.halfWidth));
    const centre = (range[0] + range[1]) / 2;
    throw new VerifyError(
      'invalid-argument',
      `found ${points.length} of ${count} points in the domain of the function after ${tries} tries in [${range[0]}, ${range[1]}] and up to [${centre - widest}, ${centre + widest}]; give the points explicitly`,
      { parameter: 'points' },
    );
  }
  return [...points];
}

function worstOf(result: CheckResult, names: readonly string[], point: number, check: Disagreement['check']): Disagreement[] {
  return result.worst.filter((c) => !c.ok).map((c) => ({
    point,
    component: names[c.index]!,
    check,
    expected: c.numeric,
    actual: c.analytic,
    absError: c.absError,
    relError: c.relError,
  }));
}

/**
 * Checks a program's gradient three ways at several points: @bp/symbolic's reverse mode, the
 * kernel @bp/numeric compiles, and finite differences of the value. Points are random (seeded)
 * inside the function's domain, or given. Any disagreement is reported with its point and
 * component; kinks are listed, not failed, when the symbolic value lies between the one-sided
 * differences. Hand-derived `claims` are checked against finite differences too.
 * @throws {VerifyError} `invalid-argument` when no point in the domain can be found, `invalid-option`
 *   for a bad count, `too-large` when the finite differences would take more than 2·10⁹ node evaluations; {@link SymbolicError}s of the source or a claim pass through.
 * @example
 * crossValidate('a = x*y; b = a + z; c = b^2', 3).ok; // → true
 * crossValidate('x^2 * y', [{ x: 1, y: 2 }], { claims: { x: '2*x' } }).claims?.[0]?.ok; // → false
 */
export function crossValidate(
  source: string | Program,
  points: number | readonly NamedPoint[] = 5,
  options: CrossValidateOptions = {},
): CrossValidation {
  const program = typeof source === 'string' ? parse(source) : source;
  const wrt = options.wrt ?? program.inputs;
  if (typeof points === 'number' && (!Number.isInteger(points) || points < 1 || points > 100_000)) {
    throw new VerifyError('invalid-option', `the number of points must be an integer from 1 to 100000, found ${points}`, { parameter: 'points' });
  }
  const at = typeof points === 'number'
    ? drawPoints(program, points, options.seed ?? 1, options.range ?? [-2, 2])
    : points.map((p) => ({ ...p }));
  const work = at.length * (2 * wrt.length + 2) * program.graph.size;
  if (work > MAX_WORK) {
    throw new VerifyError(
      'too-large',
      `checking ${wrt.length} partials at ${at.length} point${at.length === 1 ? '' : 's'} would evaluate this ${program.graph.size}-node program about ${(work / program.graph.size).toExponential(1)} times (${work.toExponential(1)} node evaluations, limit ${MAX_WORK.toExponential(0)}); check fewer inputs at a time`,
      { parameter: typeof points === 'number' ? 'points' : 'wrt' },
    );
  }
  const kernel = compile(program, { wrt });
  const inputs = kernel.inputs;
  const batch = Object.fromEntries(inputs.map((name) => [name, Float64Array.from(at, (p) => p[name] ?? Number.NaN)]));
  const compiled = kernel.evaluate(batch);
  const claimPrograms = Object.entries(options.claims ?? {}).map(([name, expression]) => {
    if (!wrt.includes(name)) {
      throw new VerifyError('invalid-argument', `a claim names "${name}", which is not among the inputs checked (${wrt.join(', ')})`, { parameter: 'claims' });
    }
    // Parsed alone, so its syntax errors point inside the claim; its free names may be inputs or intermediates.
    return { name, expression, program: parse(expression) };
  });
  const claimErrors = new Map<string, Disagreement[]>(claimPrograms.map((c) => [c.name, []]));
  const claimWorst = new Map<string, { abs: number; rel: number }>(claimPrograms.map((c) => [c.name, { abs: 0, rel: 0 }]));

  const disagreements: Disagreement[] = [];
  const kinks: (Kink & { point: number })[] = [];
  let maxAbsError = 0;
  let maxRelError = 0;
  const checkOptions = {
    scheme: options.scheme ?? 'central',
    ...(options.rtol === undefined ? {} : { rtol: options.rtol }),
    ...(options.atol === undefined ? {} : { atol: options.atol }),
  };
  const results = at.map((point, index): CrossValidatedPoint => {
    const symbolic = gradient(program, point, { wrt });
    const vector = (p: Float64Array): NamedPoint => ({ ...point, ...Object.fromEntries(wrt.map((name, i) => [name, p[i]!])) });
    const real = (p: Float64Array): number => {
      try {
        return evaluate(program, vector(p));
      } catch (error) {
        if (isOutsideDomain(error)) return Number.NaN;
        throw error;
      }
    };
    const f = checkOptions.scheme === 'complex-step' ? programFunction(program, { wrt, at: point }) : real;
    const x = Float64Array.from(wrt, (name) => point[name] ?? 0);
    const analytic = Float64Array.from(wrt, (name) => symbolic.gradient[name]!);
    const fd = checkGradient(f, analytic, x, checkOptions);
    const kernelGradient = Float64Array.from(wrt, (name) => compiled.gradient[name]![index]!);
    const versus = compareGradients(analytic, kernelGradient);
    // fromEntries defines own properties, so an input named __proto__ is an ordinary key.
    const numeric = Object.fromEntries(fd.worst.map((c) => [wrt[c.index]!, c.numeric]));
    disagreements.push(...worstOf(fd, wrt, index, 'symbolic-vs-numeric'), ...worstOf(versus, wrt, index, 'compiled-vs-symbolic'));
    maxAbsError = Math.max(maxAbsError, fd.maxAbsError, versus.maxAbsError);
    maxRelError = Math.max(maxRelError, fd.maxRelError, versus.maxRelError);
    for (const kink of symbolic.kinks) kinks.push({ ...kink, point: index });
    for (const claim of claimPrograms) {
      const i = wrt.indexOf(claim.name);
      const claimed = Float64Array.from(analytic);
      claimed[i] = evaluate(claim.program, withIntermediates(program, point, claim.program.inputs));
      const result = checkGradient(f, claimed, x, { ...checkOptions, components: [i] });
      const worst = claimWorst.get(claim.name)!;
      worst.abs = Math.max(worst.abs, result.maxAbsError);
      worst.rel = Math.max(worst.rel, result.maxRelError);
      claimErrors.get(claim.name)!.push(...worstOf(result, wrt, index, 'claim-vs-numeric'));
    }
    return {
      at: point,
      value: symbolic.value,
      symbolic: symbolic.gradient,
      compiled: Object.fromEntries(wrt.map((name, i) => [name, kernelGradient[i]!])),
      numeric,
      ok: fd.ok && versus.ok,
      kinks: symbolic.kinks,
    };
  });
  disagreements.sort((a, b) => b.relError - a.relError || b.absError - a.absError);
  const claims = claimPrograms.map((claim): ClaimResult => {
    const errors = claimErrors.get(claim.name)!.sort((a, b) => b.relError - a.relError);
    const worst = claimWorst.get(claim.name)!;
    return {
      wrt: claim.name,
      expression: claim.expression,
      ok: errors.length === 0,
      maxAbsError: worst.abs,
      maxRelError: worst.rel,
      ...(errors[0] === undefined ? {} : { worst: errors[0] }),
    };
  });
  return {
    ok: disagreements.length === 0 && claims.every((c) => c.ok),
    inputs: program.inputs,
    wrt,
    maxAbsError,
    maxRelError,
    points: results,
    disagreements,
    kinks,
    ...(options.claims === undefined ? {} : { claims }),
  };
}
