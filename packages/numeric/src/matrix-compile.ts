import {
  matrixBackprop, parseMatrix, type MatrixGraph, type MatrixNode, type MatrixOptions, type MatrixProgram, type NodeId, type Shape,
} from '@bp/symbolic';
import { NumericError } from './errors.js';
import type { FloatArray } from './gemm-backend.js';
import { SCALAR_FUNCTIONS } from './internal/scalar-functions.js';
import { gemm } from './matmul.js';
import type { Dtype } from './mlp.js';

/** Options for {@link compileMatrix}. */
export interface MatrixCompileOptions extends MatrixOptions {
  /** Inputs to differentiate with respect to; default every input. */
  readonly wrt?: readonly string[];
  /** Default `float64`. */
  readonly dtype?: Dtype;
}

/** A matrix kernel's output: the scalar value and each gradient, row-major in its input's shape. */
export interface MatrixKernelResult {
  readonly value: number;
  readonly gradient: Readonly<Record<string, FloatArray>>;
}

/** A compiled matrix program with its gradient. */
export interface MatrixKernel {
  readonly inputs: readonly string[];
  readonly wrt: readonly string[];
  readonly dtype: Dtype;
  /** Each input's shape. */
  readonly shapes: Readonly<Record<string, Shape>>;
  /**
   * The value and gradient at one point: each input row-major in its shape (a number for a
   * scalar). Allocates nothing: the result and its arrays are reused by the next call.
   * @throws {NumericError} `missing-input`, `length-mismatch` or `dtype`, naming the input.
   */
  evaluate(inputs: Readonly<Record<string, FloatArray | number>>): MatrixKernelResult;
}

type Step = (buffers: FloatArray[]) => void;

const ELEMENTWISE = new Set(['add', 'sub', 'emul', 'ediv', 'epow', 'map', 'constant', 'ones']);

/** Functions written inline in fused loops; the rest are called through @bp/numeric's scalar table. */
const INLINE: ReadonlyMap<string, (args: readonly string[]) => string> = new Map([
  ['relu', ([x]: readonly string[]) => `(${x!} > 0 ? ${x!} : 0)`],
  ['step', ([x]: readonly string[]) => `(${x!} > 0 ? 1 : 0)`],
  ['exp', ([x]: readonly string[]) => `Math.exp(${x!})`],
  ['log', (args: readonly string[]) => (args.length === 1 ? `Math.log(${args[0]!})` : `(Math.log(${args[0]!}) / Math.log(${args[1]!}))`)],
  ['sqrt', ([x]: readonly string[]) => `Math.sqrt(${x!})`],
  ['tanh', ([x]: readonly string[]) => `Math.tanh(${x!})`],
  ['abs', ([x]: readonly string[]) => `Math.abs(${x!})`],
]);
const TABLE_NAMES: readonly string[] = [...SCALAR_FUNCTIONS.keys()];
const TABLE = TABLE_NAMES.map((name) => SCALAR_FUNCTIONS.get(name)!);

/** A finite number as a JavaScript literal: digits, `.`, `e` and a sign only. */
function literal(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`bp internal error: constant ${value} is not finite`);
  return value < 0 ? `(${String(value)})` : String(value);
}

/** How the compiled program is laid out: which nodes get a buffer, and which are fused into a consumer's loop. */
class Plan {
  readonly order: NodeId[];
  readonly uses = new Map<NodeId, NodeId[]>();
  readonly roots: ReadonlySet<NodeId>;

