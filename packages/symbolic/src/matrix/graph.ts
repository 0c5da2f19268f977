import { SymbolicError, type SourceSpan } from '../errors.js';
import { FUNCTIONS, type NodeId } from '../functions.js';
import { broadcastShape, formatShape, isScalarShape, SCALAR, sameShape, type Shape } from './shape.js';

/** What a node of a {@link MatrixGraph} computes. Element-wise operations broadcast scalars, columns and rows. */
export type MatrixOp =
  | 'input' | 'constant' | 'ones' | 'identity'
  | 'matmul' | 'transpose'
  | 'add' | 'sub' | 'emul' | 'ediv' | 'epow' | 'map'
  | 'sum' | 'column-sums' | 'row-sums' | 'mean' | 'trace' | 'dot' | 'norm' | 'softmax' | 'logsumexp';

/** One node: its operation, arguments and the shape it produces. */
export interface MatrixNode {
  readonly op: MatrixOp;
  readonly args: readonly NodeId[];
  readonly shape: Shape;
  /** An input's name, or the element-wise function of a `map`. */
  readonly name?: string;
  /** A constant's value. */
  readonly value?: number;
}

/** Options for a {@link MatrixGraph}. */
export interface MatrixGraphOptions {
  /** Inputs whose every column sums to 1 (one-hot labels, probabilities): `sum(Y, 1)` is then a row of ones. */
  readonly distributions?: readonly string[];
}

/**
 * A hash-consed DAG of matrix expressions whose constructors check shapes and apply the cheap
 * rewrites that keep derivatives in textbook matrix form (`(XY)ᵀ = YᵀXᵀ`, scalars pulled out of
 * products and sums, like terms and common factors collected). Ids ascend in topological order.
 */
export class MatrixGraph {
  private readonly table: MatrixNode[] = [];
  private readonly index = new Map<string, NodeId>();
  /** Input ids by name. */
  readonly inputs: Map<string, NodeId> = new Map();
  /** The user's names for intermediates. */
  readonly labels: Map<NodeId, string> = new Map();
  /** Where each parsed node was written. */
  readonly spans: Map<NodeId, SourceSpan> = new Map();
  private readonly distributions: ReadonlySet<string>;

  constructor(options: MatrixGraphOptions = {}) {
    this.distributions = new Set(options.distributions ?? []);
  }

  /** The node with this id. */
  node(id: NodeId): MatrixNode {
    const node = this.table[id];
    if (node === undefined) throw new Error(`no matrix node ${id}`);
    return node;
  }

  /** How many nodes the graph holds. */
  get size(): number {
    return this.table.length;
  }

  /** The shape a node produces. */
  shape(id: NodeId): Shape {
    return this.node(id).shape;
  }

  private isScalar(id: NodeId): boolean {
    return isScalarShape(this.node(id).shape);
  }

  private constValue(id: NodeId): number | undefined {
    const n = this.node(id);
    return n.op === 'constant' ? n.value : undefined;
  }

  private make(op: MatrixOp, args: readonly NodeId[], shape: Shape, extra: { name?: string; value?: number } = {}): NodeId {
    const key = `${op}|${extra.name ?? ''}|${extra.value === undefined ? '' : Object.is(extra.value, -0) ? '0' : String(extra.value)}|${shape.join('x')}|${args.join(',')}`;
    const found = this.index.get(key);
    if (found !== undefined) return found;
    const id = this.table.length;
    this.table.push({ op, args, shape, ...extra });
    this.index.set(key, id);
    return id;
  }

  /** Gives a node the user's name (an intermediate), keeping inputs' own names. */
  name(label: string, id: NodeId): NodeId {
    if (this.node(id).op !== 'input' && this.node(id).op !== 'constant') this.labels.set(id, label);
    return id;
  }

  /** An input of the given shape. */
  input(name: string, shape: Shape): NodeId {
    const id = this.make('input', [], shape, { name });
    this.inputs.set(name, id);
    return id;
  }

  /** A scalar constant. */
  constant(value: number): NodeId {
    return this.make('constant', [], SCALAR, { value: Object.is(value, -0) ? 0 : value });
  }

  /** A matrix of ones (a scalar 1 when the shape is 1×1). */
  ones(shape: Shape): NodeId {
    return isScalarShape(shape) ? this.constant(1) : this.make('ones', [], shape);
  }

  /** The n×n identity. */
  identity(n: number): NodeId {
    return n === 1 ? this.constant(1) : this.make('identity', [], [n, n]);
  }

  /** `a * b`: a matrix product, or scaling when either side is a scalar. */
  mul(a: NodeId, b: NodeId, span?: SourceSpan): NodeId {
    return this.isScalar(a) || this.isScalar(b) ? this.emul(a, b, span) : this.matmul(a, b, span);
  }

