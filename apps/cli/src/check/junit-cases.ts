import type { JunitCase } from '@bp/verify';
import type { CheckJson, ClaimJson } from './cross-check.js';
import { claimProblem, describePoint, disagreement, randomPointsNote } from './messages.js';

/** The test case of one claim: failed with bp's own derivative beside the claim when it is wrong. */
export function claimCase(claim: ClaimJson, out: string, prefix = '', classname?: string): JunitCase {
  const name = `${prefix}claim ∂${out}/∂${claim.wrt} = ${claim.expression}`;
  const base = classname === undefined ? { name } : { name, classname };
  if (claim.worst === undefined) return base;
  const problem = claimProblem(claim, out);
  return { ...base, failure: { message: problem, body: problem, type: 'claim-mismatch' } };
}

/** Random points asked for but not found inside the domain: a skipped case, so the report says so. */
function randomCase(json: CheckJson, prefix: string, classname?: string): JunitCase[] {
  const random = json.randomPoints;
  if (random === undefined || random.found === random.requested) return [];
  const note = randomPointsNote(random) ?? `${random.found} of ${random.requested} random points found inside the function's domain`;
  return [{ name: `${prefix}random points inside the domain`, skipped: note, ...(classname === undefined ? {} : { classname }) }];
}

/** `bp check --report junit`: one test case per point and per claim, a failure naming what disagreed. */
export function pointCases(json: CheckJson, out: string): JunitCase[] {
  const cases: JunitCase[] = json.points.map((point) => {
    const problems = point.failures.map((f) => disagreement(f, out));
    const name = `gradient at ${describePoint(point.at)}`;
    return problems.length === 0 ? { name } : { name, failure: { message: problems[0]!, body: problems.join('\n'), type: 'gradient-mismatch' } };
  });
  return [...cases, ...randomCase(json, ''), ...(json.claims ?? []).map((claim) => claimCase(claim, out))];
}

/** One line of `bp check --batch`: a test case for its gradient at every point, and one per claim. */
export function lineCases(label: string, json: CheckJson, out: string, classname: string): JunitCase[] {
  const prefix = `${label}: `;
  const problems = json.points.flatMap((point) => point.failures.map((f) => `${disagreement(f, out)} at ${describePoint(point.at)}`));
  const name = `${prefix}gradient at ${json.points.length} point${json.points.length === 1 ? '' : 's'}`;
  const gradient: JunitCase =
    problems.length === 0 ? { name, classname } : { name, classname, failure: { message: problems[0]!, body: problems.join('\n'), type: 'gradient-mismatch' } };
  return [gradient, ...randomCase(json, prefix, classname), ...(json.claims ?? []).map((claim) => claimCase(claim, out, prefix, classname))];
}
