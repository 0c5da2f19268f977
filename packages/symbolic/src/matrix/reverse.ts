import { SymbolicError } from '../errors.js';
import { FUNCTIONS, type Builder, type NodeId } from '../functions.js';
import type { MatrixGraph } from './graph.js';
import { parseMatrix, type MatrixProgram } from './parse.js';
import { printMatrixLatex, printMatrixText } from './print.js';
import { formatShape, isScalarShape, sameShape, type Shape } from './shape.js';

/** One contribution of reverse mode: which matrix rule sent how much adjoint to which argument. */
export interface MatrixStep {
  /** `matrix-product`, `transpose`, `elementwise`, `broadcast`, `sum`, `trace`, `softmax`, `sum-over-paths`, … */
  readonly rule: string;
  /** The expression the rule differentiates, in the program's names. */
  readonly expression: string;
  /** The argument (or variable) that receives the adjoint. */
  readonly wrt: string;
  /** The adjoint it receives, in mathjs syntax. */
  readonly result: string;
  /** The shape of the argument: the adjoint has this shape (a smaller one broadcasts to it). */
  readonly shape: readonly [number, number];
  /** The step as one line of LaTeX. */
  readonly latex: string;
}

/** Reverse mode over a matrix program, on its own copy of the graph. */
export interface MatrixBackprop {
  readonly program: MatrixProgram;
  /** The graph holding the program and its adjoints (not the program's own graph, which stays as parsed). */
  readonly graph: MatrixGraph;
  readonly output: NodeId;
  /** Each input's gradient node, with the input's shape. */
  readonly gradient: ReadonlyMap<string, NodeId>;
  /** Each named intermediate's adjoint (∂L/∂Z for `Z = ...`), with the intermediate's shape. */
  readonly intermediates: ReadonlyMap<string, NodeId>;
  /** ∂L/∂node for every node of the program the output depends on, with the node's shape. */
  readonly adjoints: ReadonlyMap<NodeId, NodeId>;
  /** Every contribution, from the output back to the inputs. */
  readonly steps: readonly (MatrixStep & { readonly node: NodeId; readonly target: NodeId })[];
}

/** The element-wise graph constructors the scalar function table writes its local derivatives with. */
function elementwise(g: MatrixGraph): Builder {
  return {
    constant: (value) => g.constant(value),
    add: (a, b) => g.add(a, b),
    sub: (a, b) => g.sub(a, b),
    mul: (a, b) => g.emul(a, b),
    div: (a, b) => g.ediv(a, b),
    neg: (a) => g.neg(a),
    pow: (a, b) => g.epow(a, b),
    call: (name, args) => g.map(name, args),
  };
}

/** Nodes whose value depends on some input: the only ones that need an adjoint. */
function liveNodes(g: MatrixGraph, output: NodeId): boolean[] {
  const live: boolean[] = [];
  for (let id = 0; id <= output; id++) {
    const n = g.node(id);
    live[id] = n.op === 'input' || n.args.some((arg) => live[arg] === true);
  }
  return live;
}

class Sweep {
  readonly contributions = new Map<NodeId, { value: NodeId; rule: string; from: NodeId }[]>();
  private readonly b: Builder;

  constructor(
    readonly g: MatrixGraph,
    private readonly live: readonly boolean[],
  ) {
    this.b = elementwise(g);
  }

  /** G spread to the full shape, for rules that need every entry (products, reductions). */
  expand(x: NodeId, shape: Shape): NodeId {
    return sameShape(this.g.shape(x), shape) ? x : this.g.emul(x, this.g.ones(shape));
  }

  /** An adjoint of the result's shape summed down to an argument's shape (the broadcast rule). */
  private reduceTo(x: NodeId, arg: Shape, result: Shape): NodeId {
    if (sameShape(this.g.shape(x), arg) || sameShape(arg, result)) return x;
    const full = this.expand(x, result);
    if (isScalarShape(arg)) return this.g.reduce('sum', full);
    return this.g.reduce(arg[1] === 1 ? 'row-sums' : 'column-sums', full);
  }

