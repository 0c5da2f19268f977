import type { SourceSpan } from './errors.js';
import { FUNCTIONS, operationOf, type Builder, type NodeId } from './functions.js';
import { assert } from './internal/assert.js';

/** The operation of a graph node. Subtraction and division stay distinct so derivations can name their rules. */
export type Op = 'const' | 'input' | 'name' | 'add' | 'sub' | 'mul' | 'div' | 'neg' | 'pow' | 'call';

/** One node of a computation graph: an operation and the nodes it reads. */
export interface GraphNode {
  readonly op: Op;
  readonly args: readonly NodeId[];
  /** The number of a `const` node. */
  readonly value?: number;
  /** The input's name for `input`, the intermediate's name for `name`, the function's name for `call`. */
  readonly name?: string;
}

/**
 * The value of one operation from its arguments' values (NaN for an input, which has none of its own).
 * @example
 * applyNode({ op: 'div', args: [0, 1] }, [1, 4]); // → 0.25
 */
export function applyNode(node: GraphNode, args: readonly number[]): number {
  if (node.op === 'const') return node.value!;
  if (node.op === 'input') return Number.NaN;
  if (node.op === 'name') return args[0]!;
  return operationOf(node)!.value(args);
}

/** Whether a node's operation is defined for all finite arguments: a leaf, a name, or a spec that says it is polynomial. */
const isPolynomialOp = (node: GraphNode): boolean =>
  node.op === 'const' || node.op === 'input' || node.op === 'name' || operationOf(node)?.polynomial === true;

/** Short decimals stay exact in text; anything longer is kept as the operation that made it. */
function isTidy(value: number): boolean {
  return Number.isFinite(value) && (Number.isInteger(value) || String(value).length <= 8);
}

/**
 * A hash-consed DAG: building a node equal to an existing one returns the existing id, so equal
 * subexpressions are one node and derivatives never repeat work; ids grow in topological order,
 * so ascending ids are a valid schedule.
 *
 * A graph that is read is never changed. {@link Graph.extend} gives a private child that sees
 * every node of its parent under the same id and appends its own after them; the parent is frozen
 * from then on (adding a node to it is a bug, caught by an assertion), so any number of children,
 * built in any order, see the same parent and give the same results. A program's graph is frozen
 * when {@link parse} returns it: derivations, printers and evaluations build on children of it.
 * A child shares its parent's tables until it first adds a node or a name (then it copies them
 * once), so extending costs nothing for a reader that builds nothing.
 *
 * Normal form. Besides hash-consing, the simplifying constructors ({@link Graph.add}, `sub`,
 * `mul`, `div`, `neg`, `pow`, `call`) return a node in which:
 * - an operation on literal numbers alone is folded to its number when that is finite; for `div`
 *   also exact (q·b = a) and short, for `pow` short with an integer exponent or result, for a call
 *   short and not at a kink (short: an integer or at most 8 characters). Otherwise it is kept;
 * - no sum has a 0 operand, no difference a 0 operand (`0 - t` is `-t`), no product a ±1 operand
 *   or a 0 one (it is 0), no quotient a divisor of ±1, no power an exponent of 0 or 1 or a base of
 *   1; t − t is 0, and t / t and 0 / t are 1 and 0 unless t is a constant that is 0 or undefined;
 * - a sum's or difference's literal is its second operand and positive (`x + 1`, `x - 1`, never
 *   `1 + x` or `x + -1`); a product's literal is its first (`2 * x`), and a product holds at most
 *   one literal, at the front (`2 * (3 * x)` is `6 * x`), unless the two overflow when multiplied;
 * - a negation sits outside products and quotients (`-(x * y)`, not `-x * y` or `x * -y`) and never
 *   directly on a literal, a negation, a difference or a multiple `k * t`; no sum has a negated
 *   operand and no difference a negated second operand (`x + -y` is `x - y`, `-x + y` is `y - x`);
 * - no product has a quotient operand (`a * (b / c)` is `(a * b) / c`) and no quotient a quotient
 *   operand (`(a / b) / c` is `a / (b * c)`, `a / (b / c)` is `(a * c) / b`);
 * - like terms are combined: `k·t + m·t` is `(k + m)·t`, and one level into the first operand,
 *   `(p + k·t) + m·t` is `p + (k + m)·t` (only the first operand is searched, so `x + (x + 2)` stays
 *   a sum of three terms while `(x + 2) + x` is `2 * x + 2`); like factors with literal exponents
 *   are combined (`x * x^2` is `x ^ 3`, `x ^ 3 / x` is `x ^ 2`, `(t^2)^3` is `t ^ 6`) unless the base
 *   is a constant that is 0 or undefined; `log(e)` is 1.
 * A constant whose value does not exist (`0 / 0`, `log(-1)`) is never folded, cancelled or
 * dropped, and a `name` node is opaque: no rewrite looks inside it. Since a sum or product stores
 * its operands in id order, the form is that of the constructors applied in that order: rebuilding
 * any node through them returns the node itself (checked on random arithmetic trees by the
 * property test in `test/graph.test.ts`).
 *
 * Termination. Measure a call by the total size of its operands written out as trees. Every
 * constructor returns a node no larger than the operation it was asked for (checked return by
 * return: folding and identities shrink it, the moves below keep its size, like terms and factors
 * combine into fewer nodes). So a constructor's calls on parts of its operands (`mul(a0, b)` for
 * `mul(-a0, b)`) are strictly smaller, and its calls on the results of those (`neg(mul(a0, b))`)
 * are no larger. A call no smaller than its caller only puts one thing in its place: it moves a
 * literal to the front of a product or the end of a sum, flips a literal's sign between `+` and
 * `-`, moves a negation or a quotient outwards, or regroups a sum around a like term, which it
 * then combines; no rule moves any of these back, so only finitely many such calls follow each
 * other, and by induction on the measure every call returns. The property test also checks that
 * a tree of n nodes takes at most n² constructor calls.
 */
