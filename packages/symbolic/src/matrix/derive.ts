import { SymbolicError } from '../errors.js';
import type { NodeId } from '../functions.js';
import { evaluateMatrix, type MatrixValue } from './evaluate.js';
import { parseMatrix, type MatrixOptions, type MatrixProgram } from './parse.js';
import { printMatrixLatex, printMatrixText } from './print.js';
import { matrixBackprop, type MatrixStep } from './reverse.js';
import { formatShape, type Shape } from './shape.js';

/** A matrix derivative with its rule trace. Layout: the gradient has its variable's shape. */
export interface MatrixDerivation {
  readonly wrt: string;
  /** The variable's shape, which is also the derivative's. */
  readonly shape: Shape;
  /** The derivative in the inputs alone, in mathjs syntax. */
  readonly derivative: string;
  /** The derivative in the program's intermediate names where they occur. */
  readonly compact: string;
  readonly latex: string;
  readonly compactLatex: string;
  /** The contributions on the paths from the output to `wrt`, output first. */
  readonly steps: readonly MatrixStep[];
  /** False when `wrt` is neither an input nor an intermediate (its derivative is then 0). */
  readonly occurs: boolean;
}

/** Options for {@link deriveMatrix}. */
export interface DeriveMatrixOptions extends MatrixOptions {
  /** The variable to differentiate with respect to. */
  readonly wrt: string;
}

const toProgram = (source: string | MatrixProgram, options: MatrixOptions): MatrixProgram =>
  typeof source === 'string' ? parseMatrix(source, options) : source;

/** Nodes of the original program from which `target` can be reached. */
function dependsOn(program: MatrixProgram, target: NodeId | undefined): Set<NodeId> {
  const on = new Set<NodeId>();
  if (target === undefined) return on;
  on.add(target);
  for (let id = target + 1; id <= program.output; id++) {
    if (program.graph.node(id).args.some((arg) => on.has(arg))) on.add(id);
  }
  return on;
}

/**
 * Differentiates the scalar output of a matrix program with respect to one matrix, vector or
 * scalar input, in matrix form (never expanded into entries), with each matrix rule as a step.
 * @throws {SymbolicError} `shape` and the parse errors of {@link parseMatrix}; `not-scalar` when
 *   the output is not a scalar.
 * @example
 * deriveMatrix("x'*A*x", { shapes: { x: [3], A: [3, 3] }, wrt: 'x' }).derivative; // → "(A + A') * x"
 */
export function deriveMatrix(source: string | MatrixProgram, options: DeriveMatrixOptions): MatrixDerivation {
  const program = toProgram(source, options);
  const result = matrixBackprop(program);
  const g = result.graph;
  const input = g.inputs.get(options.wrt) ?? result.program.definitions.get(options.wrt);
  const shape: Shape = input === undefined ? [1, 1] : g.shape(input);
  const id = result.gradient.get(options.wrt) ?? result.intermediates.get(options.wrt) ?? g.constant(0);
  const on = dependsOn(result.program, input);
  const steps = result.steps
    .filter((s) => on.has(s.target) && on.has(s.node))
    .map(({ rule, expression, wrt, result: r, shape: s, latex }) => ({ rule, expression, wrt, result: r, shape: s, latex }));
  return {
    wrt: options.wrt,
    shape,
    derivative: printMatrixText(g, id, 'expanded'),
    compact: printMatrixText(g, id, 'compact', -1),
    latex: printMatrixLatex(g, id, 'expanded'),
    compactLatex: printMatrixLatex(g, id, 'compact', -1),
    steps,
    occurs: input !== undefined,
  };
}

/** A value and gradient of a matrix program at one point; each gradient is row-major in its input's shape. */
export interface MatrixGradientResult {
  readonly value: number;
  readonly gradient: Readonly<Record<string, MatrixValue>>;
  readonly shapes: Readonly<Record<string, Shape>>;
}

/** Options for {@link matrixGradient}. */
export interface MatrixGradientOptions extends MatrixOptions {
  /** Each input's entries, row-major (a number for a scalar). */
  readonly at: Readonly<Record<string, number | ArrayLike<number>>>;
  /** Inputs to differentiate with respect to; default every input. */
  readonly wrt?: readonly string[];
}

/**
 * Evaluates a matrix program and its symbolic gradient at one point.
 * @throws {SymbolicError} `invalid-argument` when a value's length does not match its shape,
 *   `undefined-variable` when an input has no value, `domain` outside a function's domain.
 * @example
 * matrixGradient("x'*x", { shapes: { x: [2] }, at: { x: [1, 2] } }).gradient.x; // → new Float64Array([2, 4])
 */
export function matrixGradient(source: string | MatrixProgram, options: MatrixGradientOptions): MatrixGradientResult {
  const program = toProgram(source, options);
  const result = matrixBackprop(program);
  const g = result.graph;
  const inputs = new Map<string, MatrixValue>();
  for (const name of program.inputs) {
    const shape = program.shapes.get(name)!;
    const given = options.at[name];
    if (given === undefined) throw new SymbolicError('undefined-variable', `no value given for "${name}"`);
    const value = typeof given === 'number' ? Float64Array.of(given) : Float64Array.from(given);
    if (value.length !== shape[0] * shape[1]) {
      throw new SymbolicError('shape', `"${name}" is ${formatShape(shape)} but ${value.length} values were given`);
    }
    inputs.set(name, value);
  }
  const wrt = options.wrt ?? program.inputs;
  const ids = wrt.map((name) => result.gradient.get(name) ?? g.constant(0));
  const values = evaluateMatrix(g, [result.output, ...ids], inputs);
  const gradient: Record<string, MatrixValue> = {};
  const shapes: Record<string, Shape> = {};
  wrt.forEach((name, i) => {
    const shape = program.shapes.get(name) ?? [1, 1];
    shapes[name] = shape;
    const v = values.get(ids[i]!)!;
    gradient[name] = v.length === shape[0] * shape[1] ? v : new Float64Array(shape[0] * shape[1]).fill(v[0]!);
  });
  return { value: values.get(result.output)![0]!, gradient, shapes };
}
