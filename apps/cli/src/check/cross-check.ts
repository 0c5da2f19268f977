import { derive, evaluate, isSymbolicError, type Assumption, type Kink, type Program } from '@bp/symbolic';
import { crossValidate, domainPoints, partialDerivative, type CrossValidation, type Disagreement, type SearchedRegion } from '@bp/verify';
import { CliError, withSource, type CliPosition } from '../errors.js';
import { brokenAssumption, onAssumptions } from './assumed-points.js';
import { parseRecent } from './recent-programs.js';

/** A point: a value for each input. */
export type Point = Record<string, number>;

/** One disagreement, at its point. */
export interface FailureJson {
  readonly wrt: string;
  /** What disagreed with what. */
  readonly check: Disagreement['check'];
  readonly expected: number;
  readonly actual: number;
  readonly absError: number;
  readonly relError: number;
}

/** One checked point. */
export interface PointJson {
  readonly at: Point;
  readonly value: number;
  /** By @bp/symbolic's reverse mode. */
  readonly gradient: Point;
  /** By the kernel @bp/numeric compiles. */
  readonly compiled: Point;
  /** By central finite differences (@bp/verify). */
  readonly numeric: Point;
  readonly ok: boolean;
  readonly failures: readonly FailureJson[];
}

/** A hand-derived partial and how it fared; a wrong one carries bp's own derivative beside it. */
export interface ClaimJson {
  readonly wrt: string;
  readonly expression: string;
  readonly ok: boolean;
  readonly maxAbsError: number;
  readonly maxRelError: number;
  readonly worst?: FailureJson & { readonly at: Point };
  /** bp's derivative, in the inputs alone where that is not too large (only for a wrong claim). */
  readonly derivative?: string;
}

/** Where the random points were looked for, and how many were inside the domain. */
export interface RandomPointsJson {
  readonly requested: number;
  readonly found: number;
  readonly searched: readonly { centre: 'range' | 'given point'; halfWidth: number; tries: number; found: number }[];
}

/** What `bp check --json` prints (the contract's fields first). */
export interface CheckJson {
  readonly ok: boolean;
  readonly maxAbsError: number;
  readonly maxRelError: number;
  readonly kinks: readonly { at: Point; function: string; expression: string; convention: string }[];
  readonly points: readonly PointJson[];
  readonly claims?: readonly ClaimJson[];
  readonly randomPoints?: RandomPointsJson;
  /** The `--assume` facts every checked point satisfies, when any were given. */
  readonly assumptions?: readonly string[];
}

/** What to check: the point the user gave (if any), how many random points, and the tolerances. */
export interface CheckRequest {
  readonly given?: Readonly<Point>;
  readonly count: number;
  readonly seed: number;
  readonly scheme: 'central' | 'forward' | 'richardson' | 'complex-step';
  readonly rtol?: number;
  readonly atol?: number;
  /** Hand-derived partials, input name → expression, already parsed once to validate them. */
  readonly claims?: ReadonlyMap<string, string>;
  /** How the user gives a point, for the error when none can be found (`--at`, `"at"`). */
  readonly pointOption: string;
  /** Where that error points. */
  readonly position: CliPosition;
  /**
   * Leave bp's derivative out of the wrong claims, for the caller to add with
   * {@link withDerivatives}: a batch adds them in its main thread, once per program, so worker
   * threads never run (and warm up) the derivation.
   */
  readonly derivativesLater?: boolean;
  /** `--assume` facts: every point checked satisfies them (random ones are moved onto them). */
  readonly assumptions?: readonly Assumption[];
}

/** A record built without a prototype, so an input called `__proto__` is an ordinary key. */
export function record(entries: Iterable<readonly [string, number]>): Point {
  const out = Object.create(null) as Point;
  for (const [name, value] of entries) out[name] = value;
  return out;
}

function failure(d: Disagreement): FailureJson {
  return { wrt: d.component, check: d.check, expected: d.expected, actual: d.actual, absError: d.absError, relError: d.relError };
}

/**
 * The finite-difference partials of a point, by input name. crossValidate's record holds every
 * partial it compared (an input named `__proto__` too: Object.fromEntries defines own keys); one it
 * did not is taken again with @bp/verify's partialDerivative.
 */