export class Graph implements Builder {
  private nodeList: GraphNode[];
  /** Whether each node's value is the same for every input (no input below it). */
  private constantList: boolean[];
  /** The value of each constant node (NaN or ±Infinity for one that is undefined, such as 0 / 0); NaN for the others. */
  private constantValues: number[];
  /** Whether each node is built from inputs and numbers by +, −, × and names alone, so it is defined for every finite input. */
  private polynomial: boolean[];
  private spanMap: Map<NodeId, SourceSpan>;
  private labelMap: Map<NodeId, string>;
  private namedByMap: Map<NodeId, NodeId>;
  private inputMap: Map<string, NodeId>;
  /** This graph's own hash-consing keys; a parent's are looked up through `parent`. */
  private readonly keys: Map<string, NodeId> = new Map();
  /** Whether the node tables and maps are this graph's own, or still its parent's (shared until the first write). */
  private ownsTables: boolean;
  private frozen = false;

  private readonly parent: Graph | undefined;

  /** A new, empty graph; use {@link Graph.extend} for a child of an existing one. */
  constructor(parent?: Graph) {
    this.parent = parent;
    if (parent === undefined) {
      this.nodeList = [];
      this.constantList = [];
      this.constantValues = [];
      this.polynomial = [];
      this.spanMap = new Map();
      this.labelMap = new Map();
      this.namedByMap = new Map();
      this.inputMap = new Map();
      this.ownsTables = true;
      return;
    }
    parent.freeze();
    this.nodeList = parent.nodeList;
    this.constantList = parent.constantList;
    this.constantValues = parent.constantValues;
    this.polynomial = parent.polynomial;
    this.spanMap = parent.spanMap;
    this.labelMap = parent.labelMap;
    this.namedByMap = parent.namedByMap;
    this.inputMap = parent.inputMap;
    this.ownsTables = false;
  }

