import { numberForTerminal } from '../output.js';
import type { CheckJson, ClaimJson, FailureJson, Point, RandomPointsJson } from './cross-check.js';

/** `x = 1, y = -2.5` (a matrix's entries, already written as JSON text, as they are). */
export function describePoint(at: Point): string {
  return Object.entries(at as Record<string, number | string>).map(([name, value]) => `${name} = ${typeof value === 'number' ? numberForTerminal(value) : value}`).join(', ');
}

/** One three-way disagreement in a sentence: which partial, what gave what. */
export function disagreement(f: FailureJson, out: string): string {
  const what = f.check === 'compiled-vs-symbolic' ? ['the compiled kernel gives', 'the symbolic gradient'] : ['the symbolic gradient gives', 'finite differences'];
  return `∂${out}/∂${f.wrt}: ${what[0]} ${numberForTerminal(f.actual)}, ${what[1]} ${numberForTerminal(f.expected)} (abs error ${f.absError.toExponential(1)})`;
}

/** A wrong claim in a sentence: bp's own derivative beside it, then where they part. */
export function claimProblem(claim: ClaimJson, out: string): string {
  const worst = claim.worst!;
  const correct = claim.derivative === undefined ? '' : `bp derives ∂${out}/∂${claim.wrt} = ${claim.derivative}; `;
  return `claim ∂${out}/∂${claim.wrt} = ${claim.expression} is wrong: ${correct}at ${describePoint(worst.at)} the claim gives ${numberForTerminal(worst.actual)}, finite differences give ${numberForTerminal(worst.expected)}`;
}

type Region = RandomPointsJson['searched'][number];

/** `0 of 600 between -2 and 2`, `3 of 750 within ±0.125 to ±32 of the given point`: the regions of one centre together. */
function regions(searched: readonly Region[], centre: Region['centre']): string | undefined {
  const group = searched.filter((region) => region.centre === centre);
  if (group.length === 0) return undefined;
  const tries = group.reduce((sum, region) => sum + region.tries, 0);
  const found = group.reduce((sum, region) => sum + region.found, 0);
  const widths = group.map((region) => region.halfWidth);
  const low = numberForTerminal(Math.min(...widths));
  const high = numberForTerminal(Math.max(...widths));
  if (centre === 'range') return `${found} of ${tries} between -${high} and ${high}`;
  return `${found} of ${tries} within ±${low === high ? low : `${low} to ±${high}`} of the given point`;
}

/**
 * Where the random points came from, when not simply from [-2, 2]: how many of how many tries
 * were inside the domain in each region searched. Undefined when there is nothing to say.
 */
export function randomPointsNote(random: RandomPointsJson | undefined): string | undefined {
  if (random === undefined || random.searched.length <= 1) return undefined;
  const head = `${random.found} of ${random.requested} random point${random.requested === 1 ? '' : 's'} found inside the function's domain`;
  const parts = [regions(random.searched, 'range'), regions(random.searched, 'given point')].filter((part) => part !== undefined);
  return `${head} (${parts.join('; ')})`;
}

/** Every failed check, one title and one sentence each: the claims first (with bp's derivative), then three-way disagreements. */
export function problems(json: CheckJson, out: string): { title: string; message: string }[] {
  const claims = (json.claims ?? []).filter((claim) => !claim.ok).map((claim) => ({ title: `wrong claim ∂${out}/∂${claim.wrt}`, message: claimProblem(claim, out) }));
  const points = json.points.flatMap((point) =>
    point.failures.map((f) => ({ title: `gradient mismatch ∂${out}/∂${f.wrt}`, message: `${disagreement(f, out)} at ${describePoint(point.at)}` })),
  );
  return [...claims, ...points];
}
