import { localPartial } from './differentiate.js';
import type { NodeId } from './functions.js';
import type { Graph } from './graph.js';

/**
 * Forward mode over the graph: each node's tangent is the sum over its arguments of local
 * partial × the argument's tangent, visiting arguments first (ascending ids are a schedule).
 * `seeds` gives the tangent of the nodes the direction starts from (usually inputs); a seed may
 * be any node, a number or another input, so one sweep serves a directional derivative with a
 * fixed direction and a Hessian-vector product whose direction is a runtime input. Nodes that no
 * seed reaches have no entry (their tangent is 0). The graph (an extension of the program's, see
 * {@link Graph.extend}) grows by the tangent nodes; shared subexpressions are built once.
 * @example
 * const { graph: program, output } = parse('x^2 * y');
 * const graph = program.extend();
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

/** Whether a node is a power whose base and exponent both depend on the variable: f^g, differentiated as e^(g·log f). */
export function isVariablePower(graph: Graph, id: NodeId, dependent: readonly boolean[]): boolean {
  return graph.node(id).op === 'pow' && dependent[0] === true && dependent[1] === true;
}

/** d(f^g) = f^g · (g′·log f + g·f′/f): for x^x, x^x · (log x + 1). */
function variablePowerDerivative(graph: Graph, id: NodeId, df: NodeId, dg: NodeId): NodeId {
  const [f, g] = graph.node(id).args as [NodeId, NodeId];
  const self = graph.namedBy.get(id) ?? id;
  return graph.mul(self, graph.add(graph.mul(dg, graph.call('log', [f])), graph.div(graph.mul(g, df), f)));
}

/** One node {@link forwardDerivative} differentiated: which arguments depend on the variable, their local partials, the result. */
export interface ForwardNode {
  readonly id: NodeId;
  readonly dependent: readonly boolean[];
  /** ∂node/∂args[i] for each dependent argument, the constant 0 for the others. */
  readonly partials: readonly NodeId[];
  readonly derivative: NodeId;
}

/**
 * d root / d variable by forward mode, treating `isLeaf` nodes as independent of the variable: each
 * node's derivative is the sum over its arguments of local partial × the argument's derivative,
 * arguments first (ascending ids); a name has its definition's derivative, and f^g with both
 * sides variable is differentiated as e^(g·log f), as a teacher writes it. `onNode` sees each
 * node differentiated, in order, for a derivation that lists its steps. Builds into `graph`.
 * @example
 * const { graph, output } = parse('x^2 * y');
 * const scratch = graph.extend();
 * printText(scratch, forwardDerivative(scratch, output, scratch.inputs.get('x')!, () => false)); // → '2 * y * x'
 */
export function forwardDerivative(
  graph: Graph, root: NodeId, variable: NodeId, isLeaf: (id: NodeId) => boolean, onNode?: (node: ForwardNode) => void,
): NodeId {
  const zero = graph.constant(0);
  const d = new Map<NodeId, NodeId>([[variable, graph.constant(1)]]);
  for (const id of graph.reachable([root], (n) => n !== variable && isLeaf(n))) {
    const node = graph.node(id);
    if (id === variable || isLeaf(id) || graph.isConstant[id] || !node.args.some((arg) => d.has(arg))) continue;
    if (node.op === 'name') {
      d.set(id, d.get(node.args[0]!)!);
      continue;
    }
    const dependent = node.args.map((arg) => d.has(arg));
    const partials = node.args.map((_arg, i) => (dependent[i] ? localPartial(graph, id, i) : zero));
    const derivative = isVariablePower(graph, id, dependent)
      ? variablePowerDerivative(graph, id, d.get(node.args[0]!)!, d.get(node.args[1]!)!)
      : node.args.reduce((sum, arg, i) => (dependent[i] ? graph.add(sum, graph.mul(partials[i]!, d.get(arg)!)) : sum), zero);
    d.set(id, derivative);
    onNode?.({ id, dependent, partials, derivative });
  }
  return d.get(root) ?? zero;
}
