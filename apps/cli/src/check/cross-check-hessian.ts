import { hessian, isSymbolicError, type Program } from '@bp/symbolic';
import { crossValidateHessian, domainPoints, type HessianCrossValidation, type HessianDisagreement, type NamedHessian } from '@bp/verify';
import { CliError, withSource } from '../errors.js';
import { record, searchedRegions, type CheckRequest, type Point, type RandomPointsJson } from './cross-check.js';

/** A Hessian by its two inputs, `h[a][b]`. */
export type HessianValues = Record<string, Point>;

/** One disagreement of a second partial ∂²f/∂a∂b, at its point. */
export interface HessianFailureJson {
  readonly wrt: readonly [string, string];
  readonly check: HessianDisagreement['check'];
  readonly expected: number;
  readonly actual: number;
  readonly absError: number;
  readonly relError: number;
}

/** One point of `bp check --order 2`: the three Hessians. */
export interface HessianPointJson {
  readonly at: Point;
  readonly value: number;
  /** By @bp/symbolic (reverse over reverse). */
  readonly hessian: HessianValues;
  /** By the kernel @bp/numeric compiles (Hessian-vector products). */
  readonly compiled: HessianValues;
  /** By central differences of the gradient (@bp/verify). */
  readonly numeric: HessianValues;
  readonly ok: boolean;
  readonly failures: readonly HessianFailureJson[];
}

/** A hand-derived second partial and how it fared; a wrong one carries bp's own beside it. */
export interface HessianClaimJson {
  readonly wrt: readonly [string, string];
  readonly expression: string;
  readonly ok: boolean;
  readonly maxAbsError: number;
  readonly maxRelError: number;
  readonly worst?: HessianFailureJson & { readonly at: Point };
  /** bp's own ∂²f/∂a∂b (only for a wrong claim). */
  readonly derivative?: string;
}

/** What `bp check --order 2 --json` prints. */
export interface HessianCheckJson {
  readonly ok: boolean;
  readonly order: 2;
  readonly maxAbsError: number;
  readonly maxRelError: number;
  readonly kinks: readonly { at: Point; function: string; expression: string; convention: string }[];
  readonly points: readonly HessianPointJson[];
  readonly claims?: readonly HessianClaimJson[];
  readonly randomPoints?: RandomPointsJson;
}

/** What to check at second order: as first order, with claims keyed `"a,b"`. */
export type HessianCheckRequest = Omit<CheckRequest, 'scheme'>;

function failure(d: HessianDisagreement): HessianFailureJson {
  return { wrt: [d.wrt[0], d.wrt[1]], check: d.check, expected: d.expected, actual: d.actual, absError: d.absError, relError: d.relError };
}

function values(wrt: readonly string[], h: NamedHessian): HessianValues {
  const out = Object.create(null) as HessianValues;
  for (const a of wrt) out[a] = record(wrt.map((b) => [b, h[a]![b]!]));
  return out;
}

/** bp's own second partial beside a wrong claim: in the inputs alone, or in the program's names when that is too large. */
function correctSecond(program: Program, wrt: readonly [string, string]): string {
  try {
    return hessian(program, { wrt: [...wrt] }).matrix[wrt[0]]![wrt[1]]!.derivative;
  } catch (error) {
    if (!isSymbolicError(error) || error.code !== 'too-large') throw error;
    return hessian(program, { wrt: [...wrt], expand: false }).matrix[wrt[0]]![wrt[1]]!.compact;
  }
}