  constructor(readonly g: MatrixGraph, roots: readonly NodeId[]) {
    this.roots = new Set(roots);
    const seen = new Set<NodeId>();
    const stack = [...roots];
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      for (const arg of g.node(id).args) {
        this.uses.set(arg, [...(this.uses.get(arg) ?? []), id]);
        stack.push(arg);
      }
    }
    this.order = [...seen].sort((a, b) => a - b);
  }

  private isMatmulOperand(id: NodeId): boolean {
    return (this.uses.get(id) ?? []).every((user) => this.g.node(user).op === 'matmul');
  }

  /** A node computed inside its only consumer's loop rather than into a buffer of its own. */
  isFused(id: NodeId): boolean {
    const n = this.g.node(id);
    const users = this.uses.get(id) ?? [];
    if (n.op === 'constant' || n.op === 'ones') return users.every((user) => ELEMENTWISE.has(this.g.node(user).op));
    if (n.op === 'transpose') return !this.roots.has(id) && this.isMatmulOperand(id) && this.g.node(n.args[0]!).op !== 'transpose';
    if (!ELEMENTWISE.has(n.op) || this.roots.has(id) || users.length !== 1) return false;
    const user = this.g.node(users[0]!);
    return ELEMENTWISE.has(user.op) && user.shape[0] === n.shape[0] && user.shape[1] === n.shape[1];
  }
}

/** The loop over one element-wise node, with its fused subexpressions inlined. */
function fusedLoop(plan: Plan, id: NodeId, slots: ReadonlyMap<NodeId, number>): Step {
  const g = plan.g;
  const [rows, columns] = g.shape(id);
  const leaves = new Set<number>();
  const tables = new Set<number>();
  const expression = (x: NodeId): string => {
    const n = g.node(x);
    if (n.op === 'constant') return literal(n.value!);
    if (n.op === 'ones') return '1';
    if (x !== id && !plan.isFused(x)) {
      const slot = slots.get(x)!;
      leaves.add(slot);
      const [r, c] = n.shape;
      const index = r === rows && c === columns ? 'k' : r === 1 && c === 1 ? '0' : c === 1 ? 'i' : r === 1 ? 'j' : 'k';
      return `b${slot}[${index}]`;
    }
    return operation(n, n.args.map(expression), tables);
  };
  const body = expression(id);
  const out = slots.get(id)!;
  const code = [
    ...[...leaves].map((slot) => `const b${slot} = b[${slot}];`),
    ...[...tables].map((index) => `const t${index} = t[${index}];`),
    `const out = b[${out}];`,
    `for (let i = 0, k = 0; i < ${rows}; i++) for (let j = 0; j < ${columns}; j++, k++) out[k] = ${body};`,
  ].join('\n');
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the body holds buffer slots, numeric literals and table indices, never source text.
  const loop = new Function('b', 't', code) as (b: FloatArray[], t: readonly unknown[]) => void;
  return (buffers) => loop(buffers, TABLE);
}

function operation(n: MatrixNode, args: readonly string[], tables: Set<number>): string {
  const [a, b] = args as [string, string];
  switch (n.op) {
    case 'add': return `(${a} + ${b})`;
    case 'sub': return `(${a} - ${b})`;
    case 'emul': return `(${a} * ${b})`;
    case 'ediv': return `(${a} / ${b})`;
    case 'epow': return b === '2' ? `(${a} * ${a})` : `Math.pow(${a}, ${b})`;
    case 'map': {
      const inline = INLINE.get(n.name!);
      if (inline !== undefined) return inline(args);
      const index = TABLE_NAMES.indexOf(n.name!);
      if (index < 0) throw new Error(`bp internal error: no scalar implementation of ${n.name!}`);
      tables.add(index);
      return `t${index}(${args.join(', ')})`;
    }
    default: throw new Error(`bp internal error: ${n.op} is not element-wise`);
  }
}

/** A buffer slot and whether the product reads it transposed (a fused transpose node). */
function operand(plan: Plan, id: NodeId, slots: ReadonlyMap<NodeId, number>): [number, boolean] {
  const n = plan.g.node(id);
  return n.op === 'transpose' && plan.isFused(id) ? [slots.get(n.args[0]!)!, true] : [slots.get(id)!, false];
}

function matmulStep(plan: Plan, id: NodeId, slots: ReadonlyMap<NodeId, number>): Step {
  const n = plan.g.node(id);
  const [sa, ta] = operand(plan, n.args[0]!, slots);
  const [sb, tb] = operand(plan, n.args[1]!, slots);
  const [m, nn] = n.shape;
  const k = plan.g.shape(n.args[0]!)[1];
  const out = slots.get(id)!;
  return (b) => gemm(ta, tb, m, nn, k, b[sa]!, b[sb]!, b[out]!, false);
}