  /** The matrix product `a * b`. */
  matmul(a: NodeId, b: NodeId, span?: SourceSpan): NodeId {
    const [sa, sb] = [this.shape(a), this.shape(b)];
    if (sa[1] !== sb[0]) {
      throw new SymbolicError('shape', `"*" needs the columns of the left side to match the rows of the right, found ${formatShape(sa)} * ${formatShape(sb)}`, span);
    }
    if (this.isScalar(a) || this.isScalar(b)) return this.emul(a, b, span);
    const [na, nb] = [this.node(a), this.node(b)];
    if (na.op === 'identity') return b;
    if (nb.op === 'identity') return a;
    for (const [side, other, left] of [[na, b, true], [nb, a, false]] as const) {
      if ((side.op === 'emul' || side.op === 'ediv') && this.isScalar(side.args[side.op === 'emul' ? 0 : 1]!)) {
        const [s, x] = side.op === 'emul' ? [side.args[0]!, side.args[1]!] : [side.args[1]!, side.args[0]!];
        const product = left ? this.matmul(x, other) : this.matmul(other, x);
        return side.op === 'emul' ? this.emul(s, product) : this.ediv(product, s);
      }
    }
    return this.make('matmul', [a, b], [sa[0], sb[1]]);
  }

  /** `a'`: the transpose, pushed through products and scalings. */
  transpose(a: NodeId): NodeId {
    const n = this.node(a);
    if (this.isScalar(a) || n.op === 'identity') return a;
    if (n.op === 'transpose') return n.args[0]!;
    if (n.op === 'ones') return this.ones([n.shape[1], n.shape[0]]);
    if (n.op === 'matmul') return this.matmul(this.transpose(n.args[1]!), this.transpose(n.args[0]!));
    if (n.op === 'emul' && this.isScalar(n.args[0]!)) return this.emul(n.args[0]!, this.transpose(n.args[1]!));
    if (n.op === 'ediv' && this.isScalar(n.args[1]!)) return this.ediv(this.transpose(n.args[0]!), n.args[1]!);
    return this.make('transpose', [a], [n.shape[1], n.shape[0]]);
  }

  /** `-a`, kept as `-1 * a` so signs fold with other scalars. */
  neg(a: NodeId): NodeId {
    return this.emul(this.constant(-1), a);
  }

  /** A node as `coefficient * rest` when it is a constant multiple. */
  private split(id: NodeId): [number, NodeId] {
    const n = this.node(id);
    if (n.op === 'emul') {
      const c = this.constValue(n.args[0]!);
      if (c !== undefined) return [c, n.args[1]!];
    }
    return [1, id];
  }

  /** `a + b` (sign 1) or `a - b` (sign −1), broadcasting. */
  private combine(a: NodeId, b: NodeId, sign: 1 | -1, span?: SourceSpan): NodeId {
    const shape = broadcastShape(this.shape(a), this.shape(b), sign === 1 ? '+' : '-', span);
    const [ca, cb] = [this.constValue(a), this.constValue(b)];
    if (ca !== undefined && cb !== undefined) return this.constant(ca + sign * cb);
    if (cb === 0 && sameShape(shape, this.shape(a))) return a;
    if (ca === 0 && sameShape(shape, this.shape(b))) return sign === 1 ? b : this.neg(b);
    const rewritten = this.collect(a, b, sign, shape);
    if (rewritten !== undefined) return rewritten;
    if (sign === 1 && this.node(a).op === 'transpose' && this.node(a).args[0] === b) return this.make('add', [b, a], shape);
    return this.make(sign === 1 ? 'add' : 'sub', [a, b], shape);
  }

  /** Like terms, common scalar factors and common matrix factors of a sum or difference. */
  private collect(a: NodeId, b: NodeId, sign: 1 | -1, shape: Shape): NodeId | undefined {
    const [[ka, ra], [kb, rb]] = [this.split(a), this.split(b)];
    if (ra === rb && sameShape(shape, this.shape(ra))) {
      const k = ka + sign * kb;
      return k === 0 && this.isScalar(ra) ? this.constant(0) : this.emul(this.constant(k), ra);
    }
    if (kb < 0) return this.combine(a, this.emul(this.constant(-kb), rb), sign === 1 ? -1 : 1);
    if (sign === 1 && ka < 0) return this.combine(b, this.emul(this.constant(-ka), ra), -1);
    const [na, nb] = [this.node(a), this.node(b)];
    if (na.op === nb.op && (na.op === 'emul' || na.op === 'ediv') && sameShape(shape, this.shape(a)) && sameShape(shape, this.shape(b))) {
      const s = na.op === 'emul' ? 0 : 1;
      if (na.args[s] === nb.args[s] && this.isScalar(na.args[s]!)) {
        const inner = this.combine(na.args[1 - s]!, nb.args[1 - s]!, sign);
        return na.op === 'emul' ? this.emul(na.args[0]!, inner) : this.ediv(inner, na.args[1]!);
      }
    }
    if (na.op === 'matmul' && nb.op === 'matmul') {
      if (na.args[1] === nb.args[1]) return this.matmul(this.combine(na.args[0]!, nb.args[0]!, sign), na.args[1]!);
      if (na.args[0] === nb.args[0]) return this.matmul(na.args[0]!, this.combine(na.args[1]!, nb.args[1]!, sign));
    }
    return undefined;
  }

