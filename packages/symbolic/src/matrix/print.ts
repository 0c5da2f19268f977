import { FUNCTIONS, type NodeId } from '../functions.js';
import { latexName, type PrintMode } from '../print.js';
import type { MatrixGraph, MatrixNode } from './graph.js';
import { isScalarShape } from './shape.js';

const enum Level {
  Sum = 1,
  Product = 2,
  Unary = 3,
  Power = 4,
  Postfix = 5,
  Atom = 6,
}

interface Printed {
  readonly text: string;
  readonly level: Level;
}

/** The two notations: mathjs text that parses back, and KaTeX-compatible LaTeX. */
interface Notation {
  name(name: string): string;
  number(value: number): string;
  paren(text: string): string;
  call(name: string, args: readonly string[]): string;
  matmul(a: string, b: string): string;
  scale(s: string, x: string): string;
  negate(x: string): string;
  hadamard(a: string, b: string): string;
  divide(a: string, b: string, scalar: boolean): string;
  power(a: string, b: string, scalar: boolean): string;
  transpose(a: string): string;
  ones(rows: number, columns: number): string;
  identity(n: number): string;
  reduce(op: string, x: string): string;
}

const TEXT: Notation = {
  name: (name) => name,
  number: (value) => String(value),
  paren: (text) => `(${text})`,
  call: (name, args) => `${name}(${args.join(', ')})`,
  matmul: (a, b) => `${a} * ${b}`,
  scale: (s, x) => `${s} * ${x}`,
  negate: (x) => `-${x}`,
  hadamard: (a, b) => `${a} .* ${b}`,
  divide: (a, b, scalar) => `${a} ${scalar ? '/' : './'} ${b}`,
  power: (a, b, scalar) => `${a} ${scalar ? '^' : '.^'} ${b}`,
  transpose: (a) => `${a}'`,
  ones: (rows, columns) => `ones(${rows}, ${columns})`,
  identity: (n) => `identity(${n})`,
  reduce: (op, x) => (op === 'column-sums' ? `sum(${x}, 1)` : op === 'row-sums' ? `sum(${x}, 2)` : `${op}(${x})`),
};

const LATEX: Notation = {
  name: latexName,
  number: (value) => {
    const [mantissa, exponent] = String(value).split('e');
    return exponent === undefined ? mantissa! : `${mantissa!} \\times 10^{${Number(exponent)}}`;
  },
  paren: (text) => `\\left(${text}\\right)`,
  call: (name, args) => FUNCTIONS.get(name)?.latex(args) ?? `\\operatorname{${name}}\\left(${args.join(', ')}\\right)`,
  matmul: (a, b) => `${a} ${b}`,
  scale: (s, x) => `${s} \\, ${x}`,
  negate: (x) => `-${x}`,
  hadamard: (a, b) => `${a} \\odot ${b}`,
  divide: (a, b, scalar) => (scalar ? `\\frac{${a}}{${b}}` : `${a} \\oslash ${b}`),
  power: (a, b, scalar) => (scalar ? `{${a}}^{${b}}` : `{${a}}^{\\circ ${b}}`),
  transpose: (a) => `{${a}}^{\\mathsf T}`,
  ones: (rows, columns) => `\\mathbf{1}_{${rows} \\times ${columns}}`,
  identity: (n) => `I_{${n}}`,
  reduce: (op, x) =>
    op === 'column-sums' ? `\\mathbf{1}^{\\mathsf T} ${x}`
    : op === 'row-sums' ? `${x} \\mathbf{1}`
    : op === 'trace' ? `\\operatorname{tr}\\left(${x}\\right)`
    : `\\operatorname{${op}}\\left(${x}\\right)`,
};

class Printer {
  private readonly memo = new Map<NodeId, Printed>();

  constructor(
    private readonly graph: MatrixGraph,
    private readonly mode: PrintMode,
    private readonly notation: Notation,
    private readonly root: NodeId,
  ) {}

  print(id: NodeId): Printed {
    const label = this.mode === 'compact' && id !== this.root ? this.graph.labels.get(id) : undefined;
    if (label !== undefined) return { text: this.notation.name(label), level: Level.Atom };
    let printed = this.memo.get(id);
    if (printed === undefined) {
      printed = this.build(this.graph.node(id));
      this.memo.set(id, printed);
    }
    return printed;
  }

  /** A child's text, parenthesised when its level is below `min`. */
  private at(id: NodeId, min: Level): string {
    const p = this.print(id);
    return p.level < min ? this.notation.paren(p.text) : p.text;
  }

  private isElementwiseProduct(id: NodeId): boolean {
    const n = this.graph.node(id);
    return (n.op === 'emul' || n.op === 'ediv') && !this.graph.labels.has(id) && !isScalarShape(this.graph.shape(n.args[n.op === 'emul' ? 0 : 1]!));
  }

