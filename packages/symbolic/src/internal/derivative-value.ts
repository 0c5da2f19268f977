import { SymbolicError, type SourceSpan } from '../errors.js';
import { describe } from '../evaluate.js';
import type { NodeId } from '../functions.js';
import type { Graph } from '../graph.js';

/** The input values at a point for a message: `x = 1, y = 2`. */
function pointText(graph: Graph, point: ReadonlyMap<string, number>): string {
  return [...point].filter(([name]) => graph.inputs.has(name)).map(([name, value]) => `${name} = ${value}`).join(', ');
}

/** The first node below `root` whose value is not finite, and the nearest source span under it. */
function culprit(graph: Graph, root: NodeId, values: ReadonlyMap<NodeId, number>): { id: NodeId; span?: SourceSpan } {
  const id = graph.reachable([root]).find((n) => !Number.isFinite(values.get(n))) ?? root;
  // A function call or operator of the source says more than the input it reads: the nearest one
  // below the culprit (sqrt(x) under 1/(2·sqrt(x))), else the first one reading the same argument
  // (x^1.5, whose second derivative 0.75·x^(−0.5) shares only x with it).
  const isSourceOperation = (n: NodeId): boolean => graph.spans.has(n) && graph.node(n).op !== 'input';
  const args = new Set(graph.node(id).args);
  const below = graph.reachable([id]).reverse().find(isSourceOperation)
    ?? [...graph.spans.keys()].sort((p, q) => p - q).find((n) => isSourceOperation(n) && graph.node(n).args.some((a) => args.has(a)))
    ?? graph.reachable([id]).find((n) => graph.spans.has(n));
  const span = below === undefined ? undefined : graph.spans.get(below);
  return span === undefined ? { id } : { id, span };
}

/**
 * The value of a derivative node evaluated leniently into `values`, or a `domain` error naming
 * the derivative (`what`), the point and the first subexpression that is undefined there.
 */
export function derivativeValue(
  graph: Graph,
  node: NodeId,
  values: ReadonlyMap<NodeId, number>,
  point: ReadonlyMap<string, number>,
  what: string,
): number {
  const value = values.get(node)!;
  if (Number.isFinite(value)) return value;
  const { id, span } = culprit(graph, node, values);
  throw new SymbolicError(
    'domain',
    `${what} does not exist at ${pointText(graph, point)}: ${describe(graph, id)} is undefined there`,
    span,
  );
}
