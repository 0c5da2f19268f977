import { isSymbolicError, SymbolicError } from './errors.js';
import { FUNCTIONS, type NodeId } from './functions.js';
import { Graph } from './graph.js';
import { reverseSweep, type ReverseSweep } from './differentiate.js';
import { parse, type Program } from './parse.js';

/** A program's reverse sweep and the frozen extension of its graph that holds the derivative nodes. */
export interface Sweep extends ReverseSweep {
  readonly graph: Graph;
}

const sweeps = new WeakMap<Program, Sweep>();

/** Accepts source text or an already parsed program. */
export function toProgram(source: string | Program): Program {
  if (typeof source === 'string') return parse(source);
  const candidate = source as Partial<Program> | null;
  if (candidate === null || typeof candidate !== 'object' || !(candidate.graph instanceof Graph) || typeof candidate.source !== 'string' || typeof candidate.output !== 'number') {
    throw new SymbolicError('invalid-argument', 'expected source text or a Program from parse()');
  }
  return source;
}

/**
 * Runs work on a program so that every error about its source names a span of it: a `domain` or
 * `too-large` error that no single node explains (an overflow of the whole derivative) gets the
 * whole source, with the original as `cause`. Errors about the point (`invalid-argument`) stay as they are.
 */
export function spanned<T>(program: Program, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (!isSymbolicError(error) || error.position !== undefined || error.code === 'invalid-argument') throw error;
    throw new SymbolicError(error.code, error.message, { start: 0, end: program.source.length }, { cause: error });
  }
}

/**
 * The program's reverse sweep, built once per program on an extension of its graph and shared by
 * every caller. The extension is frozen once built, holding 0 and 1 for gradients that need them,
 * so what it contains depends on the program alone, never on which caller came first; a caller
 * that builds more extends `sweep.graph` again.
 */
export function sweepOf(program: Program): Sweep {
  let sweep = sweeps.get(program);
  if (sweep === undefined) {
    const graph = program.graph.extend();
    graph.constant(0);
    graph.constant(1);
    sweep = { ...reverseSweep(graph, program.output), graph: graph.freeze() };
    sweeps.set(program, sweep);
  }
  return sweep;
}

const valueOrders = new WeakMap<Program, readonly NodeId[]>();
const outputOrders = new WeakMap<Program, readonly NodeId[]>();

/**
 * The nodes the program's value reads, ascending: the output and the guards of the source as
 * written, with everything they read. Found once per program (its graph is frozen): every
 * evaluation of a program, e.g. each of a finite difference's, walks the same nodes.
 */
export function valueOrder(program: Program): readonly NodeId[] {
  let order = valueOrders.get(program);
  if (order === undefined) {
    order = program.graph.reachable([program.output, ...program.guards]);
    valueOrders.set(program, order);
  }
  return order;
}

/** The nodes the program's output reads, ascending (where its kinks can be), found once per program. */
export function outputOrder(program: Program): readonly NodeId[] {
  let order = outputOrders.get(program);
  if (order === undefined) {
    order = program.graph.reachable([program.output]);
    outputOrders.set(program, order);
  }
  return order;
}

/**
 * Refuses a name to differentiate by that is not an input but names something else in the program:
 * an intermediate it assigns, or the constant e or pi it uses. A name that does not occur at all is
 * not refused (its derivative is 0).
 * @throws {SymbolicError} `invalid-argument` with the span of the assignment or of the constant.
 */
export function refuseNonInputs(program: Program, names: readonly string[]): void {
  const { graph } = program;
  for (const name of names) {
    if (graph.inputs.has(name)) continue;
    const assignment = program.assignments.find((a) => a.name === name);
    if (assignment !== undefined) {
      const inputs = program.inputs.length > 0 ? `: ${program.inputs.join(', ')}` : '';
      throw new SymbolicError('invalid-argument', `"${name}" is an intermediate the program computes, not an input; differentiate with respect to an input${inputs}`, assignment.span);
    }
    const constant = FUNCTIONS.get(name);
    if (constant?.arity[1] === 0) {
      const id = graph.nodes.findIndex((node) => node.op === 'call' && node.name === constant.name);
      if (id >= 0) {
        throw new SymbolicError('invalid-argument', `"${name}" is the constant ${name} here, not a variable; to vary it, give the variable another name`, graph.spans.get(id));
      }
    }
  }
}
