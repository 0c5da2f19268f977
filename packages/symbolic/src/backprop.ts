import { evaluateNodes, pointMap, type Kink, type Point } from './evaluate.js';
import { evaluateAt } from './gradient.js';
import type { NodeId } from './functions.js';
import type { Graph } from './graph.js';
import type { Program } from './parse.js';
import { printLatex, printText } from './print.js';
import { sweepOf, toProgram } from './program.js';
import { forwardDerivative } from './tangent.js';

/** One node of the graph a backprop shows: an input, a named intermediate, or (in `all` mode) any operation. */
export interface BackpropNode {
  readonly id: NodeId;
  /** The user's name, or an automatic `v1`, `v2`… for unnamed operations. */
  readonly label: string;
  readonly kind: 'input' | 'intermediate' | 'output';
  /** Its definition in the visible nodes' names (the input's own name for an input). */
  readonly expression: string;
  readonly latex: string;
  /** ∂output/∂node, in the visible nodes' names. */
  readonly adjoint: string;
  readonly adjointLatex: string;
  /** Forward value at the point, when one was given. */
  readonly value?: number;
  /** ∂output/∂node at the point, when one was given. */
  readonly adjointValue?: number;
}

/** One contribution of the backward pass: upstream × local, flowing from a consumer into a node it reads. */
export interface Contribution {
  readonly from: NodeId;
  readonly to: NodeId;
  /** ∂from/∂to */
  readonly local: string;
  readonly localLatex: string;
  /** ∂output/∂from */
  readonly upstream: string;
  /** upstream × local */
  readonly product: string;
  readonly localValue?: number;
  readonly upstreamValue?: number;
  readonly value?: number;
}

/** The reverse pass of a program, with every adjoint and every contribution in the user's own names. */
export interface Backprop {
  readonly program: Program;
  readonly level: 'named' | 'all';
  /** Topological order: inputs first, the output last. */
  readonly nodes: readonly BackpropNode[];
  /** In the order the backward pass adds them: consumers from the output down. */
  readonly contributions: readonly Contribution[];
  readonly output: NodeId;
  readonly kinks: readonly Kink[];
}

/** One contribution as graph nodes, before printing. */
interface SymbolicContribution {
  readonly from: NodeId;
  readonly to: NodeId;
  readonly local: NodeId;
  readonly upstream: NodeId;
  readonly product: NodeId;
}

/** Options for {@link backprop}. */
export interface BackpropOptions {
  /** The point at which to attach values. */
  readonly at?: Point;
  /**
   * `named` shows inputs, named intermediates and the output; `all` shows every operation.
   * Default: `named` when the program names intermediates, otherwise `all`.
   */
  readonly level?: 'named' | 'all';
}

/**
 * Reverse mode over a program's graph: seed ∂out/∂out = 1, visit nodes from the output down,
 * each edge contributes upstream × local, and a node read by several consumers sums its
 * paths. Every adjoint and contribution is recorded symbolically, and numerically when `at` is given.
 * @throws {SymbolicError} parse errors of the source; `domain` when `at` is outside the domain.
 * @example
 * const bp = backprop('a = x*y; b = a + z; c = b^2', { at: { x: 1, y: 2, z: 3 } });
 * bp.nodes.find((n) => n.label === 'x')?.adjointValue; // → 20
 */
export function backprop(source: string | Program, options: BackpropOptions = {}): Backprop {
  const program = toProgram(source);
  // The local derivatives are built in a private extension of the graph the evaluation uses.
  const g = sweepOf(program).graph.extend();
  const out = program.output;
  const { level, visible } = visibleNodes(g, out, options.level);
  const labels = visibleLabels(program, g, visible);
  const { contributions: symbolic, adjoint } = backwardPass(g, out, visible);
  const evaluation = options.at === undefined ? undefined : valuesAt(program, g, symbolic.map((c) => c.local), options.at);
  const view: View = {
    g, out, labels,
    // Printed in the visible nodes' names, given to the printers; the graph's own labels are never changed.
    printLabels: new Map([...labels].filter(([id]) => g.node(id).op !== 'input')),
    printed: new Map(),
    valueOf: (id) => evaluation?.values.get(id),
    adjointValue: (id) => (evaluation ? (id === out ? 1 : evaluation.adjoints.get(id) ?? 0) : undefined),
  };
  const nodes = visible.map((id) => printedNode(view, id, adjoint.get(id) ?? g.constant(0)));
  const contributions = symbolic.map((c) => printedContribution(view, c));
  return { program, level, nodes, contributions, output: out, kinks: evaluation?.kinks ?? [] };
}

/**
 * The nodes a backprop shows, in topological order. Named: inputs, names and the output. All:
 * every operation too, except a definition, which its name stands for. The default level is
 * `named` when the program names an intermediate.
 */
function visibleNodes(g: Graph, out: NodeId, asked: 'named' | 'all' | undefined): { level: 'named' | 'all'; visible: NodeId[] } {
  const reachable = g.reachable([out]).filter((id) => id === out || !g.isConstant[id]);
  const hasNames = reachable.some((id) => id !== out && g.node(id).op === 'name');
  const level = asked ?? (hasNames ? 'named' : 'all');
  const isVisible = (id: NodeId): boolean => {
    const op = g.node(id).op;
    if (id === out || op === 'input') return true;
    if (g.isConstant[id]) return false;
    return op === 'name' || (level === 'all' && !g.namedBy.has(id));
  };
  return { level, visible: reachable.filter(isVisible) };
}

