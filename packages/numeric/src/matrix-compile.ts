import {
  matrixBackprop, parseMatrix, type MatrixGraph, type MatrixNode, type MatrixOptions, type MatrixProgram, type NodeId, type Shape,
} from '@bp/symbolic';
import { NumericError } from './errors.js';
import type { FloatArray } from './dtype.js';
import { SCALAR_FUNCTIONS, scalarSource } from './internal/scalar-functions.js';
import { gemm } from './matmul.js';
import type { Dtype } from './dtype.js';

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
  /** The generated body (buffer slots, literals, gemm calls and fused loops), for reading. */
  readonly source: string;
  /** A standalone ES module with no dependency on bp (a plain gemm instead of @bp/numeric's). */
  readonly module: string;
  /**
   * The value and gradient at one point: each input row-major in its shape (a number for a
   * scalar). Allocates nothing: the result and its arrays are reused by the next call.
   * @throws {NumericError} `missing-input`, `length-mismatch` or `dtype`, naming the input.
   */
  evaluate(inputs: Readonly<Record<string, FloatArray | number>>): MatrixKernelResult;
}

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

/** The loop over one element-wise node, with its fused subexpressions inlined: generated code. */
function fusedLoop(plan: Plan, id: NodeId, slots: ReadonlyMap<NodeId, number>, tables: Set<number>): string {
  const g = plan.g;
  const [rows, columns] = g.shape(id);
  const leaves = new Set<number>();
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
  const locals = [...leaves].map((slot) => `const b${slot} = b[${slot}];`).join(' ');
  return `{ ${locals} const out = b[${slots.get(id)!}];
  for (let i = 0, k = 0; i < ${rows}; i++) for (let j = 0; j < ${columns}; j++, k++) out[k] = ${body}; }`;
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
      return `t[${index}](${args.join(', ')})`;
    }
    default: throw new Error(`bp internal error: ${n.op} is not element-wise`);
  }
}

/** A buffer slot and whether the product reads it transposed (a fused transpose node). */
function operand(plan: Plan, id: NodeId, slots: ReadonlyMap<NodeId, number>): [number, boolean] {
  const n = plan.g.node(id);
  return n.op === 'transpose' && plan.isFused(id) ? [slots.get(n.args[0]!)!, true] : [slots.get(id)!, false];
}

function matmulCode(plan: Plan, id: NodeId, slots: ReadonlyMap<NodeId, number>): string {
  const n = plan.g.node(id);
  const [sa, ta] = operand(plan, n.args[0]!, slots);
  const [sb, tb] = operand(plan, n.args[1]!, slots);
  const k = plan.g.shape(n.args[0]!)[1];
  return `gemm(${ta}, ${tb}, ${n.shape[0]}, ${n.shape[1]}, ${k}, b[${sa}], b[${sb}], b[${slots.get(id)!}]);`;
}

/** Reductions, the transpose and the per-column operations, as loops over materialised buffers. */
function reductionCode(plan: Plan, id: NodeId, slots: ReadonlyMap<NodeId, number>): string {
  const n = plan.g.node(id);
  const [x, out] = [slots.get(n.args[0]!)!, slots.get(id)!];
  const [rows, columns] = plan.g.shape(n.args[0]!);
  const size = rows * columns;
  const head = `const a = b[${x}], o = b[${out}];`;
  switch (n.op) {
    case 'sum': return `{ ${head} let s = 0; for (let i = 0; i < ${size}; i++) s += a[i]; o[0] = s; }`;
    case 'mean': return `{ ${head} let s = 0; for (let i = 0; i < ${size}; i++) s += a[i]; o[0] = s / ${size}; }`;
    case 'norm': return `{ ${head} let s = 0; for (let i = 0; i < ${size}; i++) s += a[i] * a[i]; o[0] = Math.sqrt(s); }`;
    case 'trace': return `{ ${head} let s = 0; for (let i = 0; i < ${rows}; i++) s += a[i * ${columns + 1}]; o[0] = s; }`;
    case 'dot': return `{ ${head} const c = b[${slots.get(n.args[1]!)!}]; let s = 0; for (let i = 0; i < ${size}; i++) s += a[i] * c[i]; o[0] = s; }`;
    case 'row-sums':
      return `{ ${head} for (let i = 0; i < ${rows}; i++) { let s = 0; for (let j = 0; j < ${columns}; j++) s += a[i * ${columns} + j]; o[i] = s; } }`;
    case 'column-sums':
      return `{ ${head} o.fill(0); for (let i = 0; i < ${rows}; i++) for (let j = 0; j < ${columns}; j++) o[j] += a[i * ${columns} + j]; }`;
    case 'transpose':
      return `{ ${head} for (let i = 0; i < ${rows}; i++) for (let j = 0; j < ${columns}; j++) o[j * ${rows} + i] = a[i * ${columns} + j]; }`;
    default: {
      // softmax and logsumexp of each column, shifted by the column's maximum so exp cannot overflow.
      const write = n.op === 'logsumexp'
        ? 'o[j] = m + Math.log(s);'
        : `for (let i = 0; i < ${rows}; i++) o[i * ${columns} + j] = Math.exp(a[i * ${columns} + j] - m) / s;`;
      return `{ ${head} for (let j = 0; j < ${columns}; j++) { let m = -Infinity; for (let i = 0; i < ${rows}; i++) m = Math.max(m, a[i * ${columns} + j]);
  let s = 0; for (let i = 0; i < ${rows}; i++) s += Math.exp(a[i * ${columns} + j] - m); ${write} } }`;
    }
  }
}