function numericPartials(program: Program, at: Point, wrt: readonly string[], numeric: Readonly<Record<string, number>>): Point {
  return record(
    wrt.map((name, index): [string, number] => {
      const value = Object.hasOwn(numeric, name) ? numeric[name] : undefined;
      if (typeof value === 'number') return [name, value];
      const x = Float64Array.from(wrt, (input) => at[input]!);
      const f = (p: Float64Array): number => evaluate(program, new Map(wrt.map((input, i) => [input, p[i]!])));
      return [name, partialDerivative(f, x, index).value];
    }),
  );
}

/** Each program's derivatives by input, as {@link correctDerivative} gives them: a batch names the same wrong claim on many lines. */
const derivatives = new WeakMap<Program, Map<string, string | undefined>>();

/** bp's own derivative for a wrong claim: in the inputs alone, or in the program's names when that would be too large. */
function correctDerivative(program: Program, wrt: string): string | undefined {
  let known = derivatives.get(program);
  if (known === undefined) {
    known = new Map();
    derivatives.set(program, known);
  }
  if (known.has(wrt)) return known.get(wrt);
  let derivative: string | undefined;
  try {
    derivative = derive(program, wrt).derivative;
  } catch (error) {
    if (!isSymbolicError(error) || error.code !== 'too-large') throw error;
    derivative = derive(program, wrt, { expand: false }).compact;
  }
  known.set(wrt, derivative);
  return derivative;
}

function mergeClaims(program: Program, runs: readonly CrossValidation[], ats: readonly (readonly Point[])[]): ClaimJson[] {
  const claims = new Map<string, ClaimJson>();
  runs.forEach((run, r) => {
    for (const claim of run.claims ?? []) {
      const before = claims.get(claim.wrt);
      const worst = claim.worst === undefined ? undefined : { ...failure(claim.worst), at: ats[r]![claim.worst.point]! };
      const keep = before?.worst !== undefined && (worst === undefined || before.worst.relError >= worst.relError) ? before.worst : worst;
      claims.set(claim.wrt, {
        wrt: claim.wrt,
        expression: claim.expression.trim(),
        ok: claim.ok && (before?.ok ?? true),
        maxAbsError: Math.max(claim.maxAbsError, before?.maxAbsError ?? 0),
        maxRelError: Math.max(claim.maxRelError, before?.maxRelError ?? 0),
        ...(keep === undefined ? {} : { worst: keep }),
      });
    }
  });
  return [...claims.values()];
}

/** The claims with bp's own derivative beside each wrong one. */
export function withDerivatives(program: Program, claims: readonly ClaimJson[]): ClaimJson[] {
  return claims.map((claim) => {
    if (claim.ok) return claim;
    const derivative = correctDerivative(program, claim.wrt);
    return derivative === undefined ? claim : { ...claim, derivative };
  });
}

/** The JSON of one or two cross-validations (the given point, then the random ones), in order. */
function checkJson(program: Program, runs: readonly CrossValidation[], derivativesLater: boolean): CheckJson {
  const points: PointJson[] = [];
  const kinks: CheckJson['kinks'][number][] = [];
  const ats = runs.map((run) => run.points.map((point) => record(program.inputs.map((name) => [name, point.at[name]!]))));
  runs.forEach((run, r) => {
    run.points.forEach((point, i) => {
      const pick = (values: Readonly<Record<string, number>>): Point => record(run.wrt.map((name) => [name, values[name]!]));
      points.push({
        at: ats[r]![i]!,
        value: point.value,
        gradient: pick(point.symbolic),
        compiled: pick(point.compiled),
        numeric: numericPartials(program, ats[r]![i]!, run.wrt, point.numeric),
        ok: point.ok,
        failures: run.disagreements.filter((d) => d.point === i).map(failure),
      });
    });
    for (const kink of run.kinks as readonly (Kink & { point: number })[]) {
      kinks.push({ at: ats[r]![kink.point]!, function: kink.function, expression: kink.expression, convention: kink.convention });
    }
  });
  const merged = mergeClaims(program, runs, ats);
  const claims = derivativesLater ? merged : withDerivatives(program, merged);
  return {
    ok: runs.every((run) => run.ok),
    maxAbsError: Math.max(0, ...runs.map((run) => run.maxAbsError)),
    maxRelError: Math.max(0, ...runs.map((run) => run.maxRelError)),
    kinks,
    points,
    ...(claims.length > 0 ? { claims } : {}),
  };
}

