import type { Point } from './evaluate.js';
import { gradientGraph } from './gradient-graph.js';
import { hessian } from './hessian.js';
import { newtonStep, type NewtonStep } from './newton.js';
import type { Program } from './parse.js';
import { latexName, printLatex } from './print.js';
import { toProgram } from './program.js';
import { formatNumber } from './render.js';

/** Options for {@link hessianWriteup}. */
export interface HessianWriteupOptions {
  /** The point for the values, the matrix and Newton's step. */
  readonly at?: Point;
  /** The inputs; default every input. */
  readonly wrt?: readonly string[];
  /** A title for the page. */
  readonly title?: string;
}

const math = (latex: string): string => `$${latex}$`;
const number = (value: number): string => formatNumber(value).replace('−', '-');
const bmatrix = (rows: readonly (readonly number[])[]): string =>
  `\\begin{bmatrix} ${rows.map((row) => row.map(number).join(' & ')).join(' \\\\ ')} \\end{bmatrix}`;

function second(out: string, a: string, b: string): string {
  return a === b
    ? `\\frac{\\partial^2 ${latexName(out)}}{\\partial ${latexName(a)}^2}`
    : `\\frac{\\partial^2 ${latexName(out)}}{\\partial ${latexName(a)}\\,\\partial ${latexName(b)}}`;
}

/** The numbers at the point: value, gradient, Hessian, and Newton's step d = −H⁻¹∇f with what it means. */
function atPoint(out: string, step: NewtonStep): string[] {
  const { wrt } = step;
  const md = ['## At the point', ''];
  md.push(`At ${wrt.map((name) => math(`${latexName(name)} = ${number(step.at[name] ?? 0)}`)).join(', ')}: ${math(`${latexName(out)} = ${number(step.value)}`)},`, '');
  md.push('$$', `\\nabla ${latexName(out)} = ${bmatrix(wrt.map((name) => [step.gradient[name]!]))},\\qquad H = ${bmatrix(wrt.map((a) => wrt.map((b) => step.hessian[a]![b]!)))}`, '$$', '');
  for (const kink of step.kinks) md.push(`- \`${kink.expression}\` is at a kink; bp uses ${kink.convention}, for second derivatives too.`);
  if (step.kinks.length > 0) md.push('');
  md.push("## Newton's step", '');
  if (step.step === undefined || step.next === undefined) {
    md.push('The Hessian is singular here, so Newton\'s step $d = -H^{-1}\\nabla f$ is undefined.', '');
    return md;
  }
  md.push('Newton\'s method solves $H\\,d = -\\nabla f$ and moves to $x + d$:', '');
  md.push('$$', `d = ${bmatrix(wrt.map((name) => [step.step![name]!]))},\\qquad x + d = ${bmatrix(wrt.map((name) => [step.next![name]!]))}`, '$$', '');
  md.push(step.positiveDefinite
    ? 'The Hessian is positive definite here (its Cholesky factorisation exists), so the quadratic model has a minimum and the step goes towards it.'
    : 'The Hessian is not positive definite here, so the quadratic model has no minimum: the step heads for a saddle or a maximum of the model, and a practical method would modify it (a line search, a trust region, or a shifted Hessian).', '');
  return md;
}

/**
 * A Markdown write-up of a program's second derivatives: the function, its gradient, every second
 * partial with the rule trace that differentiates the gradient again, and with `at` the Hessian's
 * values and Newton's step. The CLI's `writeup --order 2` is meant to print this.
 * @throws {SymbolicError} parse errors of the source; `domain` when a second derivative does not exist at `at`.
 * @example
 * hessianWriteup('x^2 * y', { at: { x: 3, y: 2 } }).includes("## Newton's step"); // → true
 */
export function hessianWriteup(source: string | Program, options: HessianWriteupOptions = {}): string {
  const program = toProgram(source);
  const wrt = [...new Set(options.wrt ?? program.inputs)];
  const out = program.outputName ?? (program.inputs.includes('f') ? 'f_out' : 'f');
  const symbolic = hessian(program, { wrt, steps: true, expand: false });
  const { graph, gradient } = gradientGraph(program, wrt);
  const md = [`# ${options.title ?? `The second derivatives of ${out}`}`, '', '## The function', '', '$$', '\\begin{aligned}'];
  for (const { name } of program.assignments) md.push(`${latexName(name)} &= ${printLatex(graph, program.definitions.get(name)!, 'compact', true)} \\\\`);
  if (program.outputName === undefined) md.push(`${latexName(out)} &= ${printLatex(graph, program.output, 'compact', true)} \\\\`);
  md.push('\\end{aligned}', '$$', '', '## The gradient', '', '$$', '\\begin{aligned}');
  for (const name of wrt) md.push(`\\frac{\\partial ${latexName(out)}}{\\partial ${latexName(name)}} &= ${printLatex(graph, gradient.get(name)!, 'compact')} \\\\`);
  md.push('\\end{aligned}', '$$', '', '## Second partials', '');
  md.push('Each entry differentiates a component of the gradient again. The Hessian is symmetric, so only the entries on and above the diagonal are derived.', '');
  for (const entry of symbolic.entries) {
    const [a, b] = entry.wrt;
    md.push(`### ${math(second(out, a, b))}`, '');
    (entry.steps ?? []).forEach((step, i) => md.push(`${i + 1}. **${step.rule}**: $${step.latex}$`));
    if (entry.adjoints !== undefined) {
      // A long entry: the backward quantities named, as the gradient's and then its own δ lines.
      md.push('', 'With the backward quantities named:', '', '$$', '\\begin{aligned}');
      for (const line of entry.adjoints) md.push(`${latexName(line.name)} &= ${line.latex} \\\\`);
      md.push('\\end{aligned}', '$$');
    }
    md.push('', '$$', `${second(out, a, b)} = ${entry.compactLatex}`, '$$', '');
  }
  if (options.at !== undefined) md.push(...atPoint(out, newtonStep(program, options.at, { wrt })));
  return md.join('\n');
}
