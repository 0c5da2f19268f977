import { adjointLines, backprop, derive, parse, type Program } from '@bp/symbolic';
import { formatJunit } from '@bp/verify';
import { assumptionsOption } from '../assumptions.js';
import { EXIT_CODES } from '../commands.js';
import { CliError, withSource } from '../errors.js';
import type { CommandContext } from '../context.js';
import { numberForTerminal, jsonLine, table, write } from '../output.js';
import { pointObject } from '../point.js';
import { runMatrixCheck } from '../check-matrix.js';
import { isMatrixRun } from '../matrix.js';
import { readSource } from '../source.js';
import { crossCheck, parseClaim, type CheckJson } from '../check/cross-check.js';
import { workflowCommand } from '../check/github.js';
import { runSecondOrder } from '../check/second-order.js';
import { pointCases } from '../check/junit-cases.js';
import { claimProblem, describePoint, disagreement, problems, randomPointsNote } from '../check/messages.js';
import { outputName, pointOption, requireInputs, requireValues, warnUnused } from './shared.js';

export type { CheckJson } from '../check/cross-check.js';

/** The longest derivative (characters) the text report spells out in the inputs next to the compact one. */
const SPELLED_OUT = 2_000;

const CLAIM = /^\s*([\p{L}_$][\p{L}\p{N}_$]*)\s*=(.*)$/su;

/** `--claim x=EXPR` values, each parsed here first so an error points inside its own text. */
function parseClaims(context: CommandContext<'check'>, program: Program): Map<string, string> {
  const claims = new Map<string, string>();
  for (const text of context.options.claim ?? []) {
    const match = CLAIM.exec(text);
    // With one input, a claim may leave out its name: --claim "3*x^2" for "x^3".
    const only = program.inputs.length === 1 ? program.inputs[0]! : undefined;
    if (match === null && only === undefined) {
      const example = program.inputs[0] ?? 'x';
      throw new CliError('invalid-option', `--claim takes name=expression (${example}=…), found "${text}": the source has several inputs (${program.inputs.join(', ')})`, { argument: '--claim' });
    }
    const [, wrt, expression] = match === null ? ['', only!, text] : (match as unknown as [string, string, string]);
    if (!program.inputs.includes(wrt)) {
      throw new CliError('invalid-option', `--claim ${wrt}=…: "${wrt}" is not an input of the source (inputs: ${program.inputs.join(', ')})`, { argument: '--claim' });
    }
    if (claims.has(wrt)) throw new CliError('invalid-option', `--claim gives ${wrt} twice`, { argument: '--claim' });
    const fail = (message: string): CliError => new CliError('invalid-option', message, { argument: '--claim' });
    claims.set(wrt, parseClaim(program, expression, `--claim ${wrt}=…`, fail));
  }
  return claims;
}

/** `--order`: 1 (the gradient, the default) or 2 (the Hessian). */
function checkOrder(context: CommandContext<'check'>): 1 | 2 {
  const order = context.options.order;
  if (order === undefined || order === 1) return 1;
  if (order === 2) return 2;
  throw new CliError('usage', `--order is 1 (gradients) or 2 (Hessians), found ${order}`, { argument: '--order' });
}

