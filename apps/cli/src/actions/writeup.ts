import { compile } from '@bp/numeric';
import { formatNumber, gradient, latexName, writeup, type Assumption, type Program } from '@bp/symbolic';
import { checkGradient, crossValidate, domainPoints, isVerifyError, type CrossValidation } from '@bp/verify';
import { assumptionsOption } from '../assumptions.js';
import { brokenAssumption, onAssumptions } from '../check/assumed-points.js';
import { EXIT_CODES } from '../commands.js';
import { CliError, withSource } from '../errors.js';
import type { CommandContext } from '../context.js';
import { numberForTerminal as fullNumber } from '../output.js';

import { runMatrixWriteup } from '../check-matrix.js';
import { isMatrixRun } from '../matrix.js';
import { runHessianWriteup } from './writeup-hessian.js';
import { assumptionSection } from './writeup-assume.js';
import { stepOptions } from './writeup-step.js';
import { emit, outputName, parsedInput, warnKinks } from './shared.js';

/** How many random points the Check section uses when no point is given, and their seed. */
const RANDOM_POINTS = 3;
const SEED = 1;

/** `$\frac{\partial L}{\partial x}$` for a table cell. */
function partialCell(program: Program, name: string): string {
  return `$\\frac{\\partial ${latexName(outputName(program))}}{\\partial ${latexName(name)}}$`;
}

/**
 * The section that proves the numbers: every partial of the backward pass against central finite
 * differences of the compiled function, by @bp/verify.
 */
function checkSection(program: Program, point: ReadonlyMap<string, number>, analytic: Readonly<Record<string, number>>): string {
  const inputs = program.inputs;
  const kernel = compile(program);
  const f = (values: Float64Array): number => kernel.evaluate(new Map(inputs.map((name, i) => [name, values[i]!]))).value[0]!;
  const x = new Float64Array(inputs.map((name) => point.get(name)!));
  const result = checkGradient(f, inputs.map((name) => analytic[name]!), x);
  const lines = [
    '## Check',
    '',
    `Central finite differences, ${result.evaluations} evaluations of the function with steps chosen from float64 precision, ${result.ok ? 'agree with every partial' : 'disagree with the backward pass'} (tolerance: rtol ${result.rtol.toExponential(0)}, atol ${result.atol.toExponential(1)}).`,
    '',
    '| partial | backward pass | finite differences | abs error | |',
    '| --- | --- | --- | --- | --- |',
  ];
  const byIndex = [...result.worst].sort((a, b) => a.index - b.index);
  for (const component of byIndex) {
    const name = inputs[component.index]!;
    const status = component.kink ? 'kink' : component.ok ? 'ok' : 'FAIL';
    lines.push(`| ${partialCell(program, name)} | ${formatNumber(component.analytic)} | ${formatNumber(component.numeric)} | ${component.absError.toExponential(1)} | ${status} |`);
  }
  return `${lines.join('\n')}\n`;
}

/** Random points inside the domain (moved onto the assumptions), checked three ways, or undefined when none could be found. */
function randomCheck(program: Program, assumptions: readonly Assumption[]): CrossValidation | undefined {
  try {
    if (assumptions.length === 0) return crossValidate(program, RANDOM_POINTS, { seed: SEED });
    const points = domainPoints(program, RANDOM_POINTS, { seed: SEED }).points.map((p) => onAssumptions(program, p, assumptions)).filter((p) => p !== undefined);
    return points.length === 0 ? undefined : crossValidate(program, points, { seed: SEED });
  } catch (error) {
    if (isVerifyError(error)) return undefined;
    throw error;
  }
}

/**
 * The Check section of a write-up made without `--at`: the gradient checked three ways (backward
 * pass, compiled kernel, central finite differences) at seeded random points inside the domain,
 * saying that is what was done; or, when no point of the domain was found, saying so.
 */
