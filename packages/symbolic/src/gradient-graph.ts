import type { Edge, ReverseSweep } from './differentiate.js';
import type { NodeId } from './functions.js';
import type { Graph } from './graph.js';
import type { Program } from './parse.js';
import { refuseNonInputs, sweepOf, toProgram } from './program.js';

/** A program with its gradient as nodes of the same graph: what a code generator compiles. */
export interface GradientGraph {
  readonly program: Program;
  /**
   * The program's graph extended by its derivative nodes, frozen (shared by every reader of the
   * program): a caller that builds more nodes works on `graph.extend()`.
   */
  readonly graph: Graph;
  readonly output: NodeId;
  /** ∂output/∂input as a node, for each requested input (a constant 0 node for one that does not occur). */
  readonly gradient: ReadonlyMap<string, NodeId>;
  /**
   * The value's nodes, ascending: the output and the program's guards (the source as written where
   * simplification changed it), with everything they read. The value exists where all of them are finite.
   */
  readonly forward: readonly NodeId[];
  /**
   * The chain rule's edges towards the requested inputs whose upstream is not identically 0. The
   * gradient exists only where each edge's local derivative is finite: bp takes no one-sided limits.
   */
  readonly edges: readonly Edge[];
  /** Every node the value, the guards, the gradient and the edges' local derivatives need, ascending: a straight-line schedule. */
  readonly schedule: readonly NodeId[];
}

/** The edges on a path from the output to one of `targets`, leaving out those whose upstream is identically 0. */
function chainEdges(graph: Graph, sweep: ReverseSweep, targets: ReadonlySet<NodeId>): Edge[] {
  const leadsToTarget = new Set<NodeId>();
  for (const id of sweep.order) {
    if (targets.has(id) || graph.node(id).args.some((arg) => leadsToTarget.has(arg))) leadsToTarget.add(id);
  }
  return sweep.edges.filter((edge) => {
    const upstream = sweep.adjoint.get(edge.consumer);
    return leadsToTarget.has(edge.node) && upstream !== undefined && graph.numberOf(upstream) !== 0;
  });
}

/**
 * Each program's gradient graphs by `wrt`: built once, since a program's graph and its sweep are
 * frozen, and what callers such as a finite-difference check (a gradient per point) ask for again.
 */
const cache = new WeakMap<Program, Map<string, GradientGraph>>();

/**
 * The value and gradient of a program as one graph, shared subexpressions built once, with what
 * decides where they exist: the guards of the source as written and the chain rule's local derivatives.
 * @throws {SymbolicError} `invalid-argument` when `wrt` names an intermediate or a constant the source uses.
 * @example
 * const { schedule, gradient } = gradientGraph('x^2 * y', ['x']);
 * [...gradient.keys()]; // → ['x']
 */
export function gradientGraph(source: string | Program, wrt?: readonly string[]): GradientGraph {
  const program = toProgram(source);
  const key = wrt === undefined ? '' : JSON.stringify(wrt);
  let perProgram = cache.get(program);
  const found = perProgram?.get(key);
  if (found !== undefined) return found;
  if (wrt !== undefined) refuseNonInputs(program, wrt);
  const { output } = program;
  const sweep = sweepOf(program);
  const { graph } = sweep;
  const gradient = new Map<string, NodeId>();
  const targets = new Set<NodeId>();
  for (const name of wrt ?? program.inputs) {
    const input = graph.inputs.get(name);
    if (input !== undefined) targets.add(input);
    gradient.set(name, (input === undefined ? undefined : sweep.adjoint.get(input)) ?? graph.constant(0));
  }
  const edges = chainEdges(graph, sweep, targets);
  const forward = graph.reachable([output, ...program.guards]);
  const schedule = graph.reachable([output, ...program.guards, ...gradient.values(), ...edges.map((edge) => edge.local)]);
  const result: GradientGraph = { program, graph, output, gradient, forward, edges, schedule };
  if (perProgram === undefined) {
    perProgram = new Map();
    cache.set(program, perProgram);
  }
  perProgram.set(key, result);
  return result;
}