/** The claims of every run as one per entry: the worst point over all runs. */
function mergeClaims(program: Program, runs: readonly HessianCrossValidation[], ats: readonly (readonly Point[])[]): HessianClaimJson[] {
  const claims = new Map<string, HessianClaimJson>();
  runs.forEach((run, r) => {
    for (const claim of run.claims ?? []) {
      const key = claim.wrt.join(',');
      const before = claims.get(key);
      const worst = claim.worst === undefined ? undefined : { ...failure(claim.worst), at: ats[r]![claim.worst.point]! };
      const keep = before?.worst !== undefined && (worst === undefined || before.worst.relError >= worst.relError) ? before.worst : worst;
      claims.set(key, {
        wrt: [claim.wrt[0], claim.wrt[1]],
        expression: claim.expression.trim(),
        ok: claim.ok && (before?.ok ?? true),
        maxAbsError: Math.max(claim.maxAbsError, before?.maxAbsError ?? 0),
        maxRelError: Math.max(claim.maxRelError, before?.maxRelError ?? 0),
        ...(keep === undefined ? {} : { worst: keep }),
      });
    }
  });
  return [...claims.values()].map((claim) => (claim.ok ? claim : { ...claim, derivative: correctSecond(program, claim.wrt) }));
}

/** The JSON of the runs (the given point, then the random ones), in order. */
function hessianJson(program: Program, runs: readonly HessianCrossValidation[]): HessianCheckJson {
  const ats = runs.map((run) => run.points.map((point) => record(program.inputs.map((name) => [name, point.at[name]!]))));
  const points = runs.flatMap((run, r) =>
    run.points.map((point, i): HessianPointJson => ({
      at: ats[r]![i]!,
      value: point.value,
      hessian: values(run.wrt, point.symbolic),
      compiled: values(run.wrt, point.compiled),
      numeric: values(run.wrt, point.numeric),
      ok: point.ok,
      failures: run.disagreements.filter((d) => d.point === i).map(failure),
    })),
  );
  const kinks = runs.flatMap((run, r) =>
    run.kinks.map((kink) => ({ at: ats[r]![kink.point]!, function: kink.function, expression: kink.expression, convention: kink.convention })),
  );
  const claims = mergeClaims(program, runs, ats);
  return {
    ok: runs.every((run) => run.ok),
    order: 2,
    maxAbsError: Math.max(...runs.map((run) => run.maxAbsError)),
    maxRelError: Math.max(...runs.map((run) => run.maxRelError)),
    kinks,
    points,
    ...(runs.some((run) => run.claims !== undefined) ? { claims } : {}),
  };
}

/**
 * `bp check --order 2`: every second partial three ways (@bp/symbolic, @bp/numeric's compiled
 * Hessian-vector products, central differences of the gradient) with @bp/verify's
 * crossValidateHessian, at the given point and at seeded random points inside the domain; each
 * claim (`"x,y"` → expression) against the same finite differences.
 * @throws {CliError} `missing-argument` when no point was given and no random point is inside the domain.
 */
export function crossCheckHessian(program: Program, request: HessianCheckRequest): HessianCheckJson {
  const source = program.source;
  const options = {
    ...(request.rtol === undefined ? {} : { rtol: request.rtol }),
    ...(request.atol === undefined ? {} : { atol: request.atol }),
    ...(request.claims === undefined || request.claims.size === 0 ? {} : { claims: Object.fromEntries(request.claims) }),
  };
  let randomPoints: RandomPointsJson | undefined;
  const points: Readonly<Point>[] = request.given === undefined ? [] : [request.given];
  if (request.count > 0) {
    const around = request.given === undefined ? {} : { around: request.given };
    const found = withSource(source, () => domainPoints(program, request.count, { seed: request.seed, ...around }));
    randomPoints = { requested: request.count, found: found.points.length, searched: searchedRegions(found.regions) };
    points.push(...found.points);
  }
  if (points.length === 0) {
    throw new CliError('missing-argument', `no point to check: no random point is inside the function's domain; give one with ${request.pointOption}`, request.position);
  }
  // The given point and the random ones in one cross-validation: the Hessian kernel compiled once.
  const runs = [withSource(source, () => crossValidateHessian(program, points, options))];
  const json = hessianJson(program, runs);
  return randomPoints === undefined ? json : { ...json, randomPoints };
}
