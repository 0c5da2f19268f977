import { operationOf, type Graph, type GraphNode, type NodeId } from '@bp/symbolic/engine';

/** Whether a consumer's value is surely non-finite when this argument is: its operation's spec says (x + Inf, log(Inf)); a name passes its value on. */
function passesOn(graph: Graph, node: GraphNode, index: number): boolean {
  if (node.op === 'name') return true;
  return operationOf(node)?.passesNonFinite?.(index, node.args, (id) => graph.numberOf(id)) ?? false;
}

/**
 * The nodes whose values a kernel must test to be NaN exactly where @bp/symbolic reports an error:
 * those whose non-finite value would not surely reach an output or a tested node of its kind (the
 * value for `forward` nodes, a partial for the others), such as a denominator (x / Inf = 0).
 */
export function nodesToTest(graph: Graph, schedule: readonly NodeId[], forward: ReadonlySet<NodeId>, outputs: readonly NodeId[]): NodeId[] {
  const covered = new Set<NodeId>(outputs.slice(1).filter((id) => !forward.has(id)));
  if (outputs[0] !== undefined) covered.add(outputs[0]);
  const consumers = new Map<NodeId, NodeId[]>();
  for (const id of schedule) {
    const node = graph.node(id);
    node.args.forEach((arg, i) => {
      if (!passesOn(graph, node, i) || forward.has(arg) !== forward.has(id)) return;
      const list = consumers.get(arg);
      if (list === undefined) consumers.set(arg, [id]);
      else list.push(id);
    });
  }
  const tested: NodeId[] = [];
  for (let k = schedule.length - 1; k >= 0; k--) {
    const id = schedule[k]!;
    const op = graph.node(id).op;
    if (covered.has(id) || op === 'const' || op === 'input') continue;
    if (!(consumers.get(id) ?? []).some((c) => covered.has(c))) tested.push(id);
    covered.add(id);
  }
  return tested;
}
