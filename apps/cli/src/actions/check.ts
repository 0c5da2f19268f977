import { compile, createRandom, type Kernel } from '@bp/numeric';
import { backprop, derive, evaluate, gradient, isSymbolicError, parse, type Program } from '@bp/symbolic';
import { checkGradient, compareGradients, formatJunit, type CheckResult, type JunitCase } from '@bp/verify';
import { EXIT_CODES } from '../commands.js';
import { CliError, withSource } from '../errors.js';
import type { Context } from '../main.js';
import { formatNumber, jsonLine, table, write } from '../output.js';
import { pointObject } from '../point.js';
import { readSource } from '../source.js';
import { outputName, pointOption, requireValues, warnUnused, requireInputs } from './shared.js';

/** A gradient the user derived by hand: `--claim x=2*x*y`. */
interface Claim {
  readonly wrt: string;
  readonly expression: string;
  readonly program: Program;
}

/** One disagreement, for the JSON and the text report. */
interface Failure {
  readonly wrt: string;
  /** What disagreed with what: the symbolic gradient with finite differences, the compiled kernel with the symbolic gradient. */
  readonly check: 'finite-differences' | 'compiled';
  readonly analytic: number;
  readonly reference: number;
  readonly absError: number;
  readonly tolerance: number;
}

interface PointReport {
  readonly at: Record<string, number>;
  readonly value: number;
  readonly gradient: Record<string, number>;
  readonly compiled: Record<string, number>;
  readonly numeric: Record<string, number>;
  readonly ok: boolean;
  readonly maxAbsError: number;
  readonly maxRelError: number;
  readonly failures: readonly Failure[];
}

interface ClaimPoint {
  readonly at: Record<string, number>;
  readonly claimed: number;
  readonly symbolic: number;
  readonly numeric: number;
  readonly absError: number;
  readonly tolerance: number;
  readonly ok: boolean;
}

interface ClaimReport {
  readonly wrt: string;
  readonly expression: string;
  readonly ok: boolean;
  readonly points: readonly ClaimPoint[];
}

/** What `bp check --json` prints (the contract's fields first). */
export interface CheckJson {
  readonly ok: boolean;
  readonly maxAbsError: number;
  readonly maxRelError: number;
  readonly kinks: readonly { at: Record<string, number>; wrt: string; left?: number; right?: number }[];
  readonly points: readonly PointReport[];
  readonly claims?: readonly ClaimReport[];
}

const IDENTIFIER = /^\s*([\p{L}_$][\p{L}\p{N}_$]*)\s*=(.*)$/su;

function parseClaims(context: Context, program: Program): Claim[] {
  const texts = (context.options.claim as string[] | undefined) ?? [];
  const known = new Set([...program.inputs, ...program.definitions.keys()]);
  return texts.map((text) => {
    const match = IDENTIFIER.exec(text);
    if (match === null) {
      throw new CliError('invalid-option', `--claim takes name=expression (x=2*x*y), found "${text}"`, { argument: '--claim' });
    }
    const wrt = match[1]!;
    const expression = match[2]!;
    if (!program.inputs.includes(wrt)) {
      throw new CliError('invalid-option', `--claim ${wrt}=…: "${wrt}" is not an input of the source (inputs: ${program.inputs.join(', ')})`, {
        argument: '--claim',
      });
    }
    const label = `--claim ${wrt}=…`;
    const claimProgram = withSource(expression, () => parse(expression), label);
    const unknown = claimProgram.inputs.filter((name) => !known.has(name));
    if (unknown.length > 0) {
      throw new CliError('invalid-option', `${label} uses ${unknown.join(', ')}, which the source neither takes nor defines`, { argument: '--claim' });
    }
    return { wrt, expression, program: claimProgram };
  });
}

/**
 * Random points for the inputs, seeded; a point outside the function's domain (log of a negative
 * number) is drawn again, so `log(x)` is checked where it exists.
 */
function randomPoints(context: Context, program: Program, count: number, seed: number): Map<string, number>[] {
  const random = createRandom(seed);
  const points: Map<string, number>[] = [];
  let attempts = 0;
  while (points.length < count && attempts < count * 50) {
    attempts++;
    // Magnitudes in [0.25, 2] with either sign: away from 0, where kinks and poles usually sit.
    const point = new Map(program.inputs.map((name) => [name, (random.uniform() < 0.5 ? -1 : 1) * (0.25 + 1.75 * random.uniform())]));
    try {
      gradient(program, point);
      points.push(point);
    } catch (error) {
      if (!isSymbolicError(error) || error.code !== 'domain') throw error;
    }
  }
  if (points.length < count) context.warn(`found only ${points.length} of ${count} random points inside the function's domain`);
  return points;
}