  /** `a + b`, broadcasting a scalar, column or row. */
  add(a: NodeId, b: NodeId, span?: SourceSpan): NodeId {
    return this.combine(a, b, 1, span);
  }

  /** `a - b`, broadcasting a scalar, column or row. */
  sub(a: NodeId, b: NodeId, span?: SourceSpan): NodeId {
    return this.combine(a, b, -1, span);
  }

  /** `a .* b` (`a * b` when either is a scalar), broadcasting. */
  emul(a: NodeId, b: NodeId, span?: SourceSpan): NodeId {
    const shape = broadcastShape(this.shape(a), this.shape(b), '.*', span);
    const [ca, cb] = [this.constValue(a), this.constValue(b)];
    if (this.isScalar(b) && (!this.isScalar(a) || (cb !== undefined && ca === undefined))) return this.emul(b, a, span);
    if (ca !== undefined && cb !== undefined) return this.constant(ca * cb);
    if (ca === 1 && sameShape(shape, this.shape(b))) return b;
    if (cb === 1 && sameShape(shape, this.shape(a))) return a;
    if (this.isScalar(a)) return this.scale(a, b, shape);
    return this.product(a, b, shape);
  }

  /** A scalar `s` times `x`: constants multiplied out, signs moved into differences, divisions kept outermost. */
  private scale(s: NodeId, x: NodeId, shape: Shape): NodeId {
    const [ns, nx, c] = [this.node(s), this.node(x), this.constValue(s)];
    if (nx.op === 'emul' && this.isScalar(nx.args[0]!)) {
      const cx = this.constValue(nx.args[0]!);
      if (c !== undefined && cx !== undefined) return this.emul(this.constant(c * cx), nx.args[1]!);
      if (this.isScalar(x)) return this.make('emul', [s, x], shape);
      return this.emul(this.emul(s, nx.args[0]!), nx.args[1]!);
    }
    if (nx.op === 'ediv' && this.isScalar(nx.args[1]!) && (c !== undefined || !this.isScalar(x))) {
      return this.ediv(this.emul(s, nx.args[0]!), nx.args[1]!);
    }
    if (c === -1 && nx.op === 'sub') return this.sub(nx.args[1]!, nx.args[0]!);
    if (ns.op === 'ediv' && !this.isScalar(x) && this.constValue(ns.args[0]!) !== undefined) {
      return this.ediv(this.emul(ns.args[0]!, x), ns.args[1]!);
    }
    if (c === 0 && this.isScalar(x)) return s;
    return this.make('emul', [s, x], shape);
  }

  /** The element-wise product of two non-scalars. */
  private product(a: NodeId, b: NodeId, shape: Shape): NodeId {
    const [na, nb] = [this.node(a), this.node(b)];
    if (nb.op === 'ones' && sameShape(shape, na.shape)) return a;
    if (na.op === 'ones' && sameShape(shape, nb.shape)) return b;
    if (na.op === 'ediv' && na.args[1] === b) return na.args[0]!;
    if (nb.op === 'ediv' && nb.args[1] === a) return nb.args[0]!;
    for (const [side, other, left] of [[na, b, true], [nb, a, false]] as const) {
      const s = side.op === 'emul' ? 0 : 1;
      if ((side.op === 'emul' || side.op === 'ediv') && this.isScalar(side.args[s]!)) {
        const x = side.args[1 - s]!;
        const inner = left ? this.emul(x, other) : this.emul(other, x);
        return side.op === 'emul' ? this.emul(side.args[0]!, inner) : this.ediv(inner, side.args[1]!);
      }
    }
    if (nb.op === 'emul') return this.emul(this.emul(a, nb.args[0]!), nb.args[1]!);
    return this.make('emul', [a, b], shape);
  }

