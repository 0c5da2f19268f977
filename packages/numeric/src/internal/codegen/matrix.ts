import { matrixBackprop, type MatrixProgram, type Shape } from '@bp/symbolic';
import { FUNCTIONS, type MatrixGraph, type MatrixNode, type NodeId } from '@bp/symbolic/engine';
import type { Dtype, FloatArray } from '../../dtype.js';
import { literalOf, numberLiteral } from './escape.js';
import { FUNCTION_TABLE, tableDefinitions, tableIndex } from './functions.js';

const ELEMENTWISE = new Set(['add', 'sub', 'emul', 'ediv', 'epow', 'map', 'constant', 'ones']);

/** A map node's code: its function's inline code from the spec, parenthesised as fused loops nest it, or a call of its table entry. */
function mapCode(name: string, args: readonly string[], tables: Set<number>): string {
  const callee = (function_: string): string => {
    const index = tableIndex(function_);
    tables.add(index);
    return `t[${index}]`;
  };
  const inline = FUNCTIONS.get(name)?.inline?.(args, callee, args.map(() => undefined));
  return inline === undefined ? `${callee(name)}(${args.join(', ')})` : `(${inline})`;
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
    if (n.op === 'constant') return numberLiteral(n.value!);
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
    case 'map': return mapCode(n.name!, args, tables);
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

export interface Layout {
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
export function matrixModule(body: string, tables: ReadonlySet<number>, layout: Layout, names: { inputs: readonly string[]; wrt: readonly string[]; shapes: Readonly<Record<string, Shape>> }, dtype: Dtype): string {
  const array = dtype === 'float32' ? 'Float32Array' : 'Float64Array';
  return `// Generated by bp (@bp/numeric compileMatrix): the value and gradient of one matrix program, with
// no dependency on bp. evaluate({ name: ${array} (row-major) | number, … }) returns { value, gradient }.
const t = [];
${tableDefinitions('t', tables)}

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

export const inputs = ${literalOf(names.inputs)};
export const wrt = ${literalOf(names.wrt)};
export const shapes = ${literalOf(names.shapes)};
export const dtype = ${literalOf(dtype)};
const b = ${literalOf(layout.sizes)}.map((size) => new ${array}(size));
for (const [slot, fill] of ${literalOf([...layout.fills])}) {
  if (fill === 'identity') for (let i = 0; i * i < b[slot].length; i++) b[slot][i * (Math.sqrt(b[slot].length) + 1)] = 1;
  else b[slot].fill(fill);
}
const inputSlots = ${literalOf(layout.inputSlots.map((slot) => slot ?? -1))};
const gradientSlots = ${literalOf(layout.gradientSlots.map((slot) => slot ?? -1))};
const fixed = ${literalOf(layout.fixed.map((v) => v ?? null))};

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
  return { value: ${layout.fixedValue === undefined ? `b[${layout.valueSlot!}][0]` : numberLiteral(layout.fixedValue)}, gradient };
}

export default evaluate;
`;
}

/** Buffers, generated code and where the results live, for one program. */
export interface MatrixLayout {
  readonly layout: Layout;
  /** Generated statements: buffer slots, numeric literals, gemm calls and table indices only. */
  readonly body: string;
  /** Table indices the body calls. */
  readonly tables: ReadonlySet<number>;
  readonly wrt: readonly string[];
}

/** Lays out a matrix program and its gradient: buffers, fused loops and products, in order. */
export function layoutProgram(program: MatrixProgram, wrtOption: readonly string[] | undefined): MatrixLayout {
  const bp = matrixBackprop(program);
  const g = bp.graph;
  const wrt = wrtOption ?? program.inputs;
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
  return { layout, body: code.join('\n'), tables, wrt };
}

/** gemm in the generated code's argument order: c = op(a)·op(b), op a transpose when ta / tb. */
export type GemmCall = (ta: boolean, tb: boolean, m: number, n: number, k: number, a: FloatArray, b: FloatArray, c: FloatArray) => void;

/** Turns a matrix body into a function of the buffers. The body is built from a validated graph only. */
export function instantiateMatrix(body: string, gemm: GemmCall): (buffers: FloatArray[]) => void {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the body holds buffer slots, numeric literals and table indices, never source text.
  const run = new Function('b', 't', 'gemm', body) as (b: FloatArray[], t: readonly unknown[], g: GemmCall) => void;
  return (buffers) => run(buffers, FUNCTION_TABLE, gemm);
}
