import { operationOf, type NodeId } from './functions.js';
import type { Graph } from './graph.js';

/**
 * ∂node/∂args[i]: the local derivative of one edge, as a graph node, from the operation's spec
 * (ops/: arithmetic operators and functions alike).
 */
export function localPartial(graph: Graph, id: NodeId, i: number): NodeId {
  const node = graph.node(id);
  if (node.op === 'name') return graph.constant(1);
  const operation = operationOf(node);
  if (operation === undefined) throw new Error(`bp internal error: ${node.op} has no arguments`);
  // Where the user named this value, derivatives that reuse it (σ′ = σ(1 − σ)) say so by name.
  return operation.partial(graph, node.args, graph.namedBy.get(id) ?? id, i);
}

/** d(t^t)/dt = t^t · (log t + 1), the sum of both edges of a power whose base is its exponent. */
function selfPowerPartial(graph: Graph, id: NodeId): NodeId {
  const base = graph.node(id).args[0]!;
  return graph.mul(graph.namedBy.get(id) ?? id, graph.add(graph.call('log', [base]), graph.constant(1)));
}

/** An edge of the graph: `consumer` reads `node` as its argument number `index`. */
export interface Edge {
  readonly consumer: NodeId;
  readonly index: number;
  readonly node: NodeId;
  /** ∂consumer/∂node along this edge. */
  readonly local: NodeId;
}

/** The symbolic reverse pass of one output: every edge's local derivative and every node's adjoint. */
export interface ReverseSweep {
  readonly output: NodeId;
  /** The nodes that depend on an input, ascending (topological). */
  readonly order: readonly NodeId[];
  /** Edges into non-constant arguments, grouped by consumer, consumers descending. */
  readonly edges: readonly Edge[];
  /** ∂output/∂node for every node in `order`. */
  readonly adjoint: ReadonlyMap<NodeId, NodeId>;
}

/**
 * Reverse mode over the graph: seed ∂out/∂out = 1, walk consumers in reverse topological order,
 * each edge contributes upstream × local, and a node read by several consumers sums its paths.
 * The derivative nodes are built into `graph` (a program's private extension, never the program's
 * own graph, which stays as parsed); shared subexpressions are built once.
 */
export function reverseSweep(graph: Graph, output: NodeId): ReverseSweep {
  const order = graph.reachable([output]).filter((id) => !graph.isConstant[id]);
  const adjoint = new Map<NodeId, NodeId>();
  const edges: Edge[] = [];
  if (graph.isConstant[output]) return { output, order, edges, adjoint };
  adjoint.set(output, graph.constant(1));
  for (let k = order.length - 1; k >= 0; k--) {
    const consumer = order[k]!;
    const upstream = adjoint.get(consumer);
    const node = graph.node(consumer);
    if (upstream === undefined || node.op === 'input') continue;
    const selfPower = node.op === 'pow' && node.args[0] === node.args[1];
    node.args.forEach((arg, index) => {
      if (graph.isConstant[arg]) return;
      const local = localPartial(graph, consumer, index);
      edges.push({ consumer, index, node: arg, local });
      if (selfPower && index === 1) return; // counted with the base, below
      // t^t: the two edges' sum t·t^(t−1) + t^t·log t, as a teacher writes it, t^t·(log t + 1).
      const contribution = graph.mul(upstream, selfPower ? selfPowerPartial(graph, consumer) : local);
      const before = adjoint.get(arg);
      adjoint.set(arg, before === undefined ? contribution : graph.add(before, contribution));
    });
  }
  return { output, order, edges, adjoint };
}
