import type { JunitCase } from '@bp/verify';
import { numberForTerminal } from '../output.js';
import type { HessianCheckJson, HessianClaimJson, HessianFailureJson } from './cross-check-hessian.js';
import { describePoint } from './messages.js';

/** `∂²f/∂x²`, `∂²f/∂x∂y`. */
export function secondPartial(out: string, wrt: readonly [string, string] | readonly string[]): string {
  return wrt[0] === wrt[1] ? `∂²${out}/∂${wrt[0]}²` : `∂²${out}/∂${wrt[0]}∂${wrt[1]}`;
}

/** One three-way disagreement of a second partial in a sentence. */
export function hessianDisagreement(f: HessianFailureJson, out: string): string {
  const what = f.check === 'compiled-vs-symbolic' ? ['the compiled kernel gives', 'the symbolic Hessian'] : ['the symbolic Hessian gives', 'finite differences of the gradient'];
  return `${secondPartial(out, f.wrt)}: ${what[0]} ${numberForTerminal(f.actual)}, ${what[1]} ${numberForTerminal(f.expected)} (abs error ${f.absError.toExponential(1)})`;
}

/** A wrong second-order claim in a sentence: bp's own second partial beside it, then where they part. */
export function hessianClaimProblem(claim: HessianClaimJson, out: string): string {
  const worst = claim.worst!;
  const head = secondPartial(out, claim.wrt);
  const correct = claim.derivative === undefined ? '' : `bp derives ${head} = ${claim.derivative}; `;
  return `claim ${head} = ${claim.expression} is wrong: ${correct}at ${describePoint(worst.at)} the claim gives ${numberForTerminal(worst.actual)}, finite differences of the gradient give ${numberForTerminal(worst.expected)}`;
}

/** Every failed check of a second-order run, one title and one sentence each: claims first. */
export function hessianProblems(json: HessianCheckJson, out: string): { title: string; message: string }[] {
  const claims = (json.claims ?? [])
    .filter((claim) => !claim.ok)
    .map((claim) => ({ title: `wrong claim ${secondPartial(out, claim.wrt)}`, message: hessianClaimProblem(claim, out) }));
  const points = json.points.flatMap((point) =>
    point.failures.map((f) => ({ title: `Hessian mismatch ${secondPartial(out, f.wrt)}`, message: `${hessianDisagreement(f, out)} at ${describePoint(point.at)}` })),
  );
  return [...claims, ...points];
}

function claimCase(claim: HessianClaimJson, out: string, prefix: string, classname?: string): JunitCase {
  const name = `${prefix}claim ${secondPartial(out, claim.wrt)} = ${claim.expression}`;
  const base = classname === undefined ? { name } : { name, classname };
  if (claim.worst === undefined) return base;
  const problem = hessianClaimProblem(claim, out);
  return { ...base, failure: { message: problem, body: problem, type: 'claim-mismatch' } };
}

/** `bp check --order 2 --report junit`: one test case per point and per claim. */
export function hessianPointCases(json: HessianCheckJson, out: string): JunitCase[] {
  const cases: JunitCase[] = json.points.map((point) => {
    const problems = point.failures.map((f) => hessianDisagreement(f, out));
    const name = `Hessian at ${describePoint(point.at)}`;
    return problems.length === 0 ? { name } : { name, failure: { message: problems[0]!, body: problems.join('\n'), type: 'hessian-mismatch' } };
  });
  return [...cases, ...(json.claims ?? []).map((claim) => claimCase(claim, out, ''))];
}

/** One second-order line of `bp check --batch`: a test case for its Hessian at every point, and one per claim. */
export function hessianLineCases(label: string, json: HessianCheckJson, out: string, classname: string): JunitCase[] {
  const prefix = `${label}: `;
  const problems = json.points.flatMap((point) => point.failures.map((f) => `${hessianDisagreement(f, out)} at ${describePoint(point.at)}`));
  const name = `${prefix}Hessian at ${json.points.length} point${json.points.length === 1 ? '' : 's'}`;
  const whole: JunitCase =
    problems.length === 0 ? { name, classname } : { name, classname, failure: { message: problems[0]!, body: problems.join('\n'), type: 'hessian-mismatch' } };
  return [whole, ...(json.claims ?? []).map((claim) => claimCase(claim, out, prefix, classname))];
}
