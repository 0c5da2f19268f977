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
  const at = pointsToCheck(program, points, wrt, options);
  const kernel = compile(program, { wrt });
  const compiled = kernel.evaluate(Object.fromEntries(kernel.inputs.map((name) => [name, Float64Array.from(at, (p) => p[name] ?? Number.NaN)])));
  const claims = parseClaims(program, options.claims ?? {}, wrt);
  const context: PointContext = {
    program, wrt, claims,
    compiled: (name, index) => compiled.gradient[name]![index]!,
    checkOptions: {
      scheme: options.scheme ?? 'central',
      ...(options.rtol === undefined ? {} : { rtol: options.rtol }),
      ...(options.atol === undefined ? {} : { atol: options.atol }),
    },
  };
  const checked = at.map((point, index) => checkPoint(context, point, index));
  const disagreements = checked.flatMap((c) => c.disagreements).sort((a, b) => b.relError - a.relError || b.absError - a.absError);
  const claimResults = claims.map((claim, k) => claimResult(claim, checked.map((c) => c.claims[k]!)));
  return {
    ok: disagreements.length === 0 && claimResults.every((c) => c.ok),
    inputs: program.inputs,
    wrt,
    maxAbsError: checked.reduce((max, c) => Math.max(max, c.maxAbsError), 0),
    maxRelError: checked.reduce((max, c) => Math.max(max, c.maxRelError), 0),
    points: checked.map((c) => c.result),
    disagreements,
    kinks: checked.flatMap((c, index) => c.result.kinks.map((kink) => ({ ...kink, point: index }))),
    ...(options.claims === undefined ? {} : { claims: claimResults }),
  };
}

/** The points to check: drawn in the domain, or copies of the given ones, refused when checking them would take too long. */
function pointsToCheck(program: Program, points: number | readonly NamedPoint[], wrt: readonly string[], options: CrossValidateOptions): NamedPoint[] {
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
  return at;
}

/** A hand-derived partial, parsed. */
interface Claim {
  readonly name: string;
  readonly expression: string;
  readonly program: Program;
}

/**
 * Each program's claims, parsed, by expression: a batch checks the same claim about the same
 * program on many lines. At most {@link CLAIMS_KEPT} per program, so a program with ever new
 * claims keeps memory bounded; a claim that fails to parse is parsed (and fails) each time.
 */
const parsedClaims = new WeakMap<Program, Map<string, Program>>();
const CLAIMS_KEPT = 64;

function claimProgram(program: Program, expression: string): Program {
  let known = parsedClaims.get(program);
  const found = known?.get(expression);
  if (found !== undefined) return found;
  const claim = parse(expression);
  if (known === undefined) {
    known = new Map();
    parsedClaims.set(program, known);
  }
  if (known.size < CLAIMS_KEPT) known.set(expression, claim);
  return claim;
}

function parseClaims(program: Program, claims: Readonly<Record<string, string>>, wrt: readonly string[]): Claim[] {
  return Object.entries(claims).map(([name, expression]) => {
    if (!wrt.includes(name)) {
      throw new VerifyError('invalid-argument', `a claim names "${name}", which is not among the inputs checked (${wrt.join(', ')})`, { parameter: 'claims' });
    }
    // Parsed alone, so its syntax errors point inside the claim; its free names may be inputs or intermediates.
    return { name, expression, program: claimProgram(program, expression) };
  });
}

/** What every point's check shares. */
interface PointContext {
  readonly program: Program;
  readonly wrt: readonly string[];
  readonly claims: readonly Claim[];
  /** The compiled kernel's partial by name at a point's index. */
  readonly compiled: (name: string, index: number) => number;
  readonly checkOptions: { readonly scheme: Scheme; readonly rtol?: number; readonly atol?: number };
}

/** One point's comparisons: its result, its failed comparisons, and how each claim fared there. */
interface PointCheck {
  readonly result: CrossValidatedPoint;
  readonly disagreements: readonly Disagreement[];
  readonly maxAbsError: number;
  readonly maxRelError: number;
  readonly claims: readonly { readonly errors: readonly Disagreement[]; readonly abs: number; readonly rel: number }[];
}

/** The function finite differences take at a point: the program of the inputs in `wrt`, the others fixed. */
function functionAt(context: PointContext, point: NamedPoint): (p: Float64Array) => number {
  const { program, wrt } = context;
  if (context.checkOptions.scheme === 'complex-step') return programFunction(program, { wrt, at: point });
  return (p) => {
    try {
      return evaluate(program, { ...point, ...Object.fromEntries(wrt.map((name, i) => [name, p[i]!])) });
    } catch (error) {
      if (isOutsideDomain(error)) return Number.NaN;
      throw error;
    }
  };
}

function checkPoint(context: PointContext, point: NamedPoint, index: number): PointCheck {
  const { program, wrt, checkOptions } = context;
  const symbolic = gradient(program, point, { wrt });
  const f = functionAt(context, point);
  const x = Float64Array.from(wrt, (name) => point[name] ?? 0);
  const analytic = Float64Array.from(wrt, (name) => symbolic.gradient[name]!);
  const fd = checkGradient(f, analytic, x, checkOptions);
  const kernelGradient = Float64Array.from(wrt, (name) => context.compiled(name, index));
  const versus = compareGradients(analytic, kernelGradient);
  const claims = context.claims.map((claim) => {
    const i = wrt.indexOf(claim.name);
    const claimed = Float64Array.from(analytic);
    claimed[i] = evaluate(claim.program, withIntermediates(program, point, claim.program.inputs));
    const result = checkGradient(f, claimed, x, { ...checkOptions, components: [i] });
    return { errors: worstOf(result, wrt, index, 'claim-vs-numeric'), abs: result.maxAbsError, rel: result.maxRelError };
  });
  return {
    result: {
      at: point,
      value: symbolic.value,
      symbolic: symbolic.gradient,
      compiled: Object.fromEntries(wrt.map((name, i) => [name, kernelGradient[i]!])),
      // fromEntries defines own properties, so an input named __proto__ is an ordinary key.
      numeric: Object.fromEntries(fd.worst.map((c) => [wrt[c.index]!, c.numeric])),
      ok: fd.ok && versus.ok,
      kinks: symbolic.kinks,
    },
    disagreements: [...worstOf(fd, wrt, index, 'symbolic-vs-numeric'), ...worstOf(versus, wrt, index, 'compiled-vs-symbolic')],
    maxAbsError: Math.max(fd.maxAbsError, versus.maxAbsError),
    maxRelError: Math.max(fd.maxRelError, versus.maxRelError),
    claims,
  };
}

/** A claim's result over every point: its worst errors and its worst disagreement. */
function claimResult(claim: Claim, perPoint: readonly { readonly errors: readonly Disagreement[]; readonly abs: number; readonly rel: number }[]): ClaimResult {
  const errors = perPoint.flatMap((p) => p.errors).sort((a, b) => b.relError - a.relError);
  return {
    wrt: claim.name,
    expression: claim.expression,
    ok: errors.length === 0,
    maxAbsError: perPoint.reduce((max, p) => Math.max(max, p.abs), 0),
    maxRelError: perPoint.reduce((max, p) => Math.max(max, p.rel), 0),
    ...(errors[0] === undefined ? {} : { worst: errors[0] }),
  };
}
