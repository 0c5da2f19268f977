import { adjointLines, type AdjointLine } from './adjoint-lines.js';
import type { Backprop, BackpropNode } from './backprop.js';

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

/**
 * Mermaid label text: characters Mermaid reads inside a quoted label (quotes, `#` entity codes,
 * angle brackets, `&`) as entity codes, so any expression or identifier is a safe label.
 */
function mermaidText(text: string): string {
  return text.replace(/[&"#<>]/g, (c) => `#${c.charCodeAt(0)};`);
}

function dotText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
}

function nodeLines(bp: Backprop, node: BackpropNode, line: AdjointLine | undefined): string[] {
  const out = bp.nodes[bp.nodes.length - 1]!.label;
  const lines = [node.kind === 'input' ? node.label : `${node.label} = ${node.expression}`];
  if (node.value !== undefined) lines.push(`value ${formatNumber(node.value)}`);
  if (line !== undefined) {
    const head = line.delta === undefined ? `∂${out}/∂${node.label}` : `${line.delta} = ∂${out}/∂${node.label}`;
    lines.push(`${head} = ${line.text}${line.value === undefined ? '' : ` = ${formatNumber(line.value)}`}`);
  }
  return lines;
}

function localLabel(bp: Backprop, from: number, to: number, local: string, value: number | undefined): string {
  const label = (id: number): string => bp.nodes.find((n) => n.id === id)!.label;
  return `∂${label(from)}/∂${label(to)} = ${local}${value === undefined || local === formatNumber(value) ? '' : ` = ${formatNumber(value)}`}`;
}

/** Each visible node's backward line by id. */
function linesById(bp: Backprop): Map<number, AdjointLine> {
  return new Map(adjointLines(bp).map((line) => [line.id, line]));
}

/**
 * The computation graph as a Mermaid flowchart: each node with its definition, its forward
 * value and its gradient; each edge with its local derivative.
 * @example
 * toMermaid(backprop('a = x*y; c = a^2')).split('\n')[0]; // → 'flowchart LR'
 */
export function toMermaid(bp: Backprop): string {
  const lines = ['flowchart LR'];
  const backward = linesById(bp);
  for (const node of bp.nodes) {
    const shape = node.kind === 'input' ? ['([', '])'] : node.kind === 'output' ? ['[[', ']]'] : ['[', ']'];
    lines.push(`  n${node.id}${shape[0]!}"${nodeLines(bp, node, backward.get(node.id)).map(mermaidText).join('<br/>')}"${shape[1]!}`);
  }
  for (const c of bp.contributions) {
    lines.push(`  n${c.to} -->|"${mermaidText(localLabel(bp, c.from, c.to, c.local, c.localValue))}"| n${c.from}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The computation graph in Graphviz DOT, with the same annotations as {@link toMermaid}. */
export function toDot(bp: Backprop): string {
  const lines = ['digraph bp {', '  rankdir=LR;', '  node [shape=box, fontname="Helvetica"];'];
  const backward = linesById(bp);
  for (const node of bp.nodes) {
    const shape = node.kind === 'input' ? 'ellipse' : node.kind === 'output' ? 'doubleoctagon' : 'box';
    lines.push(`  n${node.id} [shape=${shape}, label="${nodeLines(bp, node, backward.get(node.id)).map(dotText).join('\\n')}"];`);
  }
  for (const c of bp.contributions) {
    lines.push(`  n${c.to} -> n${c.from} [label="${dotText(localLabel(bp, c.from, c.to, c.local, c.localValue))}"];`);
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
