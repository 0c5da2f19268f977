import { latexName } from '../print.js';
import { deriveMatrix } from './derive.js';
import { parseMatrix, type MatrixOptions, type MatrixProgram } from './parse.js';
import { formatShape } from './shape.js';

/**
 * A Markdown write-up of a matrix program's backward pass: the shapes, the layout convention
 * (each gradient has its variable's shape), and for every input its derivative in matrix form
 * with each matrix rule and the shape it produces.
 * @throws {SymbolicError} as {@link deriveMatrix}.
 * @example
 * const md = writeupMatrix("x'*A*x", { shapes: { x: [3], A: [3, 3] } });
 * md.split('\n')[0]; // → '# The gradient of f in matrix form'
 * md.includes("As mathjs text: `(A + A') * x`"); // → true
 */
export function writeupMatrix(source: string | MatrixProgram, options: MatrixOptions): string {
  const program = typeof source === 'string' ? parseMatrix(source, options) : source;
  const out = program.outputName ?? 'f';
  const outTex = latexName(out);
  const lines = [
    `# The gradient of ${out} in matrix form`,
    '',
    '```',
    program.source.trim(),
    '```',
    '',
    '| input | shape |',
    '| --- | --- |',
    ...program.inputs.map((name) => `| $${latexName(name)}$ | ${formatShape(program.shapes.get(name)!)} |`),
    '',
    `Layout: every gradient has the shape of its variable, so $\\frac{\\partial ${outTex}}{\\partial X}$ is read entry by entry as $\\frac{\\partial ${outTex}}{\\partial X_{ij}}$. ` +
      'A matrix product $C = AB$ sends $G B^{\\mathsf T}$ back to $A$ and $A^{\\mathsf T} G$ to $B$; element-wise functions multiply by their derivative ($\\odot f\'$); ' +
      'a column added to every column of a matrix (a bias) receives the sum of its gradient over the columns.',
  ];
  if ((options.distributions ?? []).length > 0) {
    lines.push('', `Assumed: every column of ${options.distributions!.map((n) => `$${latexName(n)}$`).join(', ')} sums to 1 (one-hot labels or probabilities).`);
  }
  for (const name of program.inputs) {
    const d = deriveMatrix(program, { ...options, wrt: name });
    const head = `\\frac{\\partial ${outTex}}{\\partial ${latexName(name)}}`;
    lines.push('', `## ${head.replace(/\\frac\{\\partial (.*)\}\{\\partial (.*)\}/, '∂$1/∂$2')} (${formatShape(d.shape)})`, '');
    d.steps.forEach((step, i) => lines.push(`${i + 1}. **${step.rule}** (${formatShape(step.shape)}): $${step.latex}$`));
    lines.push('', '$$', `${head} = ${d.compactLatex}`, '$$');
    if (d.compactLatex !== d.latex) lines.push('', 'In the inputs alone:', '', '$$', `${head} = ${d.latex}`, '$$');
    lines.push('', `As mathjs text: \`${d.compact}\``);
  }
  return `${lines.join('\n')}\n`;
}