interface Layout {
  readonly sizes: readonly number[];
  /** Constant buffers: slot → fill value, or 'identity'. */
  readonly fills: ReadonlyMap<number, number | 'identity'>;
  readonly inputSlots: readonly (number | undefined)[];
  readonly valueSlot: number | undefined;
  readonly gradientSlots: readonly (number | undefined)[];
  readonly fixed: readonly (number | undefined)[];
  readonly fixedValue: number | undefined;
}

/** A standalone ES module: the generated steps, a plain gemm, and `evaluate` with bp's contract. */
function standaloneModule(body: string, tables: ReadonlySet<number>, layout: Layout, names: { inputs: readonly string[]; wrt: readonly string[]; shapes: Readonly<Record<string, Shape>> }, dtype: Dtype): string {
  const array = dtype === 'float32' ? 'Float32Array' : 'Float64Array';
  return `// Generated by bp (@bp/numeric compileMatrix): the value and gradient of one matrix program, with
// no dependency on bp. evaluate({ name: ${array} (row-major) | number, … }) returns { value, gradient }.
const t = [];
${[...tables].sort((a, b) => a - b).map((i) => `t[${i}] = ${scalarSource(TABLE_NAMES[i]!)}; // ${TABLE_NAMES[i]!}`).join('\n')}

/** c = op(a)·op(b), row-major, op a transpose when ta / tb. */
function gemm(ta, tb, m, n, k, a, b, c) {
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) {
    let s = 0;
    for (let p = 0; p < k; p++) s += (ta ? a[p * m + i] : a[i * k + p]) * (tb ? b[j * k + p] : b[p * n + j]);
    c[i * n + j] = s;
  }
}

function run(b) {
${body}
}

export const inputs = ${JSON.stringify(names.inputs)};
export const wrt = ${JSON.stringify(names.wrt)};
export const shapes = ${JSON.stringify(names.shapes)};
export const dtype = ${JSON.stringify(dtype)};
const b = ${JSON.stringify(layout.sizes)}.map((size) => new ${array}(size));
for (const [slot, fill] of ${JSON.stringify([...layout.fills])}) {
  if (fill === 'identity') for (let i = 0; i * i < b[slot].length; i++) b[slot][i * (Math.sqrt(b[slot].length) + 1)] = 1;
  else b[slot].fill(fill);
}
const inputSlots = ${JSON.stringify(layout.inputSlots.map((slot) => slot ?? -1))};
const gradientSlots = ${JSON.stringify(layout.gradientSlots.map((slot) => slot ?? -1))};
const fixed = ${JSON.stringify(layout.fixed.map((v) => v ?? null))};