  /**
   * A private child of this graph: the same nodes under the same ids, and room for more. This
   * graph is frozen from now on, so what a child builds never shows here or in another child.
   * @example
   * const { graph, output } = parse('x^2');
   * const scratch = graph.extend();
   * scratch.mul(scratch.constant(2), output) > output; // → true
   * graph.size; // → 3
   */
  extend(): Graph {
    return new Graph(this);
  }

  /** Forbids adding nodes or names from now on; returns the graph. A frozen graph still reads and finds existing nodes. */
  freeze(): this {
    this.frozen = true;
    return this;
  }

  /** Whether nodes can no longer be added (see {@link Graph.freeze}). */
  get isFrozen(): boolean {
    return this.frozen;
  }

  /** Every node, by id. */
  get nodes(): readonly GraphNode[] {
    return this.nodeList;
  }

  /** Whether a node's value is the same for every input (no input below it), by id. */
  get isConstant(): readonly boolean[] {
    return this.constantList;
  }

  /** Where each node that came from source text was first written. */
  get spans(): ReadonlyMap<NodeId, SourceSpan> {
    return this.spanMap;
  }

  /** The names of `name` nodes, for printing in the program's own words. */
  get labels(): ReadonlyMap<NodeId, string> {
    return this.labelMap;
  }

  /** The first `name` node wrapping each definition, so a derivative can say `a * (1 - a)` for σ′. */
  get namedBy(): ReadonlyMap<NodeId, NodeId> {
    return this.namedByMap;
  }

  /** Each input's node, by name. */
  get inputs(): ReadonlyMap<string, NodeId> {
    return this.inputMap;
  }

  get size(): number {
    return this.nodeList.length;
  }

  node(id: NodeId): GraphNode {
    const node = this.nodeList[id];
    assert(node !== undefined, () => `no node ${id}`);
    return node;
  }

  /** Takes this graph's own copy of the tables shared with its parent, before the first write. */
  private writable(): void {
    assert(!this.frozen, 'this graph is frozen (a program, or a graph that has been extended): build on graph.extend()');
    if (this.ownsTables) return;
    this.nodeList = this.nodeList.slice();
    this.constantList = this.constantList.slice();
    this.constantValues = this.constantValues.slice();
    this.polynomial = this.polynomial.slice();
    this.spanMap = new Map(this.spanMap);
    this.labelMap = new Map(this.labelMap);
    this.namedByMap = new Map(this.namedByMap);
    this.inputMap = new Map(this.inputMap);
    this.ownsTables = true;
  }

  /** The node with this hash-consing key, in this graph or an ancestor. */
  private find(key: string): NodeId | undefined {
    return this.keys.get(key) ?? this.parent?.find(key);
  }

  /** Records where a node is first written in the source; a later place does not replace it. */
  markSpan(id: NodeId, span: SourceSpan): void {
    if (this.spanMap.has(id)) return;
    this.writable();
    this.spanMap.set(id, span);
  }

  /** The number a node holds, when it is a literal constant. */
  numberOf(id: NodeId): number | undefined {
    const node = this.nodeList[id]!;
    return node.op === 'const' ? node.value : undefined;
  }

  private intern(key: string, make: () => GraphNode): NodeId {
    const found = this.find(key);
    if (found !== undefined) return found;
    this.writable();
    const node = make();
    const id = this.nodeList.length;
    this.nodeList.push(node);
    const constant = node.op === 'const' || (node.op !== 'input' && node.args.every((a) => this.constantList[a]));
    this.constantList.push(constant);
    this.constantValues.push(constant ? applyNode(node, node.args.map((a) => this.constantValues[a]!)) : Number.NaN);
    this.polynomial.push(isPolynomialOp(node) && node.args.every((a) => this.polynomial[a]));
    this.keys.set(key, id);
    return id;
  }