  private build(n: MatrixNode): Printed {
    const t = this.notation;
    const [a, b] = n.args as [NodeId, NodeId];
    const scalar = (id: NodeId): boolean => isScalarShape(this.graph.shape(id));
    switch (n.op) {
      case 'input': return { text: t.name(n.name!), level: Level.Atom };
      case 'constant': return { text: t.number(n.value!), level: n.value! < 0 ? Level.Unary : Level.Atom };
      case 'ones': return { text: t.ones(n.shape[0], n.shape[1]), level: Level.Atom };
      case 'identity': return { text: t.identity(n.shape[0]), level: Level.Atom };
      case 'transpose': return { text: t.transpose(this.at(a, Level.Postfix)), level: Level.Postfix };
      case 'matmul': {
        const left = this.isElementwiseProduct(a) ? t.paren(this.print(a).text) : this.at(a, Level.Product);
        const right = this.isElementwiseProduct(b) ? t.paren(this.print(b).text) : this.at(b, Level.Unary);
        return { text: t.matmul(left, right), level: Level.Product };
      }
      case 'add':
      case 'sub': {
        // a − (−u) is written a + u (a negation distributes over the product it leads), u + (−v)
        // is u − v, and −u + v is v − u: a teacher does not lead with a minus.
        const right = this.at(b, Level.Product);
        const negative = right.startsWith('-');
        const plus = (n.op === 'add') !== negative;
        const term = negative ? right.slice(1) : right;
        const left = this.print(a);
        if (plus && left.level > Level.Sum && left.text.startsWith('-')) return { text: `${term} - ${left.text.slice(1)}`, level: Level.Sum };
        return { text: `${this.at(a, Level.Sum)} ${plus ? '+' : '-'} ${term}`, level: Level.Sum };
      }
      case 'emul': return this.product(a, b, scalar(a));
      case 'ediv':
        // A LaTeX fraction groups by itself; text needs the parentheses.
        if (t === LATEX && scalar(b)) return { text: t.divide(this.print(a).text, this.print(b).text, true), level: Level.Atom };
        return { text: t.divide(this.at(a, Level.Product), this.at(b, Level.Unary), scalar(b)), level: Level.Product };
      case 'epow': return { text: t.power(this.at(a, Level.Postfix), this.at(b, Level.Postfix), scalar(a) && scalar(b)), level: Level.Power };
      case 'map': return { text: t.call(n.name!, n.args.map((arg) => this.print(arg).text)), level: Level.Atom };
      case 'dot': return { text: t.call('dot', [this.print(a).text, this.print(b).text]), level: Level.Atom };
      case 'norm':
      case 'softmax':
      case 'logsumexp':
        return { text: t.call(n.op, [this.print(a).text]), level: Level.Atom };
      default:
        if (t === LATEX && (n.op === 'column-sums' || n.op === 'row-sums')) {
          return { text: t.reduce(n.op, this.at(a, Level.Postfix)), level: Level.Product };
        }
        return { text: t.reduce(n.op, this.print(a).text), level: Level.Atom };
    }
  }

  private product(a: NodeId, b: NodeId, scalarLeft: boolean): Printed {
    const t = this.notation;
    if (!scalarLeft) {
      const left = this.graph.node(a).op === 'matmul' ? t.paren(this.print(a).text) : this.at(a, Level.Product);
      const right = this.graph.node(b).op === 'matmul' ? t.paren(this.print(b).text) : this.at(b, Level.Unary);
      return { text: t.hadamard(left, right), level: Level.Product };
    }
    const s = this.graph.node(a);
    if (s.op === 'constant' && s.value === -1) return { text: t.negate(this.at(b, Level.Power)), level: Level.Unary };
    const right = this.graph.node(b).op === 'matmul' ? this.at(b, Level.Product) : this.at(b, Level.Unary);
    return { text: t.scale(this.at(a, Level.Product), right), level: Level.Product };
  }
}

/**
 * A matrix expression in mathjs syntax that parses back (`root`, by default `id`, is printed
 * in full even when it has a name; -1 prints every named node by its name): `*` matrix product, `.*` element-wise,
 * `'` transpose, `sum(X, 2)` row sums.
 * @example
 * const shapes = { W: [2, 3], x: [3], y: [2] };
 * const b = matrixBackprop(parseMatrix('a = sigmoid(W*x); L = sum((a - y).^2) / 2', { shapes }));
 * printMatrixText(b.graph, b.gradient.get('W')!, 'compact'); // → "((a - y) .* a .* (1 - a)) * x'"
 */
export function printMatrixText(graph: MatrixGraph, id: NodeId, mode: PrintMode, root: NodeId = id): string {
  return new Printer(graph, mode, TEXT, root).print(id).text;
}

/**
 * A matrix expression as LaTeX: `\odot` for element-wise products and `^{\mathsf T}` for transposes.
 * @example
 * const { graph, output } = parseMatrix("x'*A*x", { shapes: { x: [3], A: [3, 3] } });
 * printMatrixLatex(graph, output, 'compact'); // → '{x}^{\\mathsf T} A x'
 */
export function printMatrixLatex(graph: MatrixGraph, id: NodeId, mode: PrintMode, root: NodeId = id): string {
  return new Printer(graph, mode, LATEX, root).print(id).text;
}