/** Per-column and whole-matrix reductions, the transpose, and softmax: loops over materialised buffers. */
function reductionStep(plan: Plan, id: NodeId, slots: ReadonlyMap<NodeId, number>): Step {
  const n = plan.g.node(id);
  const [x, y, out] = [slots.get(n.args[0]!)!, slots.get(n.args[1] ?? -1) ?? 0, slots.get(id)!];
  const [rows, columns] = plan.g.shape(n.args[0]!);
  switch (n.op) {
    case 'sum':
    case 'mean':
    case 'dot':
    case 'norm':
    case 'trace':
      return (b) => {
        const [a, c] = [b[x]!, b[y]!];
        let s = 0;
        if (n.op === 'trace') for (let i = 0; i < rows; i++) s += a[i * columns + i]!;
        else if (n.op === 'dot') for (let i = 0; i < a.length; i++) s += a[i]! * c[i]!;
        else if (n.op === 'norm') for (let i = 0; i < a.length; i++) s += a[i]! * a[i]!;
        else for (let i = 0; i < a.length; i++) s += a[i]!;
        b[out]![0] = n.op === 'mean' ? s / a.length : n.op === 'norm' ? Math.sqrt(s) : s;
      };
    case 'row-sums':
      return (b) => {
        const [a, o] = [b[x]!, b[out]!];
        for (let i = 0; i < rows; i++) {
          let s = 0;
          for (let j = 0; j < columns; j++) s += a[i * columns + j]!;
          o[i] = s;
        }
      };
    case 'transpose':
      return (b) => {
        const [a, o] = [b[x]!, b[out]!];
        for (let i = 0; i < rows; i++) for (let j = 0; j < columns; j++) o[j * rows + i] = a[i * columns + j]!;
      };
    default:
      return columnStep(n.op, rows, columns, x, out);
  }
}

function columnStep(op: string, rows: number, columns: number, x: number, out: number): Step {
  return (b) => {
    const [a, o] = [b[x]!, b[out]!];
    for (let j = 0; j < columns; j++) {
      if (op === 'column-sums') {
        let s = 0;
        for (let i = 0; i < rows; i++) s += a[i * columns + j]!;
        o[j] = s;
        continue;
      }
      let max = -Infinity;
      for (let i = 0; i < rows; i++) max = Math.max(max, a[i * columns + j]!);
      let s = 0;
      for (let i = 0; i < rows; i++) s += Math.exp(a[i * columns + j]! - max);
      if (op === 'logsumexp') o[j] = max + Math.log(s);
      else for (let i = 0; i < rows; i++) o[i * columns + j] = Math.exp(a[i * columns + j]! - max) / s;
    }
  };
}

function checkInput(name: string, value: FloatArray | number | undefined, shape: Shape, dtype: Dtype): void {
  if (value === undefined) throw new NumericError('missing-input', `no value for "${name}"`, { argument: name });
  if (typeof value === 'number') {
    if (shape[0] !== 1 || shape[1] !== 1) throw new NumericError('length-mismatch', `"${name}" is ${shape[0]}×${shape[1]}, found a number`, { argument: name });
    return;
  }
  const Type = dtype === 'float32' ? Float32Array : Float64Array;
  if (!(value instanceof Type)) throw new NumericError('dtype', `"${name}" must be a ${Type.name} for a ${dtype} kernel`, { argument: name });
  if (value.length !== shape[0] * shape[1]) {
    throw new NumericError('length-mismatch', `"${name}" is ${shape[0]}×${shape[1]} (${shape[0] * shape[1]} entries), found ${value.length}`, { argument: name });
  }
}

