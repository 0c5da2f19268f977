import type { NodeId } from './functions.js';
import type { Graph } from './graph.js';
import type { Program } from './parse.js';
import { sweepOf, toProgram } from './program.js';

/** A program with its gradient as nodes of the same graph: what a code generator compiles. */
export interface GradientGraph {
  readonly program: Program;
  readonly graph: Graph;
  readonly output: NodeId;
  /** ∂output/∂input as a node, for each requested input (a constant 0 node for one that does not occur). */
  readonly gradient: ReadonlyMap<string, NodeId>;
  /** Every node the value and the gradient need, ascending: a straight-line schedule. */
  readonly schedule: readonly NodeId[];
}

/**
 * The value and gradient of a program as one graph, shared subexpressions built once.
 * @example
 * const { schedule, gradient } = gradientGraph('x^2 * y', ['x']);
 * [...gradient.keys()]; // → ['x']
 */
export function gradientGraph(source: string | Program, wrt?: readonly string[]): GradientGraph {
  const program = toProgram(source);
  const { graph, output } = program;
  const sweep = sweepOf(program);
  const gradient = new Map<string, NodeId>();
  for (const name of wrt ?? program.inputs) {
    const input = graph.inputs.get(name);
    gradient.set(name, (input === undefined ? undefined : sweep.adjoint.get(input)) ?? graph.constant(0));
  }
  const schedule = graph.reachable([output, ...gradient.values()]);
  return { program, graph, output, gradient, schedule };
}