export function evaluate(given) {
  inputs.forEach((name, i) => {
    const value = Object.prototype.hasOwnProperty.call(given, name) ? given[name] : undefined;
    const size = shapes[name][0] * shapes[name][1];
    if (inputSlots[i] < 0) return;
    if (typeof value === 'number' && size === 1) b[inputSlots[i]][0] = value;
    else if (value instanceof ${array} && value.length === size) b[inputSlots[i]] = value;
    else throw new TypeError(\`input "\${name}" must be a ${array} of \${size} entries (row-major)\`);
  });
  run(b);
  const gradient = {};
  wrt.forEach((name, i) => {
    const size = shapes[name] ? shapes[name][0] * shapes[name][1] : 1;
    gradient[name] = gradientSlots[i] >= 0 ? b[gradientSlots[i]].slice() : new ${array}(size).fill(fixed[i] ?? 0);
  });
  return { value: ${layout.fixedValue === undefined ? `b[${layout.valueSlot!}][0]` : literal(layout.fixedValue)}, gradient };
}

export default evaluate;
`;
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

/** Buffers, generated code and where the results live, for one program. */
function layoutProgram(program: MatrixProgram, options: MatrixCompileOptions, dtype: Dtype): { layout: Layout; body: string; tables: Set<number>; wrt: readonly string[] } {
  const bp = matrixBackprop(program);
  const g = bp.graph;
  const wrt = options.wrt ?? program.inputs;
  const gradientIds = wrt.map((name) => bp.gradient.get(name));
  // A gradient that is a constant (0 for an unused input, 1s for sum(W)) is filled once, not computed.
  const fixed = gradientIds.map((id) => {
    const n = id === undefined ? undefined : g.node(id);
    return n === undefined ? 0 : n.op === 'constant' ? n.value! : n.op === 'ones' ? 1 : undefined;
  });
  const plan = new Plan(g, [bp.output, ...gradientIds.filter((id, i): id is NodeId => id !== undefined && fixed[i] === undefined)]);
  const slots = new Map<NodeId, number>();
  const sizes: number[] = [];
  const fills = new Map<number, number | 'identity'>();
  const code: string[] = [];
  const tables = new Set<number>();
  for (const id of plan.order) {
    const n = g.node(id);
    if (plan.isFused(id)) continue;
    slots.set(id, sizes.length);
    sizes.push(n.shape[0] * n.shape[1]);
    // Constant matrices read by products or reductions are filled once.
    if (n.op === 'identity' || n.op === 'ones' || n.op === 'constant') fills.set(sizes.length - 1, n.op === 'identity' ? 'identity' : n.value ?? 1);
    if (n.op === 'input' || fills.has(sizes.length - 1)) continue;
    code.push(n.op === 'matmul' ? matmulCode(plan, id, slots) : ELEMENTWISE.has(n.op) ? fusedLoop(plan, id, slots, tables) : reductionCode(plan, id, slots));
  }
  const output = g.node(bp.output);
  const layout: Layout = {
    sizes, fills, fixed,
    inputSlots: program.inputs.map((name) => slots.get(g.inputs.get(name)!)),
    valueSlot: slots.get(bp.output),
    gradientSlots: gradientIds.map((id, i) => (id === undefined || fixed[i] !== undefined ? undefined : slots.get(id))),
    fixedValue: output.op === 'constant' ? output.value! : undefined,
  };
  void dtype;
  return { layout, body: code.join('\n'), tables, wrt };
}

/**
 * Compiles a matrix program and its gradient into a kernel whose matrix products run on
 * @bp/numeric's gemm (transposes read in place through its transposed variants), whose
 * element-wise parts are fused into one loop per materialised matrix, and which allocates
 * nothing after compiling. The code is generated from the graph only: buffer slots, numeric
 * literals and table indices, never source text.
 * @throws {SymbolicError} for a program that does not parse or whose shapes do not fit.
 * @example
 * const k = compileMatrix("x'*x", { shapes: { x: [2] } });
 * k.evaluate({ x: Float64Array.of(1, 2) }).gradient.x; // → new Float64Array([2, 4])
 */
export function compileMatrix(source: string | MatrixProgram, options: MatrixCompileOptions): MatrixKernel {
  const program = typeof source === 'string' ? parseMatrix(source, options) : source;
  const dtype = options.dtype ?? 'float64';
  const { layout, body, tables, wrt } = layoutProgram(program, options, dtype);
  const Type = dtype === 'float32' ? Float32Array : Float64Array;
  const buffers: FloatArray[] = layout.sizes.map((size) => new Type(size));
  for (const [slot, fill] of layout.fills) {
    const buffer = buffers[slot]!;
    if (fill !== 'identity') buffer.fill(fill);
    else for (let i = 0, n = Math.round(Math.sqrt(buffer.length)); i < n; i++) buffer[i * (n + 1)] = 1;
  }
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the body holds buffer slots, numeric literals and table indices, never source text.
  const run = new Function('b', 't', 'gemm', body) as (b: FloatArray[], t: readonly unknown[], g: typeof product) => void;
  const shapes = Object.fromEntries(program.inputs.map((name) => [name, program.shapes.get(name)!]));
  const gradient: Record<string, FloatArray> = {};
  wrt.forEach((name, i) => {
    const shape = program.shapes.get(name) ?? [1, 1];
    gradient[name] = new Type(shape[0] * shape[1]).fill(layout.fixed[i] ?? 0);
  });
  const result = { value: 0, gradient };
  const own = layout.inputSlots.map((slot) => (slot === undefined ? undefined : buffers[slot]!));
  const names = program.inputs;
  return {
    inputs: names, wrt, dtype, shapes, source: body,
    module: standaloneModule(body, tables, layout, { inputs: names, wrt, shapes }, dtype),
    evaluate(inputs) {
      for (let i = 0; i < names.length; i++) {
        const name = names[i]!;
        const value = Object.prototype.hasOwnProperty.call(inputs, name) ? inputs[name] : undefined;
        checkInput(name, value, shapes[name]!, dtype);
        const slot = layout.inputSlots[i];
        if (slot === undefined) continue;
        if (typeof value === 'number') own[i]![0] = value;
        buffers[slot] = typeof value === 'number' ? own[i]! : value!;
      }
      run(buffers, TABLE, product);
      result.value = layout.fixedValue ?? buffers[layout.valueSlot!]![0]!;
      for (let i = 0; i < wrt.length; i++) {
        const slot = layout.gradientSlots[i];
        if (slot !== undefined) gradient[wrt[i]!]!.set(buffers[slot]!);
      }
      return result;
    },
  };
}

/** @bp/numeric's gemm in the generated code's argument order, overwriting c. */
function product(ta: boolean, tb: boolean, m: number, n: number, k: number, a: FloatArray, b: FloatArray, c: FloatArray): void {
  gemm(ta, tb, m, n, k, a, b, c, false);
}
