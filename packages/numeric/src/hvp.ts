import { parse, type Program } from '@bp/symbolic';
import { gradientGraph, tangentSweep, type NodeId } from '@bp/symbolic/engine';
import type { CompileOptions, KernelArray, KernelInputs } from './compile.js';
import { hvpSource, loopsByBroadcast, readableLoop, type Loop } from './internal/codegen/index.js';
import { NumericError } from './errors.js';
import { arrayType, batchArrays } from './internal/batch-inputs.js';
import type { Dtype } from './dtype.js';

/** Value, gradient and Hessian-vector product H·v at each of N points. */
export interface HvpResult {
  readonly value: KernelArray;
  readonly gradient: Readonly<Record<string, KernelArray>>;
  /** (H·v) for each input in `wrt`: Σ_b ∂²f/∂a∂b · v_b, per point. */
  readonly hvp: Readonly<Record<string, KernelArray>>;
}

/** Value, gradient and every second partial at each of N points. */
export interface HessianBatch {
  readonly value: KernelArray;
  readonly gradient: Readonly<Record<string, KernelArray>>;
  /** ∂²f/∂a∂b as `hessian[a][b]`, per point. */
  readonly hessian: Readonly<Record<string, Readonly<Record<string, KernelArray>>>>;
}

/** The second-order part of a kernel compiled with `hessian: true`. */
export interface SecondOrder {
  /**
   * Hessian-vector products at N points, by forward mode over the reverse pass in one generated
   * loop: `v` maps each name in `wrt` to a direction array of length N (or a number, broadcast).
   * With `out`, writes into its arrays and allocates nothing.
   * @throws {NumericError} `missing-input`, `length-mismatch`, `dtype`, naming the input, `v.<name>` or the `out` array.
   */
  hvp(inputs: KernelInputs, v: KernelInputs, out?: HvpResult): HvpResult;
  /**
   * The full Hessian at N points, one Hessian-vector product per input in `wrt` (so meant for
   * small input counts: the cost is |wrt| products).
   */
  hessian(inputs: KernelInputs): HessianBatch;
  /** The generated Hessian-vector-product loop, for reading. */
  readonly hvpSource: string;
}

/**
 * The name of direction k's input node. A user's name never contains a NUL character, so no
 * input of the program can collide with it, and names never reach generated code (slots do).
 */
const direction = (k: number): string => `\u0000v${k}`;

interface HvpPlan {
  readonly inputs: readonly string[];
  /** The loop for one broadcast pattern over the input slots, then the direction slots. */
  readonly loop: (broadcast: readonly boolean[]) => Loop;
  /** The loop with comments naming the intermediates, for reading. */
  readonly readable: string;
}

/** The graph of value, gradient and H·v, with direction inputs seeded into forward mode over the gradient. */
function plan(source: string | Program, wrt: readonly string[]): HvpPlan {
  const program = typeof source === 'string' ? parse(source) : source;
  const gg = gradientGraph(program, wrt);
  // The direction inputs and tangents go into a private extension: the caller's Program never changes.
  const graph = gg.graph.extend();
  const seeds = new Map<NodeId, NodeId>();
  wrt.forEach((name, k) => {
    const input = graph.inputs.get(name);
    if (input !== undefined) seeds.set(input, graph.input(direction(k)));
  });
  const gradients = [...gg.gradient.values()];
  const tangent = tangentSweep(graph, gradients, seeds);
  const outputs = [gg.output, ...gradients, ...gradients.map((g) => tangent.get(g) ?? graph.constant(0))];
  const schedule = graph.reachable(outputs);
  const used = new Set(schedule);
  const inputs = program.inputs.filter((name) => used.has(graph.inputs.get(name)!));
  const inputSlots = new Map<NodeId, number>(inputs.map((name, slot) => [graph.inputs.get(name)!, slot]));
  // Every direction gets a slot (unused ones too), so callers pass v for every name in wrt.
  wrt.forEach((_name, k) => inputSlots.set(graph.input(direction(k)), inputs.length + k));
  const spec = { graph, schedule, inputSlots, outputs };
  return { inputs, loop: loopsByBroadcast(spec), readable: readableLoop(spec, (id) => graph.labels.get(id)).readable };
}