  private make(op: Op, args: readonly NodeId[], commutative = false, name?: string): NodeId {
    const ordered = commutative && args[0]! > args[1]! ? [args[1]!, args[0]!] : args;
    // Keys are built often (every constructor call): a template over at most two ids, no array join.
    const key = ordered.length === 2 ? `${op}:${name ?? ''}:${ordered[0]!},${ordered[1]!}` : `${op}:${name ?? ''}:${ordered.join(',')}`;
    return this.intern(key, () => (name === undefined ? { op, args } : { op, args, name }));
  }

  constant(value: number): NodeId {
    assert(Number.isFinite(value), 'a constant must be a finite number');
    const v = value === 0 ? 0 : value; // -0 and 0 are one constant
    return this.intern(`#${v}`, () => ({ op: 'const', args: [], value: v }));
  }

  input(name: string): NodeId {
    const id = this.make('input', [], false, name);
    if (this.inputMap.get(name) !== id) {
      this.writable();
      this.inputMap.set(name, id);
    }
    return id;
  }

  /**
   * A named intermediate: an opaque node wrapping its definition. The simplifier never looks
   * inside it, so `u = 2*x; y = 5*u` keeps u, and each name has its own adjoint even when its
   * expression also appears unnamed elsewhere.
   */
  name(label: string, definition: NodeId): NodeId {
    const id = this.make('name', [definition], false, label);
    if (this.labelMap.get(id) === label && this.namedByMap.has(definition)) return id;
    this.writable();
    this.labelMap.set(id, label);
    if (!this.namedByMap.has(definition)) this.namedByMap.set(definition, id);
    return id;
  }

  /**
   * An operation exactly as written, without rewriting: the parser keeps one for each place where
   * simplification changed the source (x/x → 1), so the function stays undefined where the source is.
   */
  raw(op: Op, args: readonly NodeId[], name?: string): NodeId {
    return this.make(op, args, op === 'add' || op === 'mul', name);
  }

  /**
   * An operation as the user typed it, operands in the order written (`2 * x` is not `x * 2`):
   * the tree a derivation walks so its steps follow the source. Never used for values.
   */
  written(op: Op, args: readonly NodeId[], name?: string): NodeId {
    return this.make(op, args, false, name);
  }

  /**
   * Whether a node is defined for every finite value of the inputs: built from inputs and numbers by
   * +, −, × and names alone (overflow aside), so rewriting it never changes where a function exists.
   */
  isEverywhereDefined(id: NodeId): boolean {
    return this.polynomial[id] === true;
  }

  /** Whether a node is a constant whose value does not exist (0 / 0, log(-1)): never folded or dropped. */
  isUndefinedConstant(id: NodeId): boolean {
    return this.constantList[id] === true && !Number.isFinite(this.constantValues[id]);
  }

  /** Whether a node may be cancelled as t/t or t^p/t^q: a variable (whose domain the parser guards) or a non-zero constant. */
  private isCancellable(id: NodeId): boolean {
    if (!this.constantList[id]) return true;
    const value = this.constantValues[id]!;
    return Number.isFinite(value) && value !== 0;
  }

  /** A folded constant, or undefined when the result is not a finite number (then the operation is kept). */
  private fold(value: number): NodeId | undefined {
    return Number.isFinite(value) ? this.constant(value) : undefined;
  }

  /**
   * An opaque node that prints as `label` in compact mode, standing for `definition`: a name a
   * derivation introduces (δ_z for ∂L/∂z), which is not one of the program's names.
   */
  alias(label: string, definition: NodeId): NodeId {
    return this.make('name', [definition], false, label);
  }

  /** Splits `k·t` into its numeric coefficient and term, so like terms can combine. */
  private coefficient(id: NodeId): [number, NodeId] {
    const node = this.nodeList[id]!;
    if (node.op === 'mul') {
      const k = this.numberOf(node.args[0]!);
      if (k !== undefined) return [k, node.args[1]!];
    }
    if (node.op === 'neg') return [-1, node.args[0]!];
    return [1, id];
  }

