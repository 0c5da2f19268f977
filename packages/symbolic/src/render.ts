import { backprop, type Backprop, type BackpropNode } from './backprop.js';
import { derive } from './derive.js';
import type { Point } from './evaluate.js';
import type { Program } from './parse.js';
import { latexName } from './print.js';
import { toProgram } from './program.js';

/**
 * A number as write-ups, diagrams and their tables print it: six significant digits, no trailing
 * zeros, exact integers as they are.
 * @example
 * formatNumber(0.8807970779778823); // → '0.880797'
 */
export function formatNumber(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  const text = value.toPrecision(6);
  if (text.includes('e')) {
    const [mantissa, exponent] = text.split('e');
    return `${mantissa!.replace(/\.?0+$/, '')}e${exponent!}`;
  }
  return text.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
}

/** Mermaid label text: quotes and angle brackets as entities, so any expression is a safe label. */
function mermaidText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '#quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function dotText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
}

function nodeLines(bp: Backprop, node: BackpropNode): string[] {
  const out = bp.nodes[bp.nodes.length - 1]!.label;
  const lines = [node.kind === 'input' ? node.label : `${node.label} = ${node.expression}`];
  if (node.value !== undefined) lines.push(`value ${formatNumber(node.value)}`);
  if (node.adjointValue !== undefined) lines.push(`∂${out}/∂${node.label} = ${formatNumber(node.adjointValue)}`);
  else lines.push(`∂${out}/∂${node.label} = ${node.adjoint}`);
  return lines;
}

function localLabel(bp: Backprop, from: number, to: number, local: string, value: number | undefined): string {
  const label = (id: number): string => bp.nodes.find((n) => n.id === id)!.label;
  return `∂${label(from)}/∂${label(to)} = ${value === undefined ? local : formatNumber(value)}`;
}

/**
 * The computation graph as a Mermaid flowchart: each node with its definition, its forward
 * value and its gradient; each edge with its local derivative.
 * @example
 * toMermaid(backprop('a = x*y; c = a^2')).split('\n')[0]; // → 'flowchart LR'
 */