/** The arrays of `out` in slot order (value, gradient, H·v), each checked for dtype and length. */
function outputArrays(out: HvpResult, wrt: readonly string[], dtype: Dtype, n: number): KernelArray[] {
  const ArrayType = arrayType(dtype);
  const own = (record: Readonly<Record<string, KernelArray>>, name: string): KernelArray | undefined =>
    Object.prototype.hasOwnProperty.call(record, name) ? record[name] : undefined;
  const named: [string, KernelArray | undefined][] = [
    ['out.value', out.value],
    ...wrt.map((name): [string, KernelArray | undefined] => [`out.gradient.${name}`, own(out.gradient, name)]),
    ...wrt.map((name): [string, KernelArray | undefined] => [`out.hvp.${name}`, own(out.hvp, name)]),
  ];
  return named.map(([label, array]) => {
    if (array === undefined) throw new NumericError('missing-input', `${label} is missing`, { argument: label });
    if (!(array instanceof ArrayType)) throw new NumericError('dtype', `${label} must be a ${ArrayType.name}`, { argument: label });
    if (array.length !== n) throw new NumericError('length-mismatch', `${label} has length ${array.length}, expected ${n}`, { argument: label });
    return array;
  });
}

/**
 * Adds Hessian-vector products and the full Hessian to a compiled kernel: the code generator
 * runs on a graph holding the value, the gradient and the tangent of every gradient node along
 * a direction whose components are extra input slots, so H·v costs one straight-line loop.
 * @throws {NumericError} `invalid-option` for a bad dtype or wrt; SymbolicErrors of the source.
 * @example
 * const so = secondOrder('x^2 * y', ['x', 'y'], 'float64');
 * so.hvp({ x: new Float64Array([3]), y: 2 }, { x: 1, y: 0 }).hvp; // → { x: [4], y: [6] }
 */
export function secondOrder(source: string | Program, wrt: readonly string[], dtype: Dtype): SecondOrder {
  const p = plan(source, wrt);
  const ArrayType = arrayType(dtype);
  const hvp = (inputs: KernelInputs, v: KernelInputs, out?: HvpResult): HvpResult => {
    const batch = batchArrays([{ values: inputs, names: p.inputs, argument: 'inputs' }, { values: v, names: wrt, argument: 'v' }], dtype);
    const result = out ?? {
      value: new ArrayType(batch.n),
      gradient: Object.fromEntries(wrt.map((name) => [name, new ArrayType(batch.n)])),
      hvp: Object.fromEntries(wrt.map((name) => [name, new ArrayType(batch.n)])),
    };
    const outs = outputArrays(result, wrt, dtype, batch.n);
    p.loop(batch.broadcast)(batch.n, batch.arrays, outs);
    return result;
  };
  const hessian = (inputs: KernelInputs): HessianBatch => {
    const columns = wrt.map((_b, k) => hvp(inputs, Object.fromEntries(wrt.map((name, j) => [name, j === k ? 1 : 0]))));
    const first = columns[0] ?? hvp(inputs, {});
    return {
      value: first.value,
      gradient: first.gradient,
      hessian: Object.fromEntries(wrt.map((a) => [a, Object.fromEntries(wrt.map((b, k) => [b, columns[k]!.hvp[a]!]))])),
    };
  };
  return { hvp, hessian, hvpSource: hvpSource(dtype, p.inputs, wrt, p.readable) };
}

/** Options of {@link compile} with second order. */
export interface SecondOrderCompileOptions extends CompileOptions {
  /** Also compile Hessian-vector products (`kernel.hvp`) and the full Hessian (`kernel.hessian`). */
  readonly hessian?: boolean;
}