function randomCheckSection(program: Program, assumptions: readonly Assumption[]): string {
  const run = randomCheck(program, assumptions);
  if (run === undefined) {
    return `## Check\n\nNo point was given (\`--at\`), and no random point in [-2, 2] is inside the function's domain, so nothing was checked; give a point with \`--at\` to check the gradient there.\n`;
  }
  const failed = new Set(run.disagreements.map((d) => `${d.point}:${d.component}`));
  const lines = [
    '## Check',
    '',
    `No point was given (\`--at\`), so the gradient was checked at ${run.points.length} random points inside the function's domain (coordinates drawn from [-2, 2], seed ${SEED}${assumptions.length === 0 ? '' : ', then moved onto the assumption'}): the backward pass, the compiled kernel and central finite differences ${run.ok ? 'agree at every point' : 'disagree'} (max abs error ${run.maxAbsError.toExponential(1)}, max rel error ${run.maxRelError.toExponential(1)}).`,
    '',
  ];
  // Each point once (coordinates to 12 digits, so a reader can repeat the check with --at), then
  // the table refers to it by number: the section grows with inputs plus partials, not their product.
  run.points.forEach((point, index) => {
    lines.push(`- point ${index + 1}: ${run.inputs.map((name) => `${name} = ${fullNumber(point.at[name]!)}`).join(', ')}`);
  });
  lines.push('', '| point | partial | backward pass | finite differences | compiled | |', '| --- | --- | --- | --- | --- | --- |');
  run.points.forEach((point, index) => {
    for (const name of run.wrt) {
      const status = failed.has(`${index}:${name}`) ? 'FAIL' : point.kinks.length > 0 ? 'kink' : 'ok';
      lines.push(`| ${index + 1} | ${partialCell(program, name)} | ${formatNumber(point.symbolic[name]!)} | ${formatNumber(point.numeric[name]!)} | ${formatNumber(point.compiled[name]!)} | ${status} |`);
    }
  });
  const section = `${lines.join('\n')}\n`;
  const assumed = assumptionSection(program, assumptions, run.points.map((p) => p.at), run.points.map((p) => p.symbolic));
  return assumed === '' ? section : `${section}\n${assumed}`;
}

/** `bp writeup`: a complete Markdown derivation, with the check that proves its numbers. */
export async function run(context: CommandContext<'writeup'>): Promise<number> {
  const order = context.options.order;
  if (order !== undefined && order !== 1 && order !== 2) {
    throw new CliError('usage', `--order is 1 (the gradient) or 2 (the Hessian), found ${order}`, { argument: '--order' });
  }
  if (context.options.lr !== undefined && (order === 2 || isMatrixRun(context))) {
    throw new CliError('unsupported', '--lr steps scalar inputs of a gradient write-up; it does not combine with --order 2 or matrix shapes yet', { argument: '--lr' });
  }
  if (context.options.assume !== undefined && (order === 2 || isMatrixRun(context))) {
    throw new CliError('unsupported', '--assume applies to gradient write-ups of scalar inputs; it does not combine with --order 2 or matrix shapes yet', { argument: '--assume' });
  }
  if (isMatrixRun(context)) {
    if (order === 2) throw new CliError('unsupported', '--order 2 takes scalar inputs only: Hessian write-ups of matrix programs are not written yet', { argument: '--order' });
    return runMatrixWriteup(context, emit);
  }
  if (order === 2) return runHessianWriteup(context);
  const { source, program, point, hasPoint } = await parsedInput(context);
  const assumptions = assumptionsOption(context.options.assume, program, context.options.distribution);
  const broken = hasPoint ? brokenAssumption(Object.fromEntries(point), assumptions) : undefined;
  if (broken !== undefined) {
    throw new CliError('invalid-point', `--assume ${broken.assumption.text} does not hold at the point (the sum there is ${broken.sum})`, { argument: '--at' });
  }
  const extra = {
    ...(context.options.expand === true ? { expand: true } : {}), ...stepOptions(context, program, hasPoint), ...(assumptions.length > 0 ? { assumptions } : {}),
  };
  let text = withSource(source, () => writeup(program, hasPoint ? { at: point, ...extra } : extra));
  if (hasPoint) {
    const result = withSource(source, () => gradient(program, point));
    warnKinks(context, result.kinks);
    text = `${text.trimEnd()}\n\n${checkSection(program, point, result.gradient)}`;
    const assumed = assumptionSection(program, assumptions, [Object.fromEntries(point)], [result.gradient]);
    if (assumed !== '') text = `${text.trimEnd()}\n\n${assumed}`;
  } else {
    text = `${text.trimEnd()}\n\n${withSource(source, () => randomCheckSection(program, assumptions))}`;
  }
  await emit(context, text);
  return EXIT_CODES.success;
}