/** `bp check`: @bp/verify's cross-validation (symbolic, compiled, finite differences) and the user's claims. */
export async function run(context: CommandContext<'check'>): Promise<number> {
  if (context.options.assume !== undefined && (context.options.batch !== undefined || isMatrixRun(context))) {
    throw new CliError('unsupported', '--assume applies to one scalar program; with --batch give "assume" on each line, and matrix shapes state one-hot labels with --distribution', { argument: '--assume' });
  }
  if (context.options.batch !== undefined) {
    const { runCheckBatch } = await import('../check/run-batch.js');
    return runCheckBatch(context);
  }
  for (const option of ['shard', 'workers', 'junit'] as const) {
    if (context.options[option] !== undefined) throw new CliError('usage', `--${option} applies to --batch only`, { argument: `--${option}` });
  }
  const order = checkOrder(context);
  if (isMatrixRun(context)) {
    if (order === 2) throw new CliError('unsupported', '--order 2 takes scalar inputs only: second derivatives of matrix programs are not checked yet', { argument: '--order' });
    return runMatrixCheck(context);
  }
  const source = await readSource(context.args[0], 'check');
  const program = withSource(source, () => parse(source));
  requireInputs(context, program);
  const given = pointOption(context);
  warnUnused(context, program, undefined, given);
  const hasPoint = context.options.at !== undefined;
  if (hasPoint) requireValues(context, program, given);
  if (!hasPoint && context.options.points === 0) {
    throw new CliError('missing-argument', 'nothing to check: give a point with --at or random points with --points N', { argument: '--points' });
  }
  const assumptions = assumptionsOption(context.options.assume, program, context.options.distribution);
  if (assumptions.length > 0 && order === 2) throw new CliError('unsupported', '--assume applies to first-order checks; it does not combine with --order 2 yet', { argument: '--assume' });
  if (order === 2) return runSecondOrder(context, program, hasPoint ? pointObject(given) : undefined);
  const claims = parseClaims(context, program);
  const rtol = context.options.rtol;
  const atol = context.options.atol;
  const json = crossCheck(program, {
    ...(hasPoint ? { given: pointObject(given) } : {}),
    count: context.options.points,
    seed: context.options.seed,
    scheme: context.options.scheme,
    ...(rtol === undefined ? {} : { rtol }),
    ...(atol === undefined ? {} : { atol }),
    claims,
    pointOption: '--at',
    position: { argument: '--at' },
    assumptions,
  });
  const format = context.json ? 'json' : context.options.report;
  if (format === 'json') await write(process.stdout, jsonLine(json));
  else if (format === 'junit') await write(process.stdout, formatJunit(pointCases(json, outputName(program)), { suite: 'bp check' }));
  else if (format === 'github') {
    const commands = problems(json, outputName(program)).map((problem) => workflowCommand('error', { title: `bp check: ${problem.title}` }, problem.message));
    await write(process.stdout, commands.join(''));
  }
  else await write(process.stdout, textReport(context, program, json));
  return json.ok ? EXIT_CODES.success : EXIT_CODES.failed;
}

/**
 * Past this many inputs × statements, a program's partials are written once as δ lines (one
 * backward pass) instead of one chain-rule line per input, whose length grows with the depth.
 */
const PER_INPUT_CHAINS = 200;

/**
 * The derivation above the numbers: for a small source, each partial as the chain rule in the
 * program's names (and spelled out in the inputs when short); for a large program, the backward
 * pass in δ names, each line in earlier names, then each partial in them, so the text grows
 * linearly with the program.
 */
function derivationLines(context: CommandContext<'check'>, program: Program): string[] {
  const c = context.colors;
  const out = outputName(program);
  const lines: string[] = [];
  if (program.assignments.length > 0 && program.inputs.length * (program.assignments.length + 1) > PER_INPUT_CHAINS) {
    for (const line of adjointLines(backprop(program))) {
      const head = line.delta === undefined ? c.bold(`∂${out}/∂${line.label}`) : `${line.delta} = ∂${out}/∂${line.label}`;
      lines.push(`${head} = ${line.text}`);
    }
    return lines;
  }
  for (const name of program.inputs) {
    const derivation = derive(program, name);
    const head = `∂${out}/∂${name}`;
    // The chain rule in the program's own names when there is one, as a derivation reads.
    // (The last such step: presentation steps such as `simplify` may follow it.)
    const last = derivation.steps.findLast((step) => (step.rule === 'chain' || step.rule === 'sum-over-paths') && step.text.startsWith(`${head} = `));
    lines.push(last !== undefined ? `${c.bold(head)}${last.text.slice(head.length)}` : `${c.bold(head)} = ${derivation.compact}`);
    // Spelled out in the inputs too, when that is short enough to read.
    if (derivation.compact !== derivation.derivative && derivation.derivative.length <= SPELLED_OUT) {
      lines.push(`${' '.repeat(head.length)} = ${derivation.derivative}`);
    }
  }
  return lines;
}

function textReport(context: CommandContext<'check'>, program: Program, json: CheckJson): string {
  const c = context.colors;
  const out = outputName(program);
  const lines: string[] = [c.dim(program.source.trim().replace(/\s*[\r\n]+\s*/g, '; ')), ''];
  lines.push(...derivationLines(context, program));
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
        numberForTerminal(report.gradient[name]!),
        numberForTerminal(report.compiled[name]!),
        numberForTerminal(report.numeric[name]!),
        failed ? c.red('FAIL') : c.green('ok'),
      ]);
    }
    lines.push(table(rows, '   ', ['left', 'left', 'left', 'left', 'left']).replace(/^/gm, '  '));
  });
  const note = randomPointsNote(json.randomPoints);
  if (note !== undefined) lines.push('', c.yellow(`! ${note}`));
  if (json.assumptions !== undefined) lines.push('', c.dim(`every point satisfies ${json.assumptions.join(', ')} (--assume; random points were moved onto it)`));
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
