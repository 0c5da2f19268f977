import { create, parseDependencies, type MathNode } from 'mathjs/number';
import { SymbolicError, type SourceSpan } from '../errors.js';
import { FUNCTIONS, type NodeId } from '../functions.js';
import { suggestFunction } from '../suggest.js';
import { MatrixGraph } from './graph.js';
import { SCALAR, toShape, type Shape } from './shape.js';
import { tokenizeMatrix, type MatrixToken } from './tokenize.js';

/** Options for {@link parseMatrix}. */
export interface MatrixOptions {
  /** Each input's shape: `[rows, columns]`, or `[n]` / `n` for an n×1 column. Undeclared inputs are scalars. */
  readonly shapes: Readonly<Record<string, number | readonly number[]>>;
  /** Inputs whose every column sums to 1 (one-hot labels or probabilities), so `sum(Y, 1)` is a row of ones. */
  readonly distributions?: readonly string[];
}

/** A validated matrix program: its graph, inputs with their shapes, and named intermediates. */
export interface MatrixProgram {
  readonly source: string;
  /** Free symbols, in order of first appearance. */
  readonly inputs: readonly string[];
  /** Each input's shape. */
  readonly shapes: ReadonlyMap<string, Shape>;
  readonly outputName: string | undefined;
  readonly graph: MatrixGraph;
  readonly output: NodeId;
  /** Each assigned name's node. */
  readonly definitions: ReadonlyMap<string, NodeId>;
  /** The options it was parsed with, so a derivation can build on a fresh copy of the graph. */
  readonly options: MatrixOptions;
}

let mathParse: ((source: string) => MathNode) | undefined;

function parseWithMathjs(source: string): MathNode {
  mathParse ??= create({ parseDependencies: parseDependencies! }).parse as (source: string) => MathNode;
  return mathParse(source);
}

/** A mathjs node, with just the fields the converter reads. */
interface Tree {
  readonly type: string;
  readonly op?: string;
  readonly fn?: string | { name: string };
  readonly args?: readonly Tree[];
  readonly implicit?: boolean;
  readonly content?: Tree;
  readonly name?: string;
  readonly value?: unknown;
  readonly object?: Tree;
  readonly blocks?: readonly { node: Tree }[];
}

/**
 * Parses a matrix program: mathjs syntax over symbols with declared shapes (`W * x` product,
 * `.*` `./` `.^` element-wise, `x'` transpose, element-wise functions, `sum`, `mean`, `trace`,
 * `dot`, `norm`, per-column `softmax` and `logsumexp`), checking every shape as it goes.
 * @throws {SymbolicError} `shape` naming both shapes at the operator; `syntax`, `unknown-function`,
 *   `unsupported`, `undefined-variable`, `reassigned`, `arity` as for scalar programs.
 * @example
 * const { graph, output } = parseMatrix('W*x + b', { shapes: { W: [3, 2], x: [2], b: [3] } });
 * graph.shape(output); // → [3, 1]
 */
export function parseMatrix(source: string, options: MatrixOptions): MatrixProgram {
  if (typeof source !== 'string') throw new SymbolicError('invalid-argument', 'the source must be a string');
  const tokens = tokenizeMatrix(source);
  if (!tokens.some((t) => t.kind !== 'sep')) throw new SymbolicError('syntax', 'the source is empty', { start: 0, end: source.length });
  let tree: MathNode;
  try {
    tree = parseWithMathjs(source);
  } catch (error) {
    const char = (error as { char?: number }).char;
    const start = Math.max(0, Math.min((char ?? 1) - 1, source.length - 1));
    throw new SymbolicError('syntax', String((error as Error).message).replace(/\s*\(char \d+\)$/, ''), { start, end: start + 1 }, { cause: error });
  }
  const shapes = new Map<string, Shape>();
  for (const [name, declared] of Object.entries(options.shapes)) shapes.set(name, toShape(declared, name));
  const root = tree as unknown as Tree;
  const statements = root.type === 'BlockNode' ? root.blocks!.map((b) => b.node) : [root];
  return new Converter(source, tokens, shapes, new MatrixGraph(options)).program(statements, options);
}