  /** Splits `t^p` with a numeric p into base and exponent, so like factors can combine. */
  private exponent(id: NodeId): [NodeId, number] {
    const node = this.nodeList[id]!;
    if (node.op === 'pow') {
      const p = this.numberOf(node.args[1]!);
      if (p !== undefined) return [node.args[0]!, p];
    }
    return [id, 1];
  }

  /**
   * Like terms one level into a sum: (p + q) ± b with q (or p) a multiple of b's term becomes
   * p + (q ± b), so x + x·y + x·y is x + 2·x·y rather than growing term by term.
   */
  private collect(a: NodeId, b: NodeId, sign: 1 | -1): NodeId | undefined {
    const na = this.nodeList[a]!;
    if (na.op !== 'add' && na.op !== 'sub') return undefined;
    const [p, q] = na.args as [NodeId, NodeId];
    const tb = this.coefficient(b)[1];
    const combine = (x: NodeId, y: NodeId, s: 1 | -1): NodeId => (s === 1 ? this.add(x, y) : this.sub(x, y));
    if (this.coefficient(q)[1] === tb) {
      // p + q ± b = p + (q ± b);  p − q ± b = p − (q ∓ b)
      return na.op === 'add' ? this.add(p, combine(q, b, sign)) : this.sub(p, combine(q, b, sign === 1 ? -1 : 1));
    }
    if (this.coefficient(p)[1] === tb) {
      return na.op === 'add' ? this.add(combine(p, b, sign), q) : this.sub(combine(p, b, sign), q);
    }
    return undefined;
  }

  add(a: NodeId, b: NodeId): NodeId {
    const ca = this.numberOf(a);
    const cb = this.numberOf(b);
    if (ca !== undefined && cb !== undefined) return this.fold(ca + cb) ?? this.make('add', [a, b], true);
    if (ca === 0) return b;
    if (cb === 0) return a;
    if (ca !== undefined) return this.add(b, a); // constants last: x + 1
    if (cb !== undefined && cb < 0) return this.sub(a, this.constant(-cb));
    const nb = this.nodeList[b]!;
    if (nb.op === 'neg') return this.sub(a, nb.args[0]!);
    const na = this.nodeList[a]!;
    if (na.op === 'neg') return this.sub(b, na.args[0]!);
    const [ka, ta] = this.coefficient(a);
    const [kb, tb] = this.coefficient(b);
    if (ta === tb && Number.isFinite(ka + kb) && !this.isUndefinedConstant(ta)) return this.mul(this.constant(ka + kb), ta);
    const merged = this.collect(a, b, 1);
    if (merged !== undefined) return merged;
    return this.make('add', [a, b], true);
  }

  sub(a: NodeId, b: NodeId): NodeId {
    const ca = this.numberOf(a);
    const cb = this.numberOf(b);
    if (ca !== undefined && cb !== undefined) return this.fold(ca - cb) ?? this.make('sub', [a, b]);
    if (cb === 0) return a;
    if (ca === 0) return this.neg(b);
    if (a === b && !this.isUndefinedConstant(a)) return this.constant(0);
    if (cb !== undefined && cb < 0) return this.add(a, this.constant(-cb));
    const nb = this.nodeList[b]!;
    if (nb.op === 'neg') return this.add(a, nb.args[0]!);
    const na = this.nodeList[a]!;
    if (na.op === 'add') {
      if (na.args[1] === b) return na.args[0]!;
      if (na.args[0] === b) return na.args[1]!;
    }
    const [ka, ta] = this.coefficient(a);
    const [kb, tb] = this.coefficient(b);
    if (ta === tb && Number.isFinite(ka - kb) && !this.isUndefinedConstant(ta)) return this.mul(this.constant(ka - kb), ta);
    const merged = this.collect(a, b, -1);
    if (merged !== undefined) return merged;
    return this.make('sub', [a, b]);
  }