export function toMermaid(bp: Backprop): string {
  const lines = ['flowchart LR'];
  for (const node of bp.nodes) {
    const shape = node.kind === 'input' ? ['([', '])'] : node.kind === 'output' ? ['[[', ']]'] : ['[', ']'];
    lines.push(`  n${node.id}${shape[0]!}"${nodeLines(bp, node).map(mermaidText).join('<br/>')}"${shape[1]!}`);
  }
  for (const c of bp.contributions) {
    lines.push(`  n${c.to} -->|"${mermaidText(localLabel(bp, c.from, c.to, c.local, c.localValue))}"| n${c.from}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The computation graph in Graphviz DOT, with the same annotations as {@link toMermaid}. */
export function toDot(bp: Backprop): string {
  const lines = ['digraph bp {', '  rankdir=LR;', '  node [shape=box, fontname="Helvetica"];'];
  for (const node of bp.nodes) {
    const shape = node.kind === 'input' ? 'ellipse' : node.kind === 'output' ? 'doubleoctagon' : 'box';
    lines.push(`  n${node.id} [shape=${shape}, label="${nodeLines(bp, node).map(dotText).join('\\n')}"];`);
  }
  for (const c of bp.contributions) {
    lines.push(`  n${c.to} -> n${c.from} [label="${dotText(localLabel(bp, c.from, c.to, c.local, c.localValue))}"];`);
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

/** Options for {@link writeup}. */
export interface WriteupOptions {
  /** The point for the forward and backward tables. */
  readonly at?: Point;
  /** Inputs to derive step by step; default every input. */
  readonly wrt?: readonly string[];
  /** A title for the page. */
  readonly title?: string;
}

/** The longest derivative (LaTeX characters) a write-up spells out in the inputs next to the compact one. */
const SPELLED_OUT = 2_000;

const cell = (text: string): string => text.replace(/\|/g, '\\|');
const math = (latex: string): string => `$${latex}$`;
/**
 * Math for a Markdown table cell: a `|` would end the cell (tables are split into cells before
 * math is read), so `|` becomes `\vert` and `\|` becomes `\Vert`, which render the same.
 */
const cellMath = (latex: string): string =>
  math(latex.replace(/(\\*)\|/g, (_match, slashes: string) => (slashes.length % 2 === 1 ? `${slashes.slice(1)}\\Vert ` : `${slashes}\\vert `)));

/**
 * A Markdown derivation write-up: the function, its graph (Mermaid), each derivation step with
 * its rule, the forward and backward pass tables with numbers when `at` is given, and the gradient.
 * @throws {SymbolicError} parse errors of the source; `domain` when `at` is outside the domain.
 * @example
 * writeup('z = w*x + b; a = sigmoid(z); L = (y - a)^2 / 2', { at: { x: 2, w: 0.5, b: 1, y: 1 } }).split('\n')[0];
 * // → '# The gradient of L'
 */
export function writeup(source: string | Program, options: WriteupOptions = {}): string {
  const program = toProgram(source);
  const bp = backprop(program, options.at === undefined ? {} : { at: options.at });
  const output = bp.nodes[bp.nodes.length - 1]!;
  const outName = output.label;
  const wrt = options.wrt ?? program.inputs;
  const md: string[] = [];
  md.push(`# ${options.title ?? `The gradient of ${outName}`}`, '');
  md.push('## The function', '');
  const definitions = bp.nodes.filter((n) => n.kind !== 'input');
  md.push('$$', '\\begin{aligned}');
  for (const n of definitions) md.push(`${latexName(n.label)} &= ${n.latex} \\\\`);
  md.push('\\end{aligned}', '$$', '');
  md.push(`Inputs: ${program.inputs.map((i) => math(latexName(i))).join(', ') || 'none'}.`, '');
  md.push('## The computation graph', '');
  md.push('```mermaid', toMermaid(bp).trimEnd(), '```', '');
  if (options.at !== undefined) {
    md.push('## Forward pass', '', '| node | definition | value |', '| --- | --- | --- |');
    for (const n of bp.nodes) {
      md.push(`| ${cellMath(latexName(n.label))} | ${n.kind === 'input' ? 'input' : cellMath(n.latex)} | ${formatNumber(n.value!)} |`);
    }
    md.push('');
  }
  md.push('## Derivation', '');
  for (const name of wrt) {
    const d = derive(program, name);
    md.push(`### With respect to ${math(latexName(name))}`, '');
    d.steps.forEach((step, i) => {
      md.push(`${i + 1}. **${step.rule}**: $${step.latex}$`);
    });
    md.push('');
    if (d.adjoints !== undefined) {
      md.push('With the backward quantities named from the output down:', '', '$$', '\\begin{aligned}');
      for (const a of d.adjoints) md.push(`${latexName(a.name)} &= ${a.latex} \\\\`);
      md.push('\\end{aligned}', '$$', '');
    }
    // The derivative spelled out in the inputs only when that is short enough to read.
    const spelled = d.expanded && d.compact !== d.derivative && d.latex.length <= SPELLED_OUT ? ` = ${d.latex}` : '';
    md.push(`$$\\frac{\\partial ${latexName(outName)}}{\\partial ${latexName(name)}} = ${d.compactLatex}${spelled}$$`, '');
  }
  md.push('## Backward pass', '');
  md.push(
    `Start from ${math(`\\frac{\\partial ${latexName(outName)}}{\\partial ${latexName(outName)}} = 1`)}; each edge adds upstream × local to the node it reads, and a node read by several consumers sums them.`,
    '',
  );
  const label = (id: number): string => latexName(bp.nodes.find((n) => n.id === id)!.label);
  const numeric = options.at !== undefined;
  md.push('| edge | upstream | local | upstream × local |', '| --- | --- | --- | --- |');
  for (const c of bp.contributions) {
    const edge = cellMath(`${label(c.from)} \\to ${label(c.to)}`);
    const up = numeric ? formatNumber(c.upstreamValue!) : cell(c.upstream);
    const local = numeric ? `${cellMath(c.localLatex)} = ${formatNumber(c.localValue!)}` : cellMath(c.localLatex);
    const product = numeric ? formatNumber(c.value!) : cell(c.product);
    md.push(`| ${edge} | ${up} | ${local} | ${product} |`);
  }
  md.push('', '## The gradient', '', '| input | symbolic | ' + (numeric ? 'value |' : '') , numeric ? '| --- | --- | --- |' : '| --- | --- |');
  for (const name of wrt) {
    const node = bp.nodes.find((n) => n.kind === 'input' && n.label === name);
    const symbolic = node ? cellMath(node.adjointLatex) : '$0$';
    const value = numeric ? ` ${formatNumber(node?.adjointValue ?? 0)} |` : '';
    md.push(`| ${cellMath(`\\frac{\\partial ${latexName(outName)}}{\\partial ${latexName(name)}}`)} | ${symbolic} |${value}`);
  }
  if (bp.kinks.length > 0) {
    md.push('', '## Kinks', '');
    for (const k of bp.kinks) md.push(`- \`${k.expression}\` is at a kink; bp uses ${k.convention}.`);
  }
  md.push('');
  return md.join('\n');
}
