import { formatShape, matrixBackprop, type MatrixBackprop } from '@bp/symbolic';
import { printMatrixText } from '@bp/symbolic/engine';
import { EXIT_CODES } from './commands.js';
import { withSource } from './errors.js';
import type { SharedContext } from './context.js';
import { matrixInput } from './matrix.js';
import { jsonLine, write } from './output.js';

interface MatrixGraphNode {
  readonly id: number;
  readonly label: string;
  readonly kind: 'input' | 'intermediate' | 'output';
  readonly expression: string;
  readonly adjoint: string;
  readonly shape: readonly [number, number];
}

/** The program's nodes (constants left out) with shapes and adjoints, and the edges backprop used. */
export function matrixGraphJson(bp: MatrixBackprop): { output: string; nodes: MatrixGraphNode[]; edges: { from: number; to: number; local: string }[] } {
  const g = bp.graph;
  const text = (id: number, root = -1): string => printMatrixText(g, id, 'compact', root);
  const nodes: MatrixGraphNode[] = [];
  for (let id = 0; id <= bp.output; id++) {
    const n = g.node(id);
    const adjoint = bp.adjoints.get(id);
    if (n.op === 'constant' || n.op === 'ones' || n.op === 'identity' || adjoint === undefined) continue;
    const label = n.op === 'input' ? n.name! : g.labels.get(id) ?? text(id, id);
    nodes.push({ id, label, kind: n.op === 'input' ? 'input' : id === bp.output ? 'output' : 'intermediate', expression: text(id, id), adjoint: text(adjoint), shape: n.shape });
  }
  const kept = new Set(nodes.map((node) => node.id));
  const edges = bp.steps
    .filter((s) => s.rule !== 'sum-over-paths' && kept.has(s.target) && kept.has(s.node))
    .map((s) => ({ from: s.target, to: s.node, local: `${s.rule}: ${s.result}` }));
  return { output: nodes[nodes.length - 1]?.label ?? '', nodes, edges };
}

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/"/g, '#quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** `bp graph --shape …`: the matrix program's graph, each node with its shape and ∂L/∂node. */
export async function runMatrixGraph(context: SharedContext): Promise<number> {
  const { source, program } = await matrixInput(context);
  const json = matrixGraphJson(withSource(source, () => matrixBackprop(program)));
  const format = context.json ? 'json' : context.options.format;
  let out: string;
  if (format === 'json') {
    out = jsonLine(json);
  } else if (format === 'dot') {
    const nodes = json.nodes.map((n) => `  n${n.id} [label=${JSON.stringify(`${n.label}  ${formatShape(n.shape)}\n∂${json.output}/∂ = ${n.adjoint}`)}];`);
    out = `digraph bp {\n  rankdir=LR;\n${nodes.join('\n')}\n${json.edges.map((e) => `  n${e.from} -> n${e.to};`).join('\n')}\n}\n`;
  } else {
    const nodes = json.nodes.map((n) => `  n${n.id}["${escape(`${n.label} (${formatShape(n.shape)})`)}<br/>${escape(`∂${json.output}/∂ = ${n.adjoint}`)}"]`);
    out = `flowchart LR\n${nodes.join('\n')}\n${json.edges.map((e) => `  n${e.from} --> n${e.to}`).join('\n')}\n`;
  }
  await write(process.stdout, out);
  return EXIT_CODES.success;
}
