import { derive, evaluate, parse, type Kink, type Program } from '@bp/symbolic';
import { crossValidate, escapeXml, partialDerivative, type CrossValidation, type Disagreement } from '@bp/verify';
import { EXIT_CODES } from '../commands.js';
import { CliError, withSource } from '../errors.js';
import type { Context } from '../main.js';
import { formatNumber, jsonLine, table, write } from '../output.js';
import { pointObject } from '../point.js';
import { readSource } from '../source.js';
import { outputName, pointOption, requireInputs, requireValues, warnUnused } from './shared.js';

type Point = Record<string, number>;

/** One disagreement, at its point. */
interface FailureJson {
  readonly wrt: string;
  /** What disagreed with what. */
  readonly check: Disagreement['check'];
  readonly expected: number;
  readonly actual: number;
  readonly absError: number;
  readonly relError: number;
}

interface PointJson {
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

interface ClaimJson {
  readonly wrt: string;
  readonly expression: string;
  readonly ok: boolean;
  readonly maxAbsError: number;
  readonly maxRelError: number;
  readonly worst?: FailureJson & { readonly at: Point };
}

/** What `bp check --json` prints (the contract's fields first). */
export interface CheckJson {
  readonly ok: boolean;
  readonly maxAbsError: number;
  readonly maxRelError: number;
  readonly kinks: readonly { at: Point; function: string; expression: string; convention: string }[];
  readonly points: readonly PointJson[];
  readonly claims?: readonly ClaimJson[];
}

/** The longest derivative (characters) the text report spells out in the inputs next to the compact one. */
const SPELLED_OUT = 2_000;

const CLAIM = /^\s*([\p{L}_$][\p{L}\p{N}_$]*)\s*=(.*)$/su;

/** `--claim x=EXPR` values, each parsed here first so an error points inside its own text. */
function parseClaims(context: Context, program: Program): Map<string, string> {
  const claims = new Map<string, string>();
  const known = new Set([...program.inputs, ...program.definitions.keys()]);
  for (const text of (context.options.claim as string[] | undefined) ?? []) {
    const match = CLAIM.exec(text);
    if (match === null) {
      throw new CliError('invalid-option', `--claim takes name=expression (x=2*x*y), found "${text}"`, { argument: '--claim' });
    }
    const [, wrt, expression] = match as unknown as [string, string, string];
    if (!program.inputs.includes(wrt)) {
      throw new CliError('invalid-option', `--claim ${wrt}=…: "${wrt}" is not an input of the source (inputs: ${program.inputs.join(', ')})`, { argument: '--claim' });
    }
    if (claims.has(wrt)) throw new CliError('invalid-option', `--claim gives ${wrt} twice`, { argument: '--claim' });
    const label = `--claim ${wrt}=…`;
    const claim = withSource(expression, () => parse(expression), label);
    const unknown = claim.inputs.filter((name) => !known.has(name));
    if (unknown.length > 0) {
      throw new CliError('invalid-option', `${label} uses ${unknown.join(', ')}, which the source neither takes nor defines`, { argument: '--claim' });
    }
    claims.set(wrt, expression.trim());
  }
  return claims;
}

function describePoint(at: Point): string {
  return Object.entries(at).map(([name, value]) => `${name} = ${formatNumber(value)}`).join(', ');
}

/** A record built without a prototype, so an input called `__proto__` is an ordinary key. */
function record(entries: Iterable<readonly [string, number]>): Point {
  const out = Object.create(null) as Point;
  for (const [name, value] of entries) out[name] = value;
  return out;
}

function failure(d: Disagreement): FailureJson {
  return { wrt: d.component, check: d.check, expected: d.expected, actual: d.actual, absError: d.absError, relError: d.relError };
}

/**
 * The finite-difference partials of a point. crossValidate collects them in a plain object, where
 * an input named `__proto__` cannot be stored (TODO: fix in @bp/verify's cross-validate.ts with a
 * prototype-free record); such a partial is taken again by @bp/verify's partialDerivative.
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

/** The JSON of one or two cross-validations (the given point, then the random ones), in order. */
function checkJson(program: Program, runs: readonly CrossValidation[], inputs: readonly string[]): CheckJson {
  const points: PointJson[] = [];
  const kinks: CheckJson['kinks'][number][] = [];
  const claims = new Map<string, ClaimJson>();
  for (const run of runs) {
    const ats = run.points.map((point) => record(inputs.map((name) => [name, point.at[name]!])));
    run.points.forEach((point, i) => {
      const pick = (values: Readonly<Record<string, number>>): Point => record(run.wrt.map((name) => [name, values[name]!]));
      points.push({
        at: ats[i]!,
        value: point.value,
        gradient: pick(point.symbolic),
        compiled: pick(point.compiled),
        numeric: numericPartials(program, ats[i]!, run.wrt, point.numeric),
        ok: point.ok,
        failures: run.disagreements.filter((d) => d.point === i).map(failure),
      });
    });
    for (const kink of run.kinks as readonly (Kink & { point: number })[]) {
      kinks.push({ at: ats[kink.point]!, function: kink.function, expression: kink.expression, convention: kink.convention });
    }
    for (const claim of run.claims ?? []) {
      const before = claims.get(claim.wrt);
      const worst = claim.worst === undefined ? undefined : { ...failure(claim.worst), at: ats[claim.worst.point]! };
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
  }
  return {
    ok: runs.every((run) => run.ok),
    maxAbsError: Math.max(0, ...runs.map((run) => run.maxAbsError)),
    maxRelError: Math.max(0, ...runs.map((run) => run.maxRelError)),
    kinks,
    points,
    ...(claims.size > 0 ? { claims: [...claims.values()] } : {}),
  };
}

/** JUnit XML: one test case per point and per claim, a failure naming the component and what disagreed. */
function junit(json: CheckJson, out: string): string {
  const cases: string[] = [];
  let failures = 0;
  const testCase = (name: string, problems: readonly string[]): void => {
    failures += problems.length > 0 ? 1 : 0;
    const body = problems.length === 0 ? '' : `<failure message="${escapeXml(problems[0]!)}">${escapeXml(problems.join('\n'))}</failure>`;
    cases.push(`  <testcase classname="bp check" name="${escapeXml(name)}">${body}</testcase>`);
  };
  for (const point of json.points) testCase(`gradient at ${describePoint(point.at)}`, point.failures.map((f) => disagreement(f, out)));
  for (const claim of json.claims ?? []) {
    testCase(`claim ∂${out}/∂${claim.wrt} = ${claim.expression}`, claim.worst === undefined ? [] : [claimProblem(claim, out)]);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuite name="bp check" tests="${cases.length}" failures="${failures}">\n${cases.join('\n')}\n</testsuite>\n`;
}

function disagreement(f: FailureJson, out: string): string {
  const what = f.check === 'compiled-vs-symbolic' ? ['the compiled kernel gives', 'the symbolic gradient'] : ['the symbolic gradient gives', 'finite differences'];
  return `∂${out}/∂${f.wrt}: ${what[0]} ${formatNumber(f.actual)}, ${what[1]} ${formatNumber(f.expected)} (abs error ${f.absError.toExponential(1)})`;
}

function claimProblem(claim: ClaimJson, out: string): string {
  const worst = claim.worst!;
  return `claim ∂${out}/∂${claim.wrt} = ${claim.expression} is wrong: at ${describePoint(worst.at)} it gives ${formatNumber(worst.actual)}, finite differences give ${formatNumber(worst.expected)}`;
}

/** `bp check`: @bp/verify's cross-validation (symbolic, compiled, finite differences) and the user's claims. */
export async function run(context: Context): Promise<number> {
  const source = await readSource(context.args[0], 'check');
  const program = withSource(source, () => parse(source));
  requireInputs(context, program);
  const given = pointOption(context);
  warnUnused(context, program, undefined, given);
  const claims = parseClaims(context, program);
  const count = context.options.points as number;
  const rtol = context.options.rtol as number | undefined;
  const atol = context.options.atol as number | undefined;
  const options = {
    seed: context.options.seed as number,
    scheme: context.options.scheme as 'central' | 'forward' | 'richardson' | 'complex-step',
    ...(rtol === undefined ? {} : { rtol }),
    ...(atol === undefined ? {} : { atol }),
    ...(claims.size > 0 ? { claims: Object.fromEntries(claims) } : {}),
  };
  const runs: CrossValidation[] = [];
  if (context.options.at !== undefined) {
    requireValues(context, program, given);
    runs.push(withSource(source, () => crossValidate(program, [pointObject(given)], options)));
  }
  if (count > 0) runs.push(withSource(source, () => crossValidate(program, count, options)));
  if (runs.length === 0) {
    throw new CliError('missing-argument', 'nothing to check: give a point with --at or random points with --points N', { argument: '--points' });
  }
  const json = checkJson(program, runs, program.inputs);
  const format = context.json ? 'json' : (context.options.report as string);
  if (format === 'json') await write(process.stdout, jsonLine(json));
  else if (format === 'junit') await write(process.stdout, junit(json, outputName(program)));
  else await write(process.stdout, textReport(context, program, json));
  return json.ok ? EXIT_CODES.success : EXIT_CODES.failed;
}

function textReport(context: Context, program: Program, json: CheckJson): string {
  const c = context.colors;
  const out = outputName(program);
  const lines: string[] = [c.dim(program.source.trim().replace(/\s*[\r\n]+\s*/g, '; ')), ''];
  for (const name of program.inputs) {
    const derivation = derive(program, name);
    const head = `∂${out}/∂${name}`;
    // The chain rule in the program's own names when there is one, as a derivation reads.
    const last = derivation.steps[derivation.steps.length - 1];
    const chain = last !== undefined && (last.rule === 'chain' || last.rule === 'sum-over-paths') && last.text.startsWith(`${head} = `);
    lines.push(chain ? `${c.bold(head)}${last.text.slice(head.length)}` : `${c.bold(head)} = ${derivation.compact}`);
    // Spelled out in the inputs too, when that is short enough to read.
    if (derivation.compact !== derivation.derivative && derivation.derivative.length <= SPELLED_OUT) {
      lines.push(`${' '.repeat(head.length)} = ${derivation.derivative}`);
    }
  }
  // Full tables for the points the user gave and for any point that failed; passing random
  // points are summed up in one line, so the derivation stays readable.
  const given = context.options.at === undefined ? 0 : 1;
  json.points.forEach((report, index) => {
    if (index >= given && report.ok) return;
    lines.push('', c.dim(`at ${describePoint(report.at)}:`));
    const rows = [['', 'symbolic', 'compiled', 'finite differences', ''].map((cell) => c.dim(cell))];
    for (const name of program.inputs) {
      const failed = report.failures.some((failure) => failure.wrt === name);
      rows.push([
        `∂${out}/∂${name}`,
        formatNumber(report.gradient[name]!),
        formatNumber(report.compiled[name]!),
        formatNumber(report.numeric[name]!),
        failed ? c.red('FAIL') : c.green('ok'),
      ]);
    }
    lines.push(table(rows, '   ', ['left', 'left', 'left', 'left', 'left']).replace(/^/gm, '  '));
  });
  const randomOk = json.points.slice(given).filter((report) => report.ok);
  if (randomOk.length > 0) {
    lines.push('', `${c.green('✓')} ${randomOk.length} random point${randomOk.length === 1 ? '' : 's'} (seed ${String(context.options.seed)}): every partial agrees`);
  }
  for (const claim of json.claims ?? []) {
    const head = `claim ∂${out}/∂${claim.wrt} = ${claim.expression}`;
    lines.push('', claim.ok ? `${c.green('✓')} ${head} agrees at every point` : `${c.red('✗')} ${claimProblem(claim, out)}`);
  }
  const failures = json.points.flatMap((report) => report.failures.map((f) => ({ ...f, at: report.at })));
  if (failures.length > 0) lines.push('');
  for (const f of failures.slice(0, 5)) lines.push(`${c.red('✗')} ${disagreement(f, out)} at ${describePoint(f.at)}`);
  if (failures.length > 5) lines.push(c.red(`  … and ${failures.length - 5} more`));
  for (const kink of json.kinks) lines.push(c.yellow(`! ${kink.expression} at ${describePoint(kink.at)} is at a kink: no derivative exists there; ${kink.convention}`));
  const summary = json.ok
    ? `${c.green('✓')} the gradient agrees three ways (symbolic, compiled, finite differences) at ${json.points.length} point${json.points.length === 1 ? '' : 's'}; max abs error ${json.maxAbsError.toExponential(1)}, max rel error ${json.maxRelError.toExponential(1)}`
    : `${c.red('✗')} the check failed`;
  lines.push('', summary);
  return `${lines.join('\n')}\n`;
}