  private send(target: NodeId, value: NodeId, rule: string, from: NodeId, result?: Shape): void {
    if (!this.live[target]) return;
    const shape = this.g.shape(target);
    const reduced = result === undefined ? value : this.reduceTo(value, shape, result);
    const broadcast = result !== undefined && !sameShape(shape, result);
    const list = this.contributions.get(target) ?? [];
    list.push({ value: reduced, rule: broadcast ? 'broadcast' : rule, from });
    this.contributions.set(target, list);
  }

  /** Applies the matrix rule of node `id` to its adjoint `G`. */
  visit(id: NodeId, G: NodeId): void {
    const g = this.g;
    const n = g.node(id);
    const [a, b] = n.args as [NodeId, NodeId];
    switch (n.op) {
      case 'matmul':
        this.send(a, g.matmul(this.expand(G, n.shape), g.transpose(b)), 'matrix-product', id);
        this.send(b, g.matmul(g.transpose(a), this.expand(G, n.shape)), 'matrix-product', id);
        return;
      case 'transpose': return this.send(a, g.transpose(G), 'transpose', id);
      case 'add':
      case 'sub':
        this.send(a, G, n.op === 'add' ? 'sum' : 'difference', id, n.shape);
        this.send(b, n.op === 'add' ? G : g.neg(G), n.op === 'add' ? 'sum' : 'difference', id, n.shape);
        return;
      case 'emul':
        this.send(a, g.emul(G, b), 'elementwise', id, n.shape);
        this.send(b, g.emul(G, a), 'elementwise', id, n.shape);
        return;
      case 'ediv':
        this.send(a, g.ediv(G, b), 'elementwise', id, n.shape);
        this.send(b, g.neg(g.ediv(g.emul(G, id), b)), 'elementwise', id, n.shape);
        return;
      case 'epow':
      case 'map':
        return this.elementwiseFunction(id, G);
      default:
        return this.reduction(id, G);
    }
  }

  private elementwiseFunction(id: NodeId, G: NodeId): void {
    const g = this.g;
    const n = g.node(id);
    const arg = g.node(n.args[0]!);
    if (n.op === 'map' && n.name === 'log' && n.args.length === 1 && arg.op === 'softmax') {
      // log(softmax(Z)) = Z - logsumexp(Z): its rule needs no division by the probabilities.
      const sums = g.reduce('column-sums', this.expand(G, n.shape));
      this.send(arg.args[0]!, g.sub(G, g.emul(n.args[0]!, sums)), 'log-softmax', id);
      return;
    }
    const spec = FUNCTIONS.get(n.op === 'epow' ? 'pow' : n.name!)!;
    n.args.forEach((x, i) => {
      if (!this.live[x]) return;
      this.send(x, g.emul(G, spec.partial(this.b, n.args, id, i)), 'elementwise', id, n.shape);
    });
  }

  private reduction(id: NodeId, G: NodeId): void {
    const g = this.g;
    const n = g.node(id);
    const [a, b] = n.args as [NodeId, NodeId];
    const shape = g.shape(a);
    switch (n.op) {
      case 'sum':
      case 'column-sums':
      case 'row-sums':
        return this.send(a, G, 'sum', id);
      case 'mean': return this.send(a, g.ediv(G, g.constant(shape[0] * shape[1])), 'mean', id);
      case 'trace': return this.send(a, g.emul(G, g.identity(shape[0])), 'trace', id);
      case 'dot': {
        const orient = (x: NodeId, like: NodeId): NodeId => (sameShape(g.shape(x), g.shape(like)) ? x : g.transpose(x));
        this.send(a, g.emul(G, orient(b, a)), 'dot', id);
        this.send(b, g.emul(G, orient(a, b)), 'dot', id);
        return;
      }
      case 'norm': return this.send(a, g.emul(g.ediv(G, id), a), 'norm', id);
      case 'softmax': {
        const inner = g.reduce('column-sums', this.expand(g.emul(G, id), n.shape));
        return this.send(a, g.emul(id, g.sub(G, inner)), 'softmax', id);
      }
      case 'logsumexp': return this.send(a, g.emul(g.softmax(a), G), 'logsumexp', id);
      default:
    }
  }
}