  /** `a ./ b` (`a / b` when b is a scalar), broadcasting. */
  ediv(a: NodeId, b: NodeId, span?: SourceSpan): NodeId {
    const shape = broadcastShape(this.shape(a), this.shape(b), './', span);
    const [ca, cb] = [this.constValue(a), this.constValue(b)];
    if (ca !== undefined && cb !== undefined) return this.constant(ca / cb);
    if (cb === 1 && sameShape(shape, this.shape(a))) return a;
    const [k, rest] = this.split(a);
    if (cb !== undefined && k !== 1) return this.emul(this.constant(k / cb), rest);
    if (rest === b && this.isScalar(b)) return this.constant(k);
    if (ca === 0 && this.isScalar(b)) return a;
    return this.make('ediv', [a, b], shape);
  }

  /** `a .^ b` (`a ^ b` for scalars), broadcasting. */
  epow(a: NodeId, b: NodeId, span?: SourceSpan): NodeId {
    const shape = broadcastShape(this.shape(a), this.shape(b), '.^', span);
    const [ca, cb] = [this.constValue(a), this.constValue(b)];
    if (ca !== undefined && cb !== undefined) return this.constant(Math.pow(ca, cb));
    if (cb === 1 && sameShape(shape, this.shape(a))) return a;
    if (cb === 0) return this.ones(shape);
    return this.make('epow', [a, b], shape);
  }

  /** An element-wise function of one or more arguments, broadcasting. */
  map(name: string, args: readonly NodeId[], span?: SourceSpan): NodeId {
    let shape = SCALAR;
    for (const arg of args) shape = broadcastShape(shape, this.shape(arg), name, span);
    const values = args.map((arg) => this.constValue(arg));
    const spec = FUNCTIONS.get(name);
    if (spec !== undefined && values.every((v) => v !== undefined)) {
      const value = spec.value(values);
      if (Number.isFinite(value)) return this.constant(value);
    }
    return this.make('map', args, shape, { name });
  }

  /** A reduction or per-column operation, with scalar factors pulled out where that is exact. */
  reduce(op: 'sum' | 'column-sums' | 'row-sums' | 'mean' | 'trace', a: NodeId, span?: SourceSpan): NodeId {
    const n = this.node(a);
    const [rows, columns] = n.shape;
    if (op === 'trace' && rows !== columns) {
      throw new SymbolicError('shape', `trace needs a square matrix, found ${formatShape(n.shape)}`, span);
    }
    const shape: Shape = op === 'column-sums' ? [1, columns] : op === 'row-sums' ? [rows, 1] : SCALAR;
    if (sameShape(shape, n.shape)) return a;
    if ((n.op === 'emul' || n.op === 'ediv') && this.isScalar(n.args[n.op === 'emul' ? 0 : 1]!)) {
      return n.op === 'emul' ? this.emul(n.args[0]!, this.reduce(op, n.args[1]!)) : this.ediv(this.reduce(op, n.args[0]!), n.args[1]!);
    }
    if (n.op === 'ones' && op !== 'mean') {
      const count = op === 'column-sums' ? rows : op === 'row-sums' ? columns : op === 'trace' ? rows : rows * columns;
      return this.emul(this.constant(count), this.ones(shape));
    }
    if (n.op === 'identity' && op === 'trace') return this.constant(rows);
    const isDistribution = n.op === 'softmax' || (n.op === 'input' && this.distributions.has(n.name!));
    if (op === 'column-sums' && isDistribution) return this.ones(shape);
    return this.make(op, [a], shape);
  }

  /** `dot(a, b)` of two vectors of the same length. */
  dot(a: NodeId, b: NodeId, span?: SourceSpan): NodeId {
    const [sa, sb] = [this.shape(a), this.shape(b)];
    const isVector = (s: Shape): boolean => s[0] === 1 || s[1] === 1;
    if (!isVector(sa) || !isVector(sb) || sa[0] * sa[1] !== sb[0] * sb[1]) {
      throw new SymbolicError('shape', `dot needs two vectors of the same length, found ${formatShape(sa)} and ${formatShape(sb)}`, span);
    }
    return this.make('dot', [a, b], SCALAR);
  }

  /** `norm(a)`: the 2-norm of a vector. */
  norm(a: NodeId, span?: SourceSpan): NodeId {
    const s = this.shape(a);
    if (s[0] !== 1 && s[1] !== 1) throw new SymbolicError('shape', `norm takes a vector, found ${formatShape(s)}`, span);
    return this.make('norm', [a], SCALAR);
  }

  /** `softmax(a)` of each column. */
  softmax(a: NodeId): NodeId {
    return this.make('softmax', [a], this.shape(a));
  }

  /** `logsumexp(a)` of each column: a row with one entry per column. */
  logsumexp(a: NodeId): NodeId {
    return this.make('logsumexp', [a], [1, this.shape(a)[1]]);
  }
}