/** What printing a backprop's nodes and contributions needs: the graph, the labels and the values at the point, if any. */
interface View {
  readonly g: Graph;
  readonly out: NodeId;
  readonly labels: ReadonlyMap<NodeId, string>;
  readonly printLabels: ReadonlyMap<NodeId, string>;
  /** Text already printed, by node: a contribution's upstream is its consumer's adjoint, and a product often a node's whole adjoint. */
  readonly printed: Map<NodeId, string>;
  valueOf(id: NodeId): number | undefined;
  adjointValue(id: NodeId): number | undefined;
}

function text(view: View, id: NodeId, expandRoot = false): string {
  if (expandRoot) return printText(view.g, id, 'compact', true, view.printLabels);
  let printed = view.printed.get(id);
  if (printed === undefined) view.printed.set(id, (printed = printText(view.g, id, 'compact', false, view.printLabels)));
  return printed;
}
const latex = (view: View, id: NodeId, expandRoot = false): string => printLatex(view.g, id, 'compact', expandRoot, view.printLabels);
/** `base` with `key` set to `value`, or `base` itself when there is no value. */
const withValue = <T extends object>(base: T, key: string, value: number | undefined): T =>
  value === undefined ? base : { ...base, [key]: value };

/** One visible node, printed, with its value and adjoint's value when there is a point. */
function printedNode(view: View, id: NodeId, adjoint: NodeId): BackpropNode {
  const node = view.g.node(id);
  const kind = node.op === 'input' ? 'input' : id === view.out ? 'output' : 'intermediate';
  const entry: BackpropNode = {
    id,
    label: view.labels.get(id)!,
    kind,
    expression: kind === 'input' ? node.name! : text(view, id, true),
    latex: kind === 'input' ? printLatex(view.g, id) : latex(view, id, true),
    adjoint: text(view, adjoint),
    adjointLatex: latex(view, adjoint),
  };
  return withValue(withValue(entry, 'value', view.valueOf(id)), 'adjointValue', view.adjointValue(id));
}

/** One contribution, printed, with upstream × local's values when there is a point. */
function printedContribution(view: View, c: SymbolicContribution): Contribution {
  let entry: Contribution = {
    from: c.from, to: c.to, local: text(view, c.local), localLatex: latex(view, c.local),
    upstream: text(view, c.upstream), product: text(view, c.product),
  };
  const up = view.adjointValue(c.from);
  const local = view.valueOf(c.local);
  entry = withValue(entry, 'localValue', local);
  entry = withValue(entry, 'upstreamValue', up);
  return withValue(entry, 'value', up === undefined || local === undefined ? undefined : up * local);
}

/** Each visible node's label: the input's or the user's name, the output's name, or an automatic `v1`, `v2`… */
function visibleLabels(program: Program, g: Graph, visible: readonly NodeId[]): Map<NodeId, string> {
  const out = program.output;
  const labels = new Map<NodeId, string>();
  let counter = 0;
  for (const id of visible) {
    const node = g.node(id);
    let label = node.op === 'input' ? node.name! : g.labels.get(id);
    if (label === undefined && id === out) label = program.outputName ?? (program.inputs.includes('f') ? 'f_out' : 'f');
    while (label === undefined || (node.op !== 'input' && id !== out && !g.labels.has(id) && program.inputs.includes(label))) {
      label = `v${++counter}`;
    }
    labels.set(id, label);
  }
  return labels;
}

/** The contributions of the backward pass over the visible nodes, and each one's adjoint, built into `g`. */
function backwardPass(g: Graph, out: NodeId, visible: readonly NodeId[]): { contributions: SymbolicContribution[]; adjoint: Map<NodeId, NodeId> } {
  const visibleSet = new Set(visible);
  const edges: { from: NodeId; to: NodeId; local: NodeId }[] = [];
  for (let k = visible.length - 1; k >= 0; k--) {
    const v = visible[k]!;
    if (g.node(v).op === 'input') continue;
    const leaf = (id: NodeId): boolean => id !== v && visibleSet.has(id);
    const predecessors = g.reachable([v], leaf).filter((id) => id !== v && visibleSet.has(id));
    // ∂v/∂u, treating the other visible nodes as independent leaves.
    for (const u of predecessors.reverse()) edges.push({ from: v, to: u, local: forwardDerivative(g, v, u, leaf) });
  }
  const adjoint = new Map<NodeId, NodeId>([[out, g.constant(1)]]);
  const symbolic: SymbolicContribution[] = [];
  for (const edge of edges) {
    const upstream = adjoint.get(edge.from) ?? g.constant(0);
    const product = g.mul(upstream, edge.local);
    symbolic.push({ ...edge, upstream, product });
    const before = adjoint.get(edge.to);
    adjoint.set(edge.to, before === undefined ? product : g.add(before, product));
  }
  return { contributions: symbolic, adjoint };
}

/** The forward values and adjoints at a point, and the values of the local derivatives built in `g` (leniently, for display). */
function valuesAt(program: Program, g: Graph, locals: readonly NodeId[], at: Point): { values: ReadonlyMap<NodeId, number>; adjoints: ReadonlyMap<NodeId, number>; kinks: readonly Kink[] } {
  const evaluation = evaluateAt(program, at);
  const values = new Map(evaluation.values);
  evaluateNodes(g, g.reachable(locals, (id) => values.has(id)), pointMap(at), values, false);
  return { values, adjoints: evaluation.adjoints, kinks: evaluation.kinks };
}
