import { backprop, toDot, toMermaid, type Backprop } from '@bp/symbolic';
import { EXIT_CODES } from '../commands.js';
import { withSource } from '../errors.js';
import type { CommandContext } from '../context.js';
import { jsonLine, write } from '../output.js';
import { runMatrixGraph } from '../graph-matrix.js';
import { isMatrixRun } from '../matrix.js';
import { finite, parsedInput, warnKinks } from './shared.js';

/** What `bp graph --format json` prints: nodes in topological order, edges in the forward direction. */
export interface GraphJson {
  readonly output: string;
  readonly nodes: readonly {
    id: number;
    label: string;
    kind: 'input' | 'intermediate' | 'output';
    expression: string;
    /** ∂output/∂node, symbolically. */
    adjoint: string;
    value?: number;
    /** ∂output/∂node at the point. */
    gradient?: number;
  }[];
  readonly edges: readonly {
    /** The node read. */
    from: number;
    /** The node that reads it. */
    to: number;
    /** ∂to/∂from, symbolically. */
    local: string;
    localValue?: number;
    /** ∂output/∂to × ∂to/∂from at the point: this edge's share of ∂output/∂from. */
    contribution?: number;
  }[];
}

/** The JSON form of a backprop, with numbers only when there is a point. */
export function graphJson(bp: Backprop): GraphJson {
  const output = bp.nodes[bp.nodes.length - 1]!.label;
  return {
    output,
    nodes: bp.nodes.map((node) => ({
      id: node.id,
      label: node.label,
      kind: node.kind,
      expression: node.expression,
      adjoint: node.adjoint,
      ...(node.value === undefined ? {} : { value: finite(node.value, `the value of ${node.label}`) }),
      ...(node.adjointValue === undefined ? {} : { gradient: finite(node.adjointValue, `∂${output}/∂${node.label}`) }),
    })),
    edges: bp.contributions.map((c) => ({
      from: c.to,
      to: c.from,
      local: c.local,
      ...(c.localValue === undefined ? {} : { localValue: finite(c.localValue, 'a local derivative') }),
      ...(c.value === undefined ? {} : { contribution: finite(c.value, 'a contribution') }),
    })),
  };
}

/** `bp graph`: the computation graph with forward values and backward gradients. */
export async function run(context: CommandContext<'graph'>): Promise<number> {
  if (isMatrixRun(context)) return runMatrixGraph(context);
  const { source, program, point, hasPoint } = await parsedInput(context);
  const bp = withSource(source, () => backprop(program, hasPoint ? { at: point } : {}));
  warnKinks(context, bp.kinks);
  const format = context.json ? 'json' : context.options.format;
  const out = format === 'json' ? jsonLine(graphJson(bp)) : format === 'dot' ? toDot(bp) : toMermaid(bp);
  await write(process.stdout, out);
  return EXIT_CODES.success;
}
