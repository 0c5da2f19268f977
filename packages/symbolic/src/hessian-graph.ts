import { localPartial } from './differentiate.js';
import type { NodeId } from './functions.js';
import type { Graph } from './graph.js';
import { gradientGraph } from './gradient-graph.js';
import type { Program } from './parse.js';
import { toProgram } from './program.js';

/** A program with its gradient and every second partial as nodes of one graph. */
export interface HessianGraph {
  readonly program: Program;
  /** The program's graph extended by the gradient and the second partials; frozen (extend it to build more). */
  readonly graph: Graph;
  readonly output: NodeId;
  /** The inputs differentiated with respect to, without repeats, in the order given. */
  readonly wrt: readonly string[];
  /** ∂output/∂input as a node, for each input in `wrt`. */
  readonly gradient: ReadonlyMap<string, NodeId>;
  /**
   * ∂²output/∂a∂b as a node, keyed by a then b. With symmetry used (the default), the entry for
   * (b, a) is the very node of (a, b); with `symmetric: false` each row is derived on its own.
   */
  readonly hessian: ReadonlyMap<string, ReadonlyMap<string, NodeId>>;
  /** Every node the value, the gradient and the Hessian need, ascending: a straight-line schedule. */
  readonly schedule: readonly NodeId[];
}

/** Options for {@link hessianGraph}. */
export interface HessianGraphOptions {
  /** The inputs to differentiate with respect to; default every input. A name that does not occur gets 0. */
  readonly wrt?: readonly string[];
  /**
   * Use the symmetry of second partials (default `true`): row i is derived only towards inputs
   * i, i+1, … and the entries below the diagonal are the ones above it. With `false` every
   * entry is derived on its own, so both mixed partials can be compared.
   */
  readonly symmetric?: boolean;
}

/**
 * For each node, the position in `wrt` of the last input it depends on (−1 for none), computed
 * on demand as the graph grows: arguments have smaller ids, so one pass in id order suffices.
 */
function lastInputIndex(graph: Graph, wrt: readonly string[]): (id: NodeId) => number {
  const position = new Map(wrt.map((name, i) => [name, i]));
  const last: number[] = [];
  return (id) => {
    for (let k = last.length; k <= id; k++) {
      const node = graph.node(k);
      last.push(node.op === 'input' ? (position.get(node.name!) ?? -1) : node.args.reduce((m, a) => Math.max(m, last[a]!), -1));
    }
    return last[id]!;
  };
}

/**
 * The reverse sweep of one gradient node, restricted to the nodes that depend on an input at
 * position `first` or later in `wrt`: with symmetry used, row i needs ∂g_i/∂x_j for j ≥ i only,
 * so every branch that reads only earlier inputs is skipped (about half the work of a dense Hessian).
 */
function rowSweep(graph: Graph, root: NodeId, first: number, last: (id: NodeId) => number): Map<NodeId, NodeId> {
  const adjoint = new Map<NodeId, NodeId>();
  const relevant = (id: NodeId): boolean => last(id) >= first;
  if (!relevant(root)) return adjoint;
  const order = graph.reachable([root], (id) => !relevant(id)).filter(relevant);
  adjoint.set(root, graph.constant(1));
  for (let k = order.length - 1; k >= 0; k--) {
    const consumer = order[k]!;
    const upstream = adjoint.get(consumer);
    const node = graph.node(consumer);
    if (upstream === undefined || node.op === 'input') continue;
    node.args.forEach((arg, index) => {
      if (!relevant(arg)) return;
      const contribution = graph.mul(upstream, localPartial(graph, consumer, index));
      const before = adjoint.get(arg);
      adjoint.set(arg, before === undefined ? contribution : graph.add(before, contribution));
    });
  }
  return adjoint;
}

const cache = new WeakMap<Program, Map<string, HessianGraph>>();

/**
 * The Hessian of a program as graph nodes, derived from its gradient graph by reverse mode over
 * each gradient node (reverse over reverse), so the second partials reuse the gradient's and the
 * forward pass's subexpressions, in an extension of the program's graph (which never changes).
 * Built once per program and options; later calls return the same object, whose graph is frozen.
 * @throws {SymbolicError} any parse error of the source.
 * @example
 * const { graph, hessian } = hessianGraph('x^2 * y');
 * printText(graph, hessian.get('x')!.get('y')!); // → '2 * x'
 */
export function hessianGraph(source: string | Program, options: HessianGraphOptions = {}): HessianGraph {
  const program = toProgram(source);
  const wrt = [...new Set(options.wrt ?? program.inputs)];
  const symmetric = options.symmetric ?? true;
  const key = JSON.stringify([wrt, symmetric]);
  let perProgram = cache.get(program);
  const found = perProgram?.get(key);
  if (found !== undefined) return found;
  const first = gradientGraph(program, wrt);
  // The second partials go into an extension of the gradient's graph, frozen once built, so the
  // cached result is the same whoever asks first.
  const graph = first.graph.extend();
  const last = lastInputIndex(graph, wrt);
  const rows = wrt.map(() => new Map<string, NodeId>());
  wrt.forEach((a, i) => {
    const adjoint = rowSweep(graph, first.gradient.get(a)!, symmetric ? i : 0, last);
    wrt.forEach((b, j) => {
      if (symmetric && j < i) return;
      const input = graph.inputs.get(b);
      const entry = (input === undefined ? undefined : adjoint.get(input)) ?? graph.constant(0);
      rows[i]!.set(b, entry);
      if (symmetric) rows[j]!.set(a, entry);
    });
  });
  // Rows keep wrt's order for their columns, whatever order the symmetric fill wrote them in.
  const hessian = new Map(wrt.map((a, i) => [a, new Map(wrt.map((b) => [b, rows[i]!.get(b)!]))]));
  const entries = [...hessian.values()].flatMap((row) => [...row.values()]);
  const schedule = graph.reachable([first.output, ...first.gradient.values(), ...entries]);
  graph.freeze();
  const result: HessianGraph = { program, graph, output: first.output, wrt, gradient: first.gradient, hessian, schedule };
  if (perProgram === undefined) {
    perProgram = new Map();
    cache.set(program, perProgram);
  }
  perProgram.set(key, result);
  return result;
}
