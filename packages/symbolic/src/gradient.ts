import { SymbolicError } from './errors.js';
import { describe, evaluateNodes, kinksAt, pointMap, spanOf, type Kink, type Point } from './evaluate.js';
import type { NodeId } from './functions.js';
import type { Program } from './parse.js';
import { spanned, sweepOf, toProgram } from './program.js';

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

/**
 * Runs the forward pass and the numeric reverse pass of a program at a point.
 * @throws {SymbolicError} `domain` when a value or a derivative does not exist at the point,
 *   `invalid-argument` when an input has no value.
 */
export function evaluateAt(source: string | Program, at: Point): Evaluation {
  const program = toProgram(source);
  return spanned(program, () => evaluateProgram(program, at));
}

function evaluateProgram(program: Program, at: Point): Evaluation {
  const point = pointMap(at);
  const { graph, output } = program;
  const values = new Map<NodeId, number>();
  const forward = graph.reachable([output]);
  evaluateNodes(graph, forward, point, values);
  const sweep = sweepOf(program);
  // Local derivatives are evaluated leniently here and checked edge by edge below, so an error
  // names the function whose derivative fails rather than an anonymous node of the derivative.
  const rest: NodeId[] = [];
  for (let id = 0; id < graph.size; id++) if (!values.has(id)) rest.push(id);
  evaluateNodes(graph, rest, point, values, false);
  const adjoints = new Map<NodeId, number>();
  if (!graph.isConstant[output]) adjoints.set(output, 1);
  for (const edge of sweep.edges) {
    const upstream = adjoints.get(edge.consumer) ?? 0;
    const local = values.get(edge.local)!;
    if (upstream !== 0 && !Number.isFinite(local)) {
      throw new SymbolicError(
        'domain',
        `the derivative of ${describe(graph, edge.consumer)} does not exist at ${[...point].filter(([n]) => graph.inputs.has(n)).map(([n, v]) => `${n} = ${v}`).join(', ')}`,
        spanOf(graph, edge.consumer),
      );
    }
    const contribution = upstream === 0 ? 0 : upstream * local;
    adjoints.set(edge.node, (adjoints.get(edge.node) ?? 0) + contribution);
  }
  return { program, values, adjoints, kinks: kinksAt(graph, forward, values) };
}

/**
 * The value and gradient of an expression or program at a point, by reverse mode.
 * @throws {SymbolicError} `domain` (with the span of the call) when the function or its derivative
 *   does not exist there, `invalid-argument` for a missing or non-finite input value, and any
 *   parse error of the source.
 * @example
 * gradient('x^2 * y', { x: 3, y: 2 }); // { value: 18, gradient: { x: 12, y: 9 }, kinks: [] }
 */
export function gradient(source: string | Program, at: Point, options: GradientOptions = {}): GradientResult {
  const evaluation = evaluateAt(source, at);
  const { program, values, adjoints } = evaluation;
  const names = options.wrt ?? program.inputs;
  const entries = names.map((name): [string, number] => {
    const id = program.graph.inputs.get(name);
    const partial = id === undefined ? 0 : (adjoints.get(id) ?? 0);
    if (!Number.isFinite(partial)) {
      throw new SymbolicError('domain', `the derivative with respect to ${name} overflows at this point`, { start: 0, end: program.source.length });
    }
    return [name, partial];
  });
  return {
    value: values.get(program.output)!,
    gradient: Object.fromEntries(entries),
    kinks: evaluation.kinks,
  };
}

/**
 * The value of an expression or program at a point.
 * @throws {SymbolicError} `domain` when the value does not exist there.
 * @example
 * evaluate('a = x*y; b = a + z; c = b^2', { x: 1, y: 2, z: 3 }); // 25
 */
export function evaluate(source: string | Program, at: Point): number {
  const program = toProgram(source);
  const values = new Map<NodeId, number>();
  spanned(program, () => evaluateNodes(program.graph, program.graph.reachable([program.output]), pointMap(at), values));
  return values.get(program.output)!;
}
