import { localPartial } from './differentiate.js';
import type { NodeId } from './functions.js';
import type { Graph } from './graph.js';

/**
 * Forward mode over the graph: each node's tangent is the sum over its arguments of local
 * partial × the argument's tangent, visiting arguments first (ascending ids are a schedule).
 * `seeds` gives the tangent of the nodes the direction starts from (usually inputs); a seed may
 * be any node, a number or another input, so one sweep serves a directional derivative with a
 * fixed direction and a Hessian-vector product whose direction is a runtime input. Nodes that no
 * seed reaches have no entry (their tangent is 0). The graph grows by the tangent nodes; shared
 * subexpressions are built once.
 * @example
 * const { graph, output } = parse('x^2 * y');
 * const t = tangentSweep(graph, [output], new Map([[graph.inputs.get('x')!, graph.constant(1)]]));
 * printText(graph, t.get(output)!); // → '2 * y * x'
 */
export function tangentSweep(
  graph: Graph,
  roots: readonly NodeId[],
  seeds: ReadonlyMap<NodeId, NodeId>,
): Map<NodeId, NodeId> {
  const tangent = new Map<NodeId, NodeId>();
  for (const id of graph.reachable(roots)) {
    const seed = seeds.get(id);
    if (seed !== undefined) {
      tangent.set(id, seed);
      continue;
    }
    const node = graph.node(id);
    if (graph.isConstant[id] || node.op === 'input') continue;
    let sum: NodeId | undefined;
    node.args.forEach((arg, index) => {
      const inner = tangent.get(arg);
      if (inner === undefined) return;
      const term = graph.mul(localPartial(graph, id, index), inner);
      sum = sum === undefined ? term : graph.add(sum, term);
    });
    if (sum !== undefined) tangent.set(id, sum);
  }
  return tangent;
}