class Converter {
  private cursor = 0;
  private aligned = true;
  private readonly definitions = new Map<string, NodeId>();
  private readonly inputs: string[] = [];

  constructor(
    private readonly source: string,
    private readonly tokens: readonly MatrixToken[],
    private readonly shapes: ReadonlyMap<string, Shape>,
    private readonly graph: MatrixGraph,
  ) {}

  program(statements: readonly Tree[], options: MatrixOptions): MatrixProgram {
    let output: NodeId = -1;
    let outputName: string | undefined;
    statements.forEach((node, index) => {
      while (this.aligned && this.tokens[this.cursor]?.kind === 'sep') this.cursor++;
      const last = index === statements.length - 1;
      if (node.type === 'AssignmentNode' && node.object?.type === 'SymbolNode') {
        const name = node.object.name!;
        const token = this.take((t) => t.kind === 'name');
        const span = token ? { start: token.start, end: token.end } : this.whole();
        if (this.definitions.has(name)) throw new SymbolicError('reassigned', `"${name}" is assigned twice; give each intermediate its own name`, span);
        this.take((t) => t.kind === '=');
        const id = this.graph.name(name, this.convert((node as unknown as { value: Tree }).value));
        this.definitions.set(name, id);
        if (last) [output, outputName] = [id, name];
      } else if (node.type === 'AssignmentNode' || node.type === 'FunctionAssignmentNode' || !last) {
        throw new SymbolicError('unsupported', 'each statement but the last must be "name = expression"', this.here());
      } else {
        output = this.convert(node);
      }
    });
    const shapes = new Map(this.inputs.map((name) => [name, this.graph.shape(this.graph.inputs.get(name)!)] as const));
    return { source: this.source, inputs: this.inputs, shapes, outputName, graph: this.graph, output, definitions: this.definitions, options };
  }

  private whole(): SourceSpan {
    return { start: 0, end: this.source.length };
  }

  private here(): SourceSpan {
    const token = this.aligned ? this.tokens[this.cursor] : undefined;
    return token ? { start: token.start, end: token.end } : this.whole();
  }

  /** Consumes the next token when it is what the tree says comes next; otherwise positions are no longer trusted. */
  private take(expected: (t: MatrixToken) => boolean): MatrixToken | undefined {
    const token = this.aligned ? this.tokens[this.cursor] : undefined;
    if (token === undefined || !expected(token)) {
      this.aligned = false;
      return undefined;
    }
    this.cursor++;
    return token;
  }

  private spanFrom(first: number): SourceSpan {
    const [a, b] = [this.tokens[first], this.tokens[this.cursor - 1]];
    return this.aligned && a && b && this.cursor > first ? { start: a.start, end: b.end } : this.whole();
  }

  private convert(node: Tree): NodeId {
    const first = this.cursor;
    const id = this.convertNode(node, first);
    if (!this.graph.spans.has(id)) this.graph.spans.set(id, this.spanFrom(first));
    return id;
  }

  private convertNode(node: Tree, first: number): NodeId {
    switch (node.type) {
      case 'ConstantNode': {
        const token = this.take((t) => t.kind === 'number');
        if (typeof node.value !== 'number' || !Number.isFinite(node.value)) {
          throw new SymbolicError('unsupported', `the constant ${String(node.value)} cannot be differentiated`, token ?? this.whole());
        }
        return this.graph.constant(node.value);
      }
      case 'SymbolNode':
        this.take((t) => t.text === node.name);
        return this.symbol(node.name!, this.spanFrom(first));
      case 'ParenthesisNode': {
        this.take((t) => t.kind === '(');
        const inner = this.convert(node.content!);
        this.take((t) => t.kind === ')');
        return inner;
      }
      case 'OperatorNode':
        return this.operator(node, first);
      case 'FunctionNode': {
        this.take((t) => t.kind === 'name');
        this.take((t) => t.kind === '(');
        const args = node.args!.map((arg, i) => {
          if (i > 0) this.take((t) => t.kind === ',');
          return this.convert(arg);
        });
        this.take((t) => t.kind === ')');
        return this.call((node.fn as { name: string }).name, args, node.args!, this.spanFrom(first));
      }
      default:
        throw new SymbolicError('unsupported', `${node.type.replace(/Node$/, '').toLowerCase()} expressions cannot be differentiated`, this.here());
    }
  }