  mul(a: NodeId, b: NodeId): NodeId {
    const ca = this.numberOf(a);
    const cb = this.numberOf(b);
    if (ca !== undefined && cb !== undefined) return this.fold(ca * cb) ?? this.make('mul', [a, b], true);
    if ((ca === 0 && !this.isUndefinedConstant(b)) || (cb === 0 && !this.isUndefinedConstant(a))) return this.constant(0);
    if (ca === 1) return b;
    if (cb === 1) return a;
    if (ca === -1) return this.neg(b);
    if (cb === -1) return this.neg(a);
    if (cb !== undefined) return this.mul(b, a); // constants first: 2 * x
    const na = this.nodeList[a]!;
    const nb = this.nodeList[b]!;
    if (na.op === 'neg') return this.neg(this.mul(na.args[0]!, b));
    if (nb.op === 'neg') return this.neg(this.mul(a, nb.args[0]!));
    if (ca !== undefined && nb.op === 'mul') {
      const k = this.numberOf(nb.args[0]!);
      if (k !== undefined && Number.isFinite(ca * k)) return this.mul(this.constant(ca * k), nb.args[1]!);
    }
    if (ca === undefined && na.op === 'mul' && this.numberOf(na.args[0]!) !== undefined) {
      return this.mul(na.args[0]!, this.mul(na.args[1]!, b));
    }
    if (ca === undefined && nb.op === 'mul' && this.numberOf(nb.args[0]!) !== undefined) {
      return this.mul(nb.args[0]!, this.mul(a, nb.args[1]!));
    }
    if (nb.op === 'div') return this.div(this.mul(a, nb.args[0]!), nb.args[1]!);
    if (na.op === 'div') return this.div(this.mul(na.args[0]!, b), na.args[1]!);
    const [ta, pa] = this.exponent(a);
    const [tb, pb] = this.exponent(b);
    if (ta === tb && ca === undefined && this.isCancellable(ta)) return this.pow(ta, this.constant(pa + pb));
    return this.make('mul', [a, b], true);
  }

  div(a: NodeId, b: NodeId): NodeId {
    const ca = this.numberOf(a);
    const cb = this.numberOf(b);
    if (ca !== undefined && cb !== undefined && cb !== 0) {
      const q = ca / cb;
      if (isTidy(q) && q * cb === ca) return this.constant(q);
    }
    if (cb === 1) return a;
    if (cb === -1) return this.neg(a);
    if (ca === 0 && this.isCancellable(b)) return this.constant(0);
    if (a === b && this.isCancellable(a)) return this.constant(1);
    const na = this.nodeList[a]!;
    const nb = this.nodeList[b]!;
    if (na.op === 'neg') return this.neg(this.div(na.args[0]!, b));
    if (nb.op === 'neg') return this.neg(this.div(a, nb.args[0]!));
    if (na.op === 'div') return this.div(na.args[0]!, this.mul(na.args[1]!, b));
    // (k·u)/c with k/c a tidy number, exactly: 3·x²/3 → x², 6·x/3 → 2·x (power rule under a constant divisor).
    if (na.op === 'mul' && cb !== undefined && cb !== 0) {
      const k = this.numberOf(na.args[0]!);
      const q = k === undefined ? undefined : k / cb;
      if (q !== undefined && isTidy(q) && q * cb === k) return this.mul(this.constant(q), na.args[1]!);
    }
    if (nb.op === 'div') return this.div(this.mul(a, nb.args[1]!), nb.args[0]!);
    if (ca === undefined && cb === undefined) {
      const [ta, pa] = this.exponent(a);
      const [tb, pb] = this.exponent(b);
      if (ta === tb && this.isCancellable(ta)) return this.pow(ta, this.constant(pa - pb));
    }
    return this.make('div', [a, b]);
  }