/** The regions @bp/verify searched for random points, as `randomPoints.searched` reports them. */
export function searchedRegions(regions: readonly SearchedRegion[]): RandomPointsJson['searched'] {
  return regions
    .filter((region) => region.tries > 0)
    .map((region) => ({ centre: region.centre === 'around' ? 'given point' : 'range', halfWidth: region.halfWidth, tries: region.tries, found: region.found }));
}

/**
 * Checks a program three ways (symbolic, compiled, finite differences) at the given point, then at
 * seeded random points inside its domain, searched around the given point when [-2, 2] has too
 * few; and checks each claim against finite differences at all of them.
 * @throws {CliError} `missing-argument` when no point was given and no random point is inside the domain.
 */
export function crossCheck(program: Program, request: CheckRequest): CheckJson {
  const source = program.source;
  const options = {
    seed: request.seed,
    scheme: request.scheme,
    ...(request.rtol === undefined ? {} : { rtol: request.rtol }),
    ...(request.atol === undefined ? {} : { atol: request.atol }),
    ...(request.claims === undefined || request.claims.size === 0 ? {} : { claims: Object.fromEntries(request.claims) }),
  };
  let randomPoints: RandomPointsJson | undefined;
  const assumed = request.assumptions === undefined || request.assumptions.length === 0 ? undefined : request.assumptions;
  const broken = request.given === undefined || assumed === undefined ? undefined : brokenAssumption(request.given, assumed);
  if (broken !== undefined) {
    throw new CliError('invalid-point', `the assumption ${broken.assumption.text} does not hold at the point (the sum there is ${broken.sum})`, request.position);
  }
  const points: Readonly<Point>[] = request.given === undefined ? [] : [request.given];
  if (request.count > 0) {
    const around = request.given === undefined ? {} : { around: request.given };
    const found = withSource(source, () => domainPoints(program, request.count, { seed: request.seed, ...around }));
    const moved = assumed === undefined ? found.points : found.points.map((p) => onAssumptions(program, p, assumed)).filter((p) => p !== undefined);
    randomPoints = { requested: request.count, found: moved.length, searched: searchedRegions(found.regions) };
    points.push(...moved);
  }
  if (points.length === 0) {
    const tries = randomPoints?.searched.reduce((sum, region) => sum + region.tries, 0) ?? 0;
    const widest = Math.max(0, ...(randomPoints?.searched.map((region) => region.halfWidth) ?? []));
    throw new CliError(
      'missing-argument',
      `no point to check: none of ${tries} random points between -${widest} and ${widest} is inside the function's domain; give one with ${request.pointOption}`,
      request.position,
    );
  }
  // One cross-validation of the given point and the random ones together: one gradient and one
  // kernel compiled, and the claims parsed once, instead of once for each.
  const runs = [withSource(source, () => crossValidate(program, points, options))];
  const json = { ...checkJson(program, runs, request.derivativesLater ?? false), ...(assumed === undefined ? {} : { assumptions: assumed.map((a) => a.text) }) };
  return randomPoints === undefined ? json : { ...json, randomPoints };
}

/**
 * Parses a claim's expression alone, so an error points inside it, and checks that it names only
 * what the source takes or defines; `fail` makes the error for a name it does not.
 */
export function parseClaim(program: Program, expression: string, label: string, fail: (message: string) => CliError): string {
  const known = new Set([...program.inputs, ...program.definitions.keys()]);
  const claim = withSource(expression, () => parseRecent(expression), label);
  const unknown = claim.inputs.filter((name) => !known.has(name));
  if (unknown.length > 0) throw fail(`${label} uses ${unknown.join(', ')}, which the source neither takes nor defines`);
  return expression.trim();
}
