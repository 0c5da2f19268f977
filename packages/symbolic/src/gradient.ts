import { SymbolicError } from './errors.js';
import type { Edge } from './differentiate.js';
import { describe, evaluateNodes, failure, kinksAt, pointMap, spanOf, type Kink, type Point } from './evaluate.js';
import { gradientGraph, type GradientGraph } from './gradient-graph.js';
import type { NodeId } from './functions.js';
import type { Program } from './parse.js';
import { outputOrder, spanned, sweepOf, toProgram, valueOrder } from './program.js';

/** The value of a program and its gradient at one point. */
export interface GradientResult {
  readonly value: number;
  /** ∂output/∂input for each requested input (every input unless `wrt` narrows it). */
  readonly gradient: Readonly<Record<string, number>>;
  /** Kinks met on the way, with the convention used for each. */
  readonly kinks: readonly Kink[];
}

/** Options for {@link gradient}. */
export interface GradientOptions {
  /** The inputs to differentiate with respect to; a name that does not occur gets 0. */
  readonly wrt?: readonly string[];
}

/** Evaluated node values of one program at one point: the forward pass and its adjoints. */
export interface Evaluation {
  readonly program: Program;
  readonly values: ReadonlyMap<NodeId, number>;
  /** ∂output/∂node for every node that depends on an input. */
  readonly adjoints: ReadonlyMap<NodeId, number>;
  /** Kinks met at the point. */
  readonly kinks: readonly Kink[];
}

/** The first relevant edge whose local derivative reads `culprit`, or else the first whose adjoint is not finite. */
function edgeOf(gg: GradientGraph, culprit: NodeId, values: ReadonlyMap<NodeId, number>): Edge | undefined {
  const { graph } = gg;
  const seen = new Uint8Array(graph.size);
  for (const edge of gg.edges) {
    const stack = [edge.local];
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (id === culprit) return edge;
      if (seen[id]) continue;
      seen[id] = 1;
      stack.push(...graph.node(id).args);
    }
  }
  const adjoint = sweepOf(gg.program).adjoint;
  return gg.edges.find((edge) => !Number.isFinite(values.get(adjoint.get(edge.node)!) ?? 0));
}

/** The error for a gradient that does not exist at the point: the operation whose derivative fails, and why. */
function derivativeError(gg: GradientGraph, culprit: NodeId, values: ReadonlyMap<NodeId, number>, point: ReadonlyMap<string, number>): SymbolicError {
  const { graph } = gg;
  const args = graph.node(culprit).args.map((arg) => values.get(arg)!);
  const why = failure(graph, culprit, args, values.get(culprit)!);
  const edge = edgeOf(gg, culprit, values);
  const where = edge === undefined ? gg.output : edge.consumer;
  const at = [...point].filter(([n]) => graph.inputs.has(n)).map(([n, v]) => `${n} = ${v}`).join(', ');
  const what = why.code === 'overflow' ? 'overflows' : 'does not exist';
  return new SymbolicError(why.code, `the derivative of ${describe(graph, where)} ${what} at ${at}: ${why.reason}`, spanOf(graph, where));
}

/**
 * The forward pass (the output and the guards of the source as written, strictly), then the
 * gradient nodes and every local derivative the chain rule multiplies: all must be finite.
 */
function evaluateGradientGraph(gg: GradientGraph, point: ReadonlyMap<string, number>, onVisit?: (id: NodeId) => void): Map<NodeId, number> {
  const { graph } = gg;
  const values = new Map<NodeId, number>();
  evaluateNodes(graph, gg.forward, point, values, true, onVisit);
  evaluateNodes(graph, gg.schedule, point, values, false, onVisit);
  const culprit = gg.schedule.find((id) => !Number.isFinite(values.get(id)!));
  if (culprit !== undefined) throw derivativeError(gg, culprit, values, point);
  return values;
}

/** Options for {@link evaluateAt}. */
export interface EvaluateAtOptions {
  /** Called once for each node evaluated: a way to measure the work, which follows the program's gradient graph. */
  readonly onVisit?: (id: NodeId) => void;
}

/**
 * Runs the forward pass and the reverse pass of a program at a point: the nodes of its gradient
 * graph, each once, and nothing that other readers of the program built.
 * @throws {SymbolicError} `domain` when a value or a derivative does not exist at the point,
 *   `overflow` when one exceeds the largest double, `invalid-argument` when an input has no value.
 * @example
 * let visits = 0;
 * evaluateAt('x * y', { x: 3, y: 2 }, { onVisit: () => visits++ }).adjoints.get(0); // → 2
 * visits; // → 4
 */
export function evaluateAt(source: string | Program, at: Point, options: EvaluateAtOptions = {}): Evaluation {
  const program = toProgram(source);
  return spanned(program, () => evaluation(gradientGraph(program), pointMap(at), options.onVisit));
}

function evaluation(gg: GradientGraph, point: ReadonlyMap<string, number>, onVisit?: (id: NodeId) => void): Evaluation {
  const { program, graph } = gg;
  const values = evaluateGradientGraph(gg, point, onVisit);
  const sweep = sweepOf(program);
  // Adjoints of intermediates that no input's gradient reads (a product simplified to 0), for display.
  const missing = [...sweep.adjoint.values()].filter((id) => !values.has(id));
  if (missing.length > 0) evaluateNodes(graph, graph.reachable(missing, (id) => values.has(id)), point, values, false, onVisit);
  const adjoints = new Map<NodeId, number>();
  for (const [node, adjoint] of sweep.adjoint) adjoints.set(node, values.get(adjoint)!);
  return { program, values, adjoints, kinks: kinksAt(graph, outputOrder(program), values) };
}

/**
 * The value and gradient of an expression or program at a point, by reverse mode.
 * @throws {SymbolicError} `domain` (with the span of the call) when the function or its derivative
 *   does not exist there, `invalid-argument` for a missing or non-finite input value, and any
 *   parse error of the source.
 * @example
 * gradient('x^2 * y', { x: 3, y: 2 }); // → { value: 18, gradient: { x: 12, y: 9 }, kinks: [] }
 */
export function gradient(source: string | Program, at: Point, options: GradientOptions = {}): GradientResult {
  const program = toProgram(source);
  const gg = gradientGraph(program, options.wrt);
  const values = spanned(program, () => evaluateGradientGraph(gg, pointMap(at)));
  const entries = [...gg.gradient].map(([name, node]): [string, number] => [name, values.get(node)!]);
  return {
    value: values.get(program.output)!,
    gradient: Object.fromEntries(entries),
    kinks: kinksAt(program.graph, outputOrder(program), values),
  };
}

/**
 * The value of an expression or program at a point.
 * @throws {SymbolicError} `domain` when the value does not exist there.
 * @example
 * evaluate('a = x*y; b = a + z; c = b^2', { x: 1, y: 2, z: 3 }); // → 25
 */
export function evaluate(source: string | Program, at: Point): number {
  const program = toProgram(source);
  const values = new Map<NodeId, number>();
  spanned(program, () => evaluateNodes(program.graph, valueOrder(program), pointMap(at), values));
  return values.get(program.output)!;
}
