import { SymbolicError } from '../errors.js';
import { FUNCTIONS, type NodeId } from '../functions.js';
import type { MatrixGraph, MatrixNode } from './graph.js';
import type { Shape } from './shape.js';

/** A matrix value: its entries row-major. */
export type MatrixValue = Float64Array;

function needed(g: MatrixGraph, roots: readonly NodeId[]): NodeId[] {
  const seen = new Set<NodeId>();
  const stack = [...roots];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...g.node(id).args);
  }
  return [...seen].sort((x, y) => x - y);
}

/** Entry (i, j) of a value of shape `s` broadcast to a larger shape. */
const at = (v: MatrixValue, s: Shape, i: number, j: number): number => v[(s[0] === 1 ? 0 : i) * s[1] + (s[1] === 1 ? 0 : j)]!;

function elementwise(n: MatrixNode, args: readonly MatrixValue[], shapes: readonly Shape[], f: (xs: number[]) => number): MatrixValue {
  const [rows, columns] = n.shape;
  const out = new Float64Array(rows * columns);
  const xs = new Array<number>(args.length).fill(0);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < columns; j++) {
      for (let k = 0; k < args.length; k++) xs[k] = at(args[k]!, shapes[k]!, i, j);
      out[i * columns + j] = f(xs);
    }
  }
  return out;
}

function matmul(a: MatrixValue, b: MatrixValue, m: number, k: number, n: number): MatrixValue {
  const out = new Float64Array(m * n);
  for (let i = 0; i < m; i++) {
    for (let p = 0; p < k; p++) {
      const aip = a[i * k + p]!;
      for (let j = 0; j < n; j++) out[i * n + j]! += aip * b[p * n + j]!;
    }
  }
  return out;
}

/** Per-column reductions: `f` receives one column and writes into `out` at stride `columns`. */
function perColumn(x: MatrixValue, [rows, columns]: Shape, outRows: number, f: (column: number[]) => number[]): MatrixValue {
  const out = new Float64Array(columns * outRows);
  for (let j = 0; j < columns; j++) {
    const column = Array.from({ length: rows }, (_, i) => x[i * columns + j]!);
    f(column).forEach((value, i) => (out[i * columns + j] = value));
  }
  return out;
}

const logsumexp = (column: number[]): number => {
  const max = Math.max(...column);
  return max + Math.log(column.reduce((s, v) => s + Math.exp(v - max), 0));
};

function reduceValue(n: MatrixNode, x: MatrixValue, y: MatrixValue | undefined, s: Shape): MatrixValue {
  const [rows, columns] = s;
  const total = (v: MatrixValue): number => v.reduce((acc, e) => acc + e, 0);
  switch (n.op) {
    case 'sum': return Float64Array.of(total(x));
    case 'mean': return Float64Array.of(total(x) / x.length);
    case 'trace': return Float64Array.of(Array.from({ length: rows }, (_, i) => x[i * columns + i]!).reduce((acc, e) => acc + e, 0));
    case 'column-sums': return perColumn(x, s, 1, (c) => [c.reduce((acc, e) => acc + e, 0)]);
    case 'row-sums': return Float64Array.from({ length: rows }, (_, i) => total(x.subarray(i * columns, (i + 1) * columns)));
    case 'dot': return Float64Array.of(x.reduce((acc, e, i) => acc + e * y![i]!, 0));
    case 'norm': return Float64Array.of(Math.hypot(...x));
    case 'logsumexp': return perColumn(x, s, 1, (c) => [logsumexp(c)]);
    case 'softmax': return perColumn(x, s, rows, (c) => {
      const l = logsumexp(c);
      return c.map((v) => Math.exp(v - l));
    });
    default: throw new Error(`no evaluation rule for ${n.op}`);
  }
}

function nodeValue(g: MatrixGraph, n: MatrixNode, args: readonly MatrixValue[]): MatrixValue {
  const shapes = n.args.map((arg) => g.shape(arg));
  const [rows, columns] = n.shape;
  switch (n.op) {
    case 'constant': return Float64Array.of(n.value!);
    case 'ones': return new Float64Array(rows * columns).fill(1);
    case 'identity': return Float64Array.from({ length: rows * rows }, (_, i) => (i % (rows + 1) === 0 ? 1 : 0));
    case 'matmul': return matmul(args[0]!, args[1]!, rows, shapes[0]![1], columns);
    case 'transpose': return Float64Array.from({ length: rows * columns }, (_, k) => args[0]![(k % columns) * rows + Math.floor(k / columns)]!);
    case 'add': return elementwise(n, args, shapes, ([x, y]) => x! + y!);
    case 'sub': return elementwise(n, args, shapes, ([x, y]) => x! - y!);
    case 'emul': return elementwise(n, args, shapes, ([x, y]) => x! * y!);
    case 'ediv': return elementwise(n, args, shapes, ([x, y]) => x! / y!);
    case 'epow': return elementwise(n, args, shapes, ([x, y]) => Math.pow(x!, y!));
    case 'map': return elementwise(n, args, shapes, (xs) => FUNCTIONS.get(n.name!)!.value(xs));
    default: return reduceValue(n, args[0]!, args[1], shapes[0]!);
  }
}

/** A `domain` error naming the function, the entry and its arguments there, in the function's own words when it has them. */
function domainError(g: MatrixGraph, id: NodeId, k: number, values: ReadonlyMap<NodeId, MatrixValue>): SymbolicError {
  const n = g.node(id);
  const [i, j] = [Math.floor(k / n.shape[1]), k % n.shape[1]];
  const args = n.args.map((arg) => at(values.get(arg)!, g.shape(arg), i, j));
  const what = n.op === 'map' ? n.name! : n.op;
  const reason = n.op === 'map' ? FUNCTIONS.get(n.name!)?.domain?.(args) : undefined;
  const where = `entry [${i}, ${j}]${args.length > 0 ? ` (${what} of ${args.join(', ')})` : ''}`;
  return new SymbolicError('domain', `${reason ?? `${what} is not finite here`} at ${where}`, g.spans.get(id));
}

/**
 * Evaluates nodes of a matrix graph at given input values (row-major Float64Arrays).
 * @throws {SymbolicError} `domain` naming the function when an entry falls outside its domain
 *   (`log` of a negative entry), `undefined-variable` when an input has no value.
 * @example
 * const { graph, output } = parseMatrix("x'*x", { shapes: { x: [2] } });
 * evaluateMatrix(graph, [output], new Map([['x', Float64Array.of(1, 2)]])).get(output); // → new Float64Array([5])
 */
export function evaluateMatrix(g: MatrixGraph, roots: readonly NodeId[], inputs: ReadonlyMap<string, MatrixValue>): Map<NodeId, MatrixValue> {
  const values = new Map<NodeId, MatrixValue>();
  for (const id of needed(g, roots)) {
    const n = g.node(id);
    let value: MatrixValue;
    if (n.op === 'input') {
      const given = inputs.get(n.name!);
      if (given === undefined) throw new SymbolicError('undefined-variable', `no value given for "${n.name!}"`);
      value = given;
    } else {
      value = nodeValue(g, n, n.args.map((arg) => values.get(arg)!));
    }
    const bad = value.findIndex((v) => !Number.isFinite(v));
    if (bad >= 0) throw domainError(g, id, bad, values);
    values.set(id, value);
  }
  return values;
}
