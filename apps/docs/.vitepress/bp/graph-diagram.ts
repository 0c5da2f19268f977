import { printText, type Evaluation } from '@bp/symbolic';

/** How numbers read in diagrams and tables: six significant digits, a real minus sign. */
export function formatNumber(value: number): string {
  if (value === 0) return '0';
  const text = Math.abs(value) >= 1e-4 && Math.abs(value) < 1e6 ? String(Number(value.toPrecision(6))) : value.toExponential(4);
  return text.replace('-', '−');
}

function escapeLabel(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '#quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A Mermaid flowchart of a program's computation graph at a point: one box per input and per
 * operation (constants are folded into the boxes that use them), each with its forward value and
 * the output's derivative with respect to it, as reverse mode computed them.
 * @example
 * graphDiagram(evaluateAt('a = x*y; c = a^2', { x: 1, y: 2 })); // "flowchart LR\n  n0[\"x<br/>…"
 */
export function graphDiagram(evaluation: Evaluation): string {
  const { program, values, adjoints } = evaluation;
  const { graph, output } = program;
  const outputName = program.outputName ?? 'f';
  const shown = graph.reachable([output]).filter((id) => graph.node(id).op !== 'const');
  const lines = ['flowchart LR'];
  for (const id of shown) {
    const node = graph.node(id);
    const name = node.op === 'input' ? node.name! : graph.labels.get(id);
    const formula = node.op === 'input' ? undefined : printText(graph, id, 'compact', true);
    const title = name === undefined ? formula! : formula === undefined ? name : `${name} = ${formula}`;
    const parts = [title, `value ${formatNumber(values.get(id)!)}`];
    const adjoint = adjoints.get(id);
    if (adjoint !== undefined) parts.push(`∂${outputName}/∂${name ?? '(this)'} = ${formatNumber(adjoint)}`);
    const [open, close] = node.op === 'input' ? ['([', '])'] : ['[', ']'];
    lines.push(`  n${id}${open}"${parts.map(escapeLabel).join('<br/>')}"${close}`);
  }
  for (const id of shown) {
    for (const arg of new Set(graph.node(id).args)) {
      if (graph.node(arg).op !== 'const') lines.push(`  n${arg} --> n${id}`);
    }
  }
  lines.push(`  classDef out stroke-width:3px`, `  class n${output} out`);
  return `${lines.join('\n')}\n`;
}