/**
 * Compiles a matrix program and its gradient into a kernel whose matrix products run on
 * @bp/numeric's gemm (transposes read in place through its transposed variants), whose
 * element-wise parts are fused into one loop per materialised matrix, and which allocates
 * nothing after compiling.
 * @throws {SymbolicError} for a program that does not parse or whose shapes do not fit.
 * @example
 * const k = compileMatrix("x'*x", { shapes: { x: [2] } });
 * k.evaluate({ x: Float64Array.of(1, 2) }).gradient.x; // Float64Array [2, 4]
 */
export function compileMatrix(source: string | MatrixProgram, options: MatrixCompileOptions): MatrixKernel {
  const program = typeof source === 'string' ? parseMatrix(source, options) : source;
  const dtype = options.dtype ?? 'float64';
  const bp = matrixBackprop(program);
  const g = bp.graph;
  const wrt = options.wrt ?? program.inputs;
  const gradientIds = wrt.map((name) => bp.gradient.get(name));
  // A gradient that is a constant (0 for an unused input, 1s for sum(W)) is filled once, here.
  const fixed = gradientIds.map((id) => {
    const n = id === undefined ? undefined : g.node(id);
    return n === undefined ? 0 : n.op === 'constant' ? n.value! : n.op === 'ones' ? 1 : undefined;
  });
  const plan = new Plan(g, [bp.output, ...gradientIds.filter((id, i): id is NodeId => id !== undefined && fixed[i] === undefined)]);
  const Type = dtype === 'float32' ? Float32Array : Float64Array;
  const slots = new Map<NodeId, number>();
  const buffers: FloatArray[] = [];
  const steps: Step[] = [];
  for (const id of plan.order) {
    const n = g.node(id);
    if (plan.isFused(id)) continue;
    slots.set(id, buffers.length);
    buffers.push(new Type(n.shape[0] * n.shape[1]));
    // Constant matrices read by products or reductions are filled once, here.
    if (n.op === 'identity') for (let i = 0; i < n.shape[0]; i++) buffers[buffers.length - 1]![i * (n.shape[0] + 1)] = 1;
    if (n.op === 'ones' || n.op === 'constant') buffers[buffers.length - 1]!.fill(n.value ?? 1);
    if (n.op === 'input' || n.op === 'identity' || n.op === 'ones' || n.op === 'constant') continue;
    steps.push(n.op === 'matmul' ? matmulStep(plan, id, slots) : ELEMENTWISE.has(n.op) ? fusedLoop(plan, id, slots) : reductionStep(plan, id, slots));
  }
  const inputSlots = program.inputs.map((name) => slots.get(g.inputs.get(name)!));
  const shapes = Object.fromEntries(program.inputs.map((name) => [name, program.shapes.get(name)!]));
  const gradient: Record<string, FloatArray> = {};
  wrt.forEach((name, i) => {
    const shape = program.shapes.get(name) ?? [1, 1];
    gradient[name] = new Type(shape[0] * shape[1]).fill(fixed[i] ?? 0);
  });
  const outputNode = g.node(bp.output);
  const fixedValue = outputNode.op === 'constant' ? outputNode.value! : undefined;
  const result = { value: 0, gradient };
  const own = program.inputs.map((name, i) => (inputSlots[i] === undefined ? undefined : buffers[inputSlots[i]]!));
  return {
    inputs: program.inputs, wrt, dtype, shapes,
    evaluate(inputs) {
      program.inputs.forEach((name, i) => {
        const value = inputs[name];
        checkInput(name, value, program.shapes.get(name)!, dtype);
        const slot = inputSlots[i];
        if (slot === undefined) return;
        if (typeof value === 'number') {
          own[i]![0] = value;
          buffers[slot] = own[i]!;
        } else {
          buffers[slot] = value!;
        }
      });
      for (const step of steps) step(buffers);
      result.value = fixedValue ?? buffers[slots.get(bp.output)!]![0]!;
      wrt.forEach((name, i) => {
        if (fixed[i] === undefined) gradient[name]!.set(buffers[slots.get(gradientIds[i]!)!]!);
      });
      return result;
    },
  };
}
