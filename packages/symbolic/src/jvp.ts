import { evaluateNodes, pointMap, type Point } from './evaluate.js';
import type { NodeId } from './functions.js';
import { derivativeValue } from './internal/derivative-value.js';
import type { Program } from './parse.js';
import { printLatex, printText } from './print.js';
import { toProgram } from './program.js';
import { tangentSweep } from './tangent.js';

/** A directional derivative ∇f · v, symbolically and, with `at`, at a point. */
export interface Jvp {
  /** The direction, one number per input it names. */
  readonly direction: Readonly<Record<string, number>>;
  /** ∇f · v written in the inputs alone. */
  readonly derivative: string;
  /** The same in the program's intermediate names where they occur. */
  readonly compact: string;
  readonly latex: string;
  readonly compactLatex: string;
  /** With `at`: f at the point. */
  readonly value?: number;
  /** With `at`: ∇f · v at the point. */
  readonly tangent?: number;
}

/** Options for {@link jvp}. */
export interface JvpOptions {
  /** A point at which to evaluate the value and the directional derivative. */
  readonly at?: Point;
  /** Spell the result out in the inputs alone (default `true`); with `false`, `derivative` repeats `compact`. */
  readonly expand?: boolean;
}

/**
 * Forward mode: the directional derivative ∇f · v of an expression or program, by pushing the
 * direction's tangent through the graph from the inputs to the output (one sweep, whatever the
 * number of inputs). Inputs the direction does not name move by 0; names the program does not
 * read are ignored.
 * @throws {SymbolicError} `invalid-argument` for a direction or point value that is not a finite
 *   number; `domain` when the value or the derivative does not exist at `at`; `too-large` when
 *   the result spelled out in the inputs would be enormous (pass `expand: false`); parse errors.
 * @example
 * jvp('x^2 * y', { x: 1, y: 0 }).derivative; // → '2 * y * x'
 * jvp('x^2 * y', { x: 1, y: 1 }, { at: { x: 3, y: 2 } }).tangent; // → 21
 */
export function jvp(source: string | Program, direction: Point, options: JvpOptions = {}): Jvp {
  const program = toProgram(source);
  const { output } = program;
  const graph = program.graph.extend();
  const v = pointMap(direction);
  const seeds = new Map<NodeId, NodeId>();
  for (const [name, amount] of v) {
    const input = graph.inputs.get(name);
    if (input !== undefined) seeds.set(input, graph.constant(amount));
  }
  const node = tangentSweep(graph, [output], seeds).get(output) ?? graph.constant(0);
  const expanded = options.expand === false ? node : graph.expandNames(node);
  const result: Jvp = {
    direction: Object.fromEntries(v),
    derivative: printText(graph, expanded, options.expand === false ? 'compact' : 'expanded'),
    compact: printText(graph, node, 'compact'),
    latex: printLatex(graph, expanded, options.expand === false ? 'compact' : 'expanded'),
    compactLatex: printLatex(graph, node, 'compact'),
  };
  if (options.at === undefined) return result;
  const point = pointMap(options.at);
  const values = new Map<NodeId, number>();
  evaluateNodes(graph, graph.reachable([output]), point, values);
  evaluateNodes(graph, graph.reachable([node]), point, values, false);
  const tangent = derivativeValue(graph, node, values, point, 'the directional derivative');
  return { ...result, value: values.get(output)!, tangent };
}