function describePoint(at: Record<string, number>): string {
  return Object.entries(at).map(([name, value]) => `${name} = ${formatNumber(value)}`).join(', ');
}

function byName(names: readonly string[], values: ArrayLike<number>): Record<string, number> {
  const object = Object.create(null) as Record<string, number>;
  names.forEach((name, i) => (object[name] = values[i]!));
  return object;
}

/** `bp check`: the symbolic gradient against the compiled kernel and finite differences, and the user's claims. */
export async function run(context: Context): Promise<number> {
  const source = await readSource(context.args[0], 'check');
  const program = withSource(source, () => parse(source));
  requireInputs(context, program);
  const given = pointOption(context);
  warnUnused(context, program, undefined, given);
  const claims = parseClaims(context, program);
  const count = context.options.points as number;
  const seed = context.options.seed as number;
  const points: Map<string, number>[] = [];
  if (context.options.at !== undefined) {
    requireValues(context, program, given);
    points.push(given);
  }
  points.push(...withSource(source, () => randomPoints(context, program, count, seed)));
  if (points.length === 0) {
    throw new CliError('missing-argument', 'nothing to check: give a point with --at or random points with --points N', { argument: '--points' });
  }
  const inputs = program.inputs;
  const rtol = context.options.rtol as number | undefined;
  const atol = context.options.atol as number | undefined;
  const tolerances = { ...(rtol === undefined ? {} : { rtol }), ...(atol === undefined ? {} : { atol }) };
  const kernel: Kernel = withSource(source, () => compile(program));
  // f for finite differences: the compiled kernel's value; a point just outside the domain is NaN,
  // which @bp/verify reports as such instead of crashing.
  const f = (values: Float64Array): number => kernel.evaluate(new Map(inputs.map((name, i) => [name, values[i]!]))).value[0]!;

  const reports: PointReport[] = [];
  const kinks: CheckJson['kinks'][number][] = [];
  const junit: JunitCase[] = [];
  const claimPoints = claims.map((): ClaimPoint[] => []);
  let maxAbsError = 0;
  let maxRelError = 0;
  for (const point of points) {
    const at = pointObject(point);
    const x = new Float64Array(inputs.map((name) => point.get(name)!));
    const symbolic = withSource(source, () => gradient(program, point));
    const analytic = inputs.map((name) => symbolic.gradient[name]!);
    const numeric = checkGradient(f, analytic, x, tolerances);
    const compiledResult = kernel.evaluate(point);
    const compiled = inputs.map((name) => compiledResult.gradient[name]![0]!);
    const comparison = compareGradients(analytic, compiled);
    const failures: Failure[] = [];
    const collect = (result: CheckResult, check: Failure['check']): void => {
      for (const component of result.worst) {
        if (component.kink) kinks.push({ at, wrt: inputs[component.index]!, ...(component.left === undefined ? {} : { left: component.left }), ...(component.right === undefined ? {} : { right: component.right }) });
        if (component.ok) continue;
        failures.push({
          wrt: inputs[component.index]!,
          check,
          analytic: check === 'compiled' ? compiled[component.index]! : component.analytic,
          reference: component.numeric,
          absError: component.absError,
          tolerance: component.tolerance,
        });
      }
    };
    collect(numeric, 'finite-differences');
    collect(comparison, 'compiled');
    const numericValues = new Array<number>(inputs.length).fill(Number.NaN);
    for (const component of numeric.worst) numericValues[component.index] = component.numeric;
    maxAbsError = Math.max(maxAbsError, numeric.maxAbsError, comparison.maxAbsError);
    maxRelError = Math.max(maxRelError, numeric.maxRelError, comparison.maxRelError);
    reports.push({
      at,
      value: symbolic.value,
      gradient: byName(inputs, analytic),
      compiled: byName(inputs, compiled),
      numeric: byName(inputs, numericValues),
      ok: numeric.ok && comparison.ok,
      maxAbsError: Math.max(numeric.maxAbsError, comparison.maxAbsError),
      maxRelError: Math.max(numeric.maxRelError, comparison.maxRelError),
      failures,
    });
    junit.push({ name: `finite differences at ${describePoint(at)}`, result: numeric, names: inputs });
    junit.push({ name: `compiled kernel at ${describePoint(at)}`, result: comparison, names: inputs });

    if (claims.length > 0) {
      // Claims may use the program's intermediate names: give them their values at the point.
      const named = new Map(point);
      for (const node of withSource(source, () => backprop(program, { at: point })).nodes) {
        if (node.kind !== 'input' && node.value !== undefined) named.set(node.label, node.value);
      }
      const claimed = [...analytic];
      const indices: number[] = [];
      claims.forEach((claim) => {
        const index = inputs.indexOf(claim.wrt);
        const values = new Map(claim.program.inputs.map((name) => [name, named.get(name)!]));
        claimed[index] = withSource(claim.expression, () => evaluate(claim.program, values), `--claim ${claim.wrt}=…`);
        indices.push(index);
      });
      const result = checkGradient(f, claimed, x, { ...tolerances, components: indices });
      junit.push({ name: `claims at ${describePoint(at)}`, result, names: inputs });
      claims.forEach((claim, k) => {
        const component = result.worst.find((entry) => entry.index === indices[k]);
        if (component === undefined) throw new Error(`no result for the claim on ${claim.wrt}`);
        claimPoints[k]!.push({
          at,
          claimed: claimed[indices[k]!]!,
          symbolic: analytic[indices[k]!]!,
          numeric: component.numeric,
          absError: component.absError,
          tolerance: component.tolerance,
          ok: component.ok,
        });
      });
    }
  }

  const claimReports: ClaimReport[] = claims.map((claim, k) => ({
    wrt: claim.wrt,
    expression: claim.expression.trim(),
    ok: claimPoints[k]!.every((entry) => entry.ok),
    points: claimPoints[k]!,
  }));
  const ok = reports.every((report) => report.ok) && claimReports.every((claim) => claim.ok);
  const json: CheckJson = {
    ok,
    maxAbsError,
    maxRelError,
    kinks,
    points: reports,
    ...(claims.length > 0 ? { claims: claimReports } : {}),
  };
  const format = context.json ? 'json' : (context.options.report as string);
  if (format === 'json') await write(process.stdout, jsonLine(json));
  else if (format === 'junit') await write(process.stdout, formatJunit(junit, { suite: `bp check ${source.length > 60 ? `${source.slice(0, 59)}…` : source}` }));
  else await write(process.stdout, textReport(context, program, json));
  return ok ? EXIT_CODES.success : EXIT_CODES.failed;
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
    if (derivation.compact !== derivation.derivative) lines.push(`${' '.repeat(head.length)} = ${derivation.derivative}`);
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
    const worst = Math.max(...randomOk.map((report) => report.maxAbsError));
    lines.push('', `${c.green('✓')} ${randomOk.length} random point${randomOk.length === 1 ? '' : 's'} (seed ${String(context.options.seed)}): every partial agrees, max abs error ${worst.toExponential(1)}`);
  }
  for (const claim of json.claims ?? []) {
    const wrong = claim.points.filter((entry) => !entry.ok);
    const head = `claim ∂${out}/∂${claim.wrt} = ${claim.expression}`;
    if (wrong.length === 0) lines.push('', `${c.green('✓')} ${head} agrees at every point`);
    else {
      const first = wrong[0]!;
      lines.push(
        '',
        `${c.red('✗')} ${head} is wrong at ${wrong.length} of ${claim.points.length} points; at ${describePoint(first.at)} it gives ${formatNumber(first.claimed)}, the gradient is ${formatNumber(first.symbolic)} (finite differences ${formatNumber(first.numeric)})`,
      );
    }
  }
  const failures = json.points.flatMap((report) => report.failures.map((failure) => ({ ...failure, at: report.at })));
  for (const failure of failures.slice(0, 5)) {
    const against = failure.check === 'compiled' ? 'the compiled kernel gives' : 'finite differences give';
    lines.push(`${c.red('✗')} ∂${out}/∂${failure.wrt} at ${describePoint(failure.at)}: ${formatNumber(failure.analytic)}, ${against} ${formatNumber(failure.reference)}`);
  }
  for (const kink of json.kinks) lines.push(c.yellow(`! ∂${out}/∂${kink.wrt} at ${describePoint(kink.at)} is at a kink: one-sided derivatives ${formatNumber(kink.left ?? Number.NaN)} and ${formatNumber(kink.right ?? Number.NaN)}`));
  const summary = json.ok
    ? `${c.green('✓')} the gradient agrees three ways (symbolic, compiled, finite differences) at ${json.points.length} point${json.points.length === 1 ? '' : 's'}; max abs error ${json.maxAbsError.toExponential(1)}, max rel error ${json.maxRelError.toExponential(1)}`
    : `${c.red('✗')} the check failed`;
  lines.push('', summary);
  return `${lines.join('\n')}\n`;
}
