import { reverseSweep } from './differentiate.js';
import { SymbolicError } from './errors.js';
import { evaluateNodes, pointMap, type Point } from './evaluate.js';
import type { NodeId } from './functions.js';
import { derivativeValue } from './internal/derivative-value.js';
import type { Program } from './parse.js';
import { printLatex, printText } from './print.js';
import { toProgram } from './program.js';

/** One partial ∂output/∂input of a Jacobian, symbolically. */
export interface JacobianEntry {
  readonly output: string;
  readonly wrt: string;
  /** Written in the inputs alone. */
  readonly derivative: string;
  /** In the program's intermediate names where they occur. */
  readonly compact: string;
  readonly latex: string;
  readonly compactLatex: string;
}

/** The Jacobian of several named outputs of a program. */
export interface Jacobian {
  /** The outputs, in the order asked for: the rows. */
  readonly outputs: readonly string[];
  /** The inputs: the columns. */
  readonly wrt: readonly string[];
  /** Every entry, `matrix[output][input]`. */
  readonly matrix: Readonly<Record<string, Readonly<Record<string, JacobianEntry>>>>;
  /** With `at`: each output's value. */
  readonly values?: Readonly<Record<string, number>>;
  /** With `at`: each entry's value, `jacobian[output][input]`. */
  readonly jacobian?: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

/** Options for {@link jacobian}. */
export interface JacobianOptions {
  /**
   * The outputs: names assigned in the program (`a = …`). Default: the program's output alone
   * (its last statement), named by its assignment or `f`.
   */
  readonly outputs?: readonly string[];
  /** The inputs to differentiate with respect to; default every input. A name that does not occur gets 0. */
  readonly wrt?: readonly string[];
  /** A point at which to evaluate the outputs and the Jacobian. */
  readonly at?: Point;
  /** Spell entries out in the inputs alone (default `true`); with `false`, `derivative` repeats `compact`. */
  readonly expand?: boolean;
}

function outputNodes(program: Program, names: readonly string[] | undefined): Map<string, NodeId> {
  if (names === undefined) return new Map([[program.outputName ?? 'f', program.output]]);
  const nodes = new Map<string, NodeId>();
  for (const name of names) {
    const node = program.definitions.get(name);
    if (node === undefined) {
      const known = [...program.definitions.keys()];
      throw new SymbolicError(
        'invalid-argument',
        `the output "${name}" is not assigned in the program${known.length ? ` (its names: ${known.join(', ')})` : ''}`,
      );
    }
    nodes.set(name, node);
  }
  return nodes;
}

function nested<T>(rows: readonly string[], columns: readonly string[], cell: (row: string, column: string) => T): Record<string, Record<string, T>> {
  const matrix = Object.create(null) as Record<string, Record<string, T>>;
  for (const row of rows) {
    matrix[row] = Object.create(null) as Record<string, T>;
    for (const column of columns) matrix[row][column] = cell(row, column);
  }
  return matrix;
}

/**
 * The Jacobian of a program with several named outputs: one reverse sweep per output, each row
 * that output's gradient. Name the outputs with `outputs: ['a', 'b']`, the program's assignments.
 * @throws {SymbolicError} `invalid-argument` for an output the program does not assign or a bad
 *   point; `domain` when an output or a partial does not exist at `at`; `too-large` when an entry
 *   spelled out in the inputs would be enormous (pass `expand: false`); parse errors.
 * @example
 * const j = jacobian('u = x*y; v = x + y^2', { outputs: ['u', 'v'], at: { x: 2, y: 3 } });
 * j.matrix.v!.y!.derivative; // → '2 * y'
 * j.jacobian; // → { u: { x: 3, y: 2 }, v: { x: 1, y: 6 } }
 */
export function jacobian(source: string | Program, options: JacobianOptions = {}): Jacobian {
  const program = toProgram(source);
  const graph = program.graph.extend();
  const outputs = outputNodes(program, options.outputs);
  const wrt = [...new Set(options.wrt ?? program.inputs)];
  const nodes = new Map<string, Map<string, NodeId>>();
  for (const [name, node] of outputs) {
    const sweep = reverseSweep(graph, node);
    nodes.set(name, new Map(wrt.map((x) => {
      const input = graph.inputs.get(x);
      return [x, (input === undefined ? undefined : sweep.adjoint.get(input)) ?? graph.constant(0)];
    })));
  }
  const rows = [...outputs.keys()];
  const matrix = nested(rows, wrt, (row, column): JacobianEntry => {
    const node = nodes.get(row)!.get(column)!;
    const compact = printText(graph, node, 'compact');
    const compactLatex = printLatex(graph, node, 'compact');
    if (options.expand === false) return { output: row, wrt: column, derivative: compact, compact, latex: compactLatex, compactLatex };
    const expanded = graph.expandNames(node);
    return { output: row, wrt: column, derivative: printText(graph, expanded), compact, latex: printLatex(graph, expanded), compactLatex };
  });
  if (options.at === undefined) return { outputs: rows, wrt, matrix };
  const point = pointMap(options.at);
  const values = new Map<NodeId, number>();
  evaluateNodes(graph, graph.reachable([...outputs.values()]), point, values);
  const entries = [...nodes.values()].flatMap((row) => [...row.values()]);
  evaluateNodes(graph, graph.reachable(entries), point, values, false);
  return {
    outputs: rows, wrt, matrix,
    values: Object.fromEntries(rows.map((row) => [row, values.get(outputs.get(row)!)!])),
    jacobian: nested(rows, wrt, (row, column) =>
      derivativeValue(graph, nodes.get(row)!.get(column)!, values, point, `∂${row}/∂${column}`)),
  };
}