  neg(a: NodeId): NodeId {
    const ca = this.numberOf(a);
    if (ca !== undefined) return this.constant(-ca);
    const na = this.nodeList[a]!;
    if (na.op === 'neg') return na.args[0]!;
    if (na.op === 'sub') return this.sub(na.args[1]!, na.args[0]!);
    if (na.op === 'mul') {
      const k = this.numberOf(na.args[0]!);
      if (k !== undefined) return this.mul(this.constant(-k), na.args[1]!);
    }
    return this.make('neg', [a]);
  }

  pow(a: NodeId, b: NodeId): NodeId {
    const ca = this.numberOf(a);
    const cb = this.numberOf(b);
    if (cb === 0 && !this.isUndefinedConstant(a)) return this.constant(1);
    if (cb === 1) return a;
    if (ca === 1 && !this.isUndefinedConstant(b)) return this.constant(1);
    if (ca !== undefined && cb !== undefined) {
      const r = Math.pow(ca, cb);
      if (isTidy(r) && (Number.isInteger(cb) || Number.isInteger(r))) return this.constant(r);
    }
    const na = this.nodeList[a]!;
    if (cb !== undefined && Number.isInteger(cb) && na.op === 'pow') {
      const p = this.numberOf(na.args[1]!);
      // (t^p)^q = t^(p·q) holds for every real t when p and q are integers.
      if (p !== undefined && Number.isInteger(p) && Number.isFinite(p * cb)) return this.pow(na.args[0]!, this.constant(p * cb));
    }
    return this.make('pow', [a, b]);
  }

  call(name: string, args: readonly NodeId[]): NodeId {
    const spec = FUNCTIONS.get(name);
    assert(spec !== undefined, () => `unknown function ${name}`);
    if (args.length > 0 && args.every((a) => this.numberOf(a) !== undefined)) {
      const value = spec.value(args.map((a) => this.numberOf(a)!));
      if (isTidy(value) && !spec.kink?.(args.map((a) => this.numberOf(a)!))) return this.constant(value);
    }
    // log(e) = 1 wherever it arises (the source, or d(e^x)/dx = e^x·log e), so e^x differentiates to itself.
    if (name === 'log' && args.length === 1 && this.isEuler(args[0]!)) return this.constant(1);
    return this.make('call', args, false, name);
  }

  /** Whether a node is the constant e (Euler's number), which parses to the nullary call `e`. */
  private isEuler(id: NodeId): boolean {
    const node = this.nodeList[id]!;
    return node.op === 'call' && node.name === 'e';
  }

  /**
   * The same value with every name replaced by its definition, rebuilt through the simplifying
   * constructors, so a derivative written in the inputs alone is simplified across names too.
   * `rebuilt` (old node → its expansion) may be shared between calls, so each node is rebuilt once.
   */
  expandNames(root: NodeId, rebuilt: Map<NodeId, NodeId> = new Map()): NodeId {
    for (const id of this.reachable([root], (n) => rebuilt.has(n))) {
      if (rebuilt.has(id)) continue;
      const node = this.nodeList[id]!;
      const args = node.args.map((arg) => rebuilt.get(arg)!);
      const value = node.op === 'const' || node.op === 'input' ? id
        : node.op === 'name' ? args[0]!
        : operationOf(node)!.build(this, args);
      rebuilt.set(id, value);
    }
    return rebuilt.get(root)!;
  }

  /** Every node the given roots depend on (themselves included), as a sorted (topological) list. */
  reachable(roots: readonly NodeId[], stop?: (id: NodeId) => boolean): NodeId[] {
    // A set, not an array as long as the graph: derivations call this once per named
    // intermediate on small neighbourhoods, and the cost must follow what is visited.
    const seen = new Set<NodeId>();
    const stack = [...roots];
    const out: NodeId[] = [];
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      out.push(id);
      if (stop?.(id)) continue;
      for (const arg of this.nodeList[id]!.args) if (!seen.has(arg)) stack.push(arg);
    }
    return out.sort((x, y) => x - y);
  }
}