  private operator(node: Tree, first: number): NodeId {
    const g = this.graph;
    const args = node.args!;
    if (node.fn === 'ctranspose' || node.fn === 'transpose') {
      const inner = this.convert(args[0]!);
      this.take((t) => t.kind === 'transpose');
      return g.transpose(inner);
    }
    if (args.length === 1) {
      this.take((t) => t.text === node.op);
      const inner = this.convert(args[0]!);
      if (node.fn === 'unaryMinus') return g.neg(inner);
      if (node.fn === 'unaryPlus') return inner;
      throw new SymbolicError('unsupported', `the operator "${node.op!}" cannot be differentiated`, this.spanFrom(first));
    }
    const left = this.convert(args[0]!);
    const token = node.implicit === true ? undefined : this.take((t) => t.text === node.op);
    const right = this.convert(args[1]!);
    const span = token ? { start: token.start, end: token.end } : this.spanFrom(first);
    switch (node.fn) {
      case 'add': return g.add(left, right, span);
      case 'subtract': return g.sub(left, right, span);
      case 'multiply': return g.mul(left, right, span);
      case 'dotMultiply': return g.emul(left, right, span);
      case 'divide': return this.divide(left, right, span);
      case 'dotDivide': return g.ediv(left, right, span);
      case 'pow': return this.power(left, right, span);
      case 'dotPow': return g.epow(left, right, span);
      default: throw new SymbolicError('unsupported', `the operator "${node.op!}" cannot be differentiated`, span);
    }
  }

  private divide(left: NodeId, right: NodeId, span: SourceSpan): NodeId {
    const shape = this.graph.shape(right);
    if (shape[0] !== 1 || shape[1] !== 1) {
      throw new SymbolicError('shape', `"/" divides by a scalar, found ${shape.join('×')}; use "./" to divide element by element`, span);
    }
    return this.graph.ediv(left, right, span);
  }

  private power(left: NodeId, right: NodeId, span: SourceSpan): NodeId {
    const [base, exponent] = [this.graph.shape(left), this.graph.shape(right)];
    if (base[0] !== 1 || base[1] !== 1 || exponent[0] !== 1 || exponent[1] !== 1) {
      throw new SymbolicError('shape', `"^" is a power of scalars, found ${base.join('×')} ^ ${exponent.join('×')}; use ".^" for element-wise powers`, span);
    }
    return this.graph.epow(left, right, span);
  }

  private symbol(name: string, span: SourceSpan): NodeId {
    const defined = this.definitions.get(name);
    if (defined !== undefined) return defined;
    const constant = FUNCTIONS.get(name);
    if (constant?.arity[1] === 0) return this.graph.constant(constant.value([]));
    if (FUNCTIONS.has(name) || MATRIX_FUNCTIONS.has(name)) {
      throw new SymbolicError('syntax', `"${name}" is a function: call it with parentheses, as ${name}(x)`, span);
    }
    if (!this.graph.inputs.has(name)) this.inputs.push(name);
    return this.graph.input(name, this.shapes.get(name) ?? SCALAR);
  }

