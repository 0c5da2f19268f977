import { compile } from '@bp/numeric';
import { formatNumber, gradient, latexName, writeup, type Program } from '@bp/symbolic';
import { checkGradient } from '@bp/verify';
import { EXIT_CODES } from '../commands.js';
import { withSource } from '../errors.js';
import type { Context } from '../main.js';
import { runMatrixWriteup } from '../check-matrix.js';
import { isMatrixRun } from '../matrix.js';
import { emit, outputName, parsedInput, warnKinks } from './shared.js';

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
  const out = latexName(outputName(program));
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
    lines.push(`| $\\frac{\\partial ${out}}{\\partial ${latexName(name)}}$ | ${formatNumber(component.analytic)} | ${formatNumber(component.numeric)} | ${component.absError.toExponential(1)} | ${status} |`);
  }
  return `${lines.join('\n')}\n`;
}

/** `bp writeup`: a complete Markdown derivation, with the check that proves its numbers. */
export async function run(context: Context): Promise<number> {
  if (isMatrixRun(context)) return runMatrixWriteup(context, emit);
  const { source, program, point, hasPoint } = await parsedInput(context);
  let text = withSource(source, () => writeup(program, hasPoint ? { at: point } : {}));
  if (hasPoint) {
    const result = withSource(source, () => gradient(program, point));
    warnKinks(context, result.kinks);
    text = `${text.trimEnd()}\n\n${checkSection(program, point, result.gradient)}`;
  }
  await emit(context, text);
  return EXIT_CODES.success;
}