/**
 * Reverse mode over a matrix program: seeds ∂L/∂L = 1 at the scalar output and applies each
 * matrix rule backwards (∂L/∂A = G·Bᵀ and ∂L/∂B = Aᵀ·G for C = A·B, ⊙ f′ for element-wise
 * functions, sums over broadcast columns), summing the paths into every node. The program's own
 * graph is not changed: the adjoints are built on a fresh parse.
 * @throws {SymbolicError} `not-scalar` when the output is not 1×1, with the output's span.
 * @example
 * const b = matrixBackprop(parseMatrix("x'*x", { shapes: { x: [3] } }));
 * printMatrixText(b.graph, b.gradient.get('x')!, 'compact'); // → '2 * x'
 */
export function matrixBackprop(program: MatrixProgram): MatrixBackprop {
  const copy = parseMatrix(program.source, program.options);
  const g = copy.graph;
  const output = copy.output;
  if (!isScalarShape(g.shape(output))) {
    throw new SymbolicError('not-scalar', `a gradient needs a scalar output, found ${formatShape(g.shape(output))}; reduce it with sum(...) or norm(...)`, g.spans.get(output));
  }
  const live = liveNodes(g, output);
  const sweep = new Sweep(g, live);
  const steps: (MatrixStep & { node: NodeId; target: NodeId })[] = [];
  const adjoint = new Map<NodeId, NodeId>([[output, g.constant(1)]]);
  const print = (id: NodeId, root = -1): string => printMatrixText(g, id, 'compact', root);
  for (let id = output; id >= 0; id--) {
    let G = adjoint.get(id);
    const list = sweep.contributions.get(id) ?? [];
    for (const c of list) G = G === undefined ? c.value : g.add(G, c.value);
    if (G === undefined || !live[id]) continue;
    adjoint.set(id, G);
    for (const c of list) {
      steps.push({ rule: c.rule, node: c.from, target: id, expression: print(c.from, c.from), wrt: print(id), result: print(c.value), shape: g.shape(id), latex: stepLatex(g, id, c.value) });
    }
    if (list.length > 1) {
      steps.push({ rule: 'sum-over-paths', node: id, target: id, expression: print(id, id), wrt: print(id), result: print(G), shape: g.shape(id), latex: stepLatex(g, id, G) });
    }
    if (g.node(id).op !== 'input') sweep.visit(id, G);
  }
  const gradient = new Map<string, NodeId>();
  for (const name of copy.inputs) {
    const input = g.inputs.get(name)!;
    gradient.set(name, sweep.expand(adjoint.get(input) ?? g.constant(0), g.shape(input)));
  }
  const intermediates = new Map<string, NodeId>();
  for (const [name, id] of copy.definitions) {
    if (id !== output) intermediates.set(name, sweep.expand(adjoint.get(id) ?? g.constant(0), g.shape(id)));
  }
  if (copy.outputName !== undefined) intermediates.set(copy.outputName, g.constant(1));
  const adjoints = new Map<NodeId, NodeId>();
  for (const [id, G] of adjoint) adjoints.set(id, sweep.expand(G, g.shape(id)));
  return { program: copy, graph: g, output, gradient, intermediates, adjoints, steps };
}

function stepLatex(g: MatrixGraph, target: NodeId, value: NodeId): string {
  const name = printMatrixLatex(g, target, 'compact', -1);
  const wrt = /^\\?[A-Za-z]+(_\{[^}]*\})?$/.test(name) ? name : `\\left(${name}\\right)`;
  return `\\frac{\\partial L}{\\partial ${wrt}} = ${printMatrixLatex(g, value, 'compact', -1)}`;
}