  private call(name: string, args: readonly NodeId[], trees: readonly Tree[], span: SourceSpan): NodeId {
    const reduction = MATRIX_FUNCTIONS.get(name);
    if (reduction !== undefined) return reduction(this.graph, args, trees, span);
    const spec = FUNCTIONS.get(name);
    if (spec === undefined || spec.arity[1] === 0) {
      throw new SymbolicError('unknown-function', `unknown function "${name}"${suggestFunction(name) ?? ''}`, { start: span.start, end: span.start + name.length });
    }
    const [min, max] = spec.arity;
    if (args.length < min || args.length > max) {
      throw new SymbolicError('arity', `${name} takes ${min === max ? min : `${min} to ${max}`} argument${max === 1 ? '' : 's'}, found ${args.length}`, span);
    }
    if (name === 'pow') return this.graph.epow(args[0]!, args[1]!, span);
    const full = [...args];
    for (let i = args.length; i < max; i++) {
      const fallback = spec.defaults?.[i - min];
      if (fallback !== undefined) full.push(this.graph.constant(fallback));
    }
    return this.graph.map(name, full, span);
  }
}

type Reduction = (g: MatrixGraph, args: readonly NodeId[], trees: readonly Tree[], span: SourceSpan) => NodeId;

function arity(name: string, args: readonly NodeId[], count: number, span: SourceSpan): void {
  if (args.length !== count) throw new SymbolicError('arity', `${name} takes ${count} argument${count === 1 ? '' : 's'}, found ${args.length}`, span);
}

/** A positive integer literal argument (the size given to `ones` and `identity`). */
function size(name: string, trees: readonly Tree[], span: SourceSpan): number[] {
  const sizes = trees.map((t) => (t.type === 'ConstantNode' ? t.value : undefined));
  if (sizes.length < 1 || sizes.length > 2 || !sizes.every((v) => typeof v === 'number' && Number.isInteger(v) && v > 0)) {
    throw new SymbolicError('arity', `${name} takes one or two positive integer sizes`, span);
  }
  return sizes as number[];
}

/** The functions that build, reduce or normalise a whole matrix rather than act element by element. */
const MATRIX_FUNCTIONS: ReadonlyMap<string, Reduction> = new Map<string, Reduction>([
  ['sum', (g, args, trees, span) => {
    if (args.length === 1) return g.reduce('sum', args[0]!, span);
    const dim = trees[1]?.type === 'ConstantNode' ? trees[1].value : undefined;
    if (args.length !== 2 || (dim !== 1 && dim !== 2)) {
      throw new SymbolicError('arity', 'sum takes a matrix, or a matrix and the dimension 1 (column sums) or 2 (row sums)', span);
    }
    return g.reduce(dim === 1 ? 'column-sums' : 'row-sums', args[0]!, span);
  }],
  ['ones', (g, _a, trees, span) => {
    const [rows, columns] = size('ones', trees, span);
    return g.ones([rows!, columns ?? rows!]);
  }],
  ['identity', (g, _a, trees, span) => {
    const [n, m] = size('identity', trees, span);
    if (m !== undefined && m !== n) throw new SymbolicError('shape', 'identity is square: give one size', span);
    return g.identity(n!);
  }],
  ['mean', (g, args, _t, span) => (arity('mean', args, 1, span), g.reduce('mean', args[0]!, span))],
  ['trace', (g, args, _t, span) => (arity('trace', args, 1, span), g.reduce('trace', args[0]!, span))],
  ['transpose', (g, args, _t, span) => (arity('transpose', args, 1, span), g.transpose(args[0]!))],
  ['dot', (g, args, _t, span) => (arity('dot', args, 2, span), g.dot(args[0]!, args[1]!, span))],
  ['norm', (g, args, _t, span) => (arity('norm', args, 1, span), g.norm(args[0]!, span))],
  ['softmax', (g, args, _t, span) => (arity('softmax', args, 1, span), g.softmax(args[0]!))],
  ['logsumexp', (g, args, _t, span) => (arity('logsumexp', args, 1, span), g.logsumexp(args[0]!))],
]);
