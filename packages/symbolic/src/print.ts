import { SymbolicError } from './errors.js';
import { FUNCTIONS, type NodeId } from './functions.js';
import type { Graph } from './graph.js';

/** How names are used when printing: `expanded` spells everything in the inputs; `compact` uses intermediates' names. */
export type PrintMode = 'expanded' | 'compact';

/** Printed expressions longer than this are refused rather than filling memory (a DAG can expand exponentially). */
export const MAX_TEXT = 4_000_000;

const enum Level {
  Sum = 1,
  Product = 2,
  Unary = 3,
  Power = 4,
  Atom = 5,
}

interface Printed {
  readonly text: string;
  readonly level: Level;
  /** True for a leading minus sign (a negation or a negative number). */
  readonly negative: boolean;
}

const GREEK = new Set([
  'alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota', 'kappa', 'lambda', 'mu', 'nu',
  'xi', 'rho', 'sigma', 'tau', 'upsilon', 'phi', 'chi', 'psi', 'omega', 'Gamma', 'Delta', 'Theta', 'Lambda',
  'Xi', 'Sigma', 'Upsilon', 'Phi', 'Psi', 'Omega',
]);

/**
 * A variable name as KaTeX-compatible LaTeX: Greek letters as symbols, `x1`/`x_1` subscripted,
 * longer names upright.
 * @example
 * latexName('alpha'); // → '\\alpha'
 * latexName('w_12'); // → 'w_{12}'
 */
export function latexName(name: string): string {
  if (GREEK.has(name)) return `\\${name}`;
  const indexed = /^([A-Za-z]|[A-Za-z]+(?=_))_?(\d+|[A-Za-z])$/.exec(name);
  if (indexed) return `${latexName(indexed[1]!)}_{${indexed[2]!}}`;
  if (/^[A-Za-z]$/.test(name)) return name;
  return `\\mathrm{${name.replace(/[_$&%#{}]/g, (c) => `\\${c}`)}}`;
}

/** A number as LaTeX: `1e-7` becomes `1 \times 10^{-7}`. */
function latexNumber(value: number): string {
  const text = String(value);
  const [mantissa, exponent] = text.split('e');
  return exponent === undefined ? text : `${mantissa} \\times 10^{${Number(exponent)}}`;
}

function estimateLength(graph: Graph, order: readonly NodeId[], isLeaf: (id: NodeId) => boolean): void {
  const length = new Map<NodeId, number>();
  for (const id of order) {
    let total = 8;
    if (!isLeaf(id)) for (const arg of graph.node(id).args) total += length.get(arg) ?? 0;
    if (total > MAX_TEXT) {
      throw new SymbolicError('too-large', `the expression would print to more than ${MAX_TEXT} characters; use the compact form with named intermediates`);
    }
    length.set(id, total);
  }
}

type Combine = (graph: Graph, id: NodeId, args: readonly Printed[]) => Printed;

function render(graph: Graph, root: NodeId, expandRoot: boolean, leaf: (id: NodeId) => Printed | undefined, combine: Combine): string {
  const isLeaf = (id: NodeId): boolean => (id !== root || !expandRoot) && leaf(id) !== undefined;
  const order = graph.reachable([root], isLeaf);
  estimateLength(graph, order, isLeaf);
  const printed = new Map<NodeId, Printed>();
  for (const id of order) {
    const asLeaf = isLeaf(id) ? leaf(id) : undefined;
    printed.set(id, asLeaf ?? combine(graph, id, graph.node(id).args.map((a) => printed.get(a)!)));
  }
  return printed.get(root)!.text;
}

const wrap = (p: Printed, when: boolean, open = '(', close = ')'): string => (when ? `${open}${p.text}${close}` : p.text);

/** Whether a product is c1 * (c2 * t) with two numbers, which the simplifier keeps only when c1·c2 overflows. */
function isScaledProduct(graph: Graph, id: NodeId): boolean {
  const [a, b] = graph.node(id).args as [NodeId, NodeId];
  const inner = graph.node(b);
  return graph.numberOf(a) !== undefined && inner.op === 'mul' && graph.numberOf(inner.args[0]!) !== undefined;
}

const combineText: Combine = (graph, id, args) => {
  const node = graph.node(id);
  const [a, b] = args as [Printed, Printed];
  switch (node.op) {
    case 'const':
      return { text: String(node.value), level: node.value! < 0 ? Level.Unary : Level.Atom, negative: node.value! < 0 };
    case 'input':
      return { text: node.name!, level: Level.Atom, negative: false };
    case 'name':
      return a;
    case 'add':
      return { text: `${a.text} + ${wrap(b, b.negative)}`, level: Level.Sum, negative: a.negative };
    case 'sub':
      return { text: `${a.text} - ${wrap(b, b.level <= Level.Sum || b.negative)}`, level: Level.Sum, negative: a.negative };
    case 'mul':
      return {
        // c1 * (c2 * t) stays grouped: it exists only because c1·c2 overflows, and must parse back so.
        text: `${wrap(a, a.level < Level.Product)} * ${wrap(b, b.level < Level.Product || b.negative || isScaledProduct(graph, id))}`,
        level: Level.Product,
        negative: a.negative && a.level >= Level.Product,
      };
    case 'div':
      return {
        text: `${wrap(a, a.level < Level.Product)} / ${wrap(b, b.level <= Level.Product || b.negative)}`,
        level: Level.Product,
        negative: a.negative && a.level >= Level.Product,
      };
    case 'neg':
      return { text: `-${wrap(a, a.level <= Level.Sum || a.negative)}`, level: Level.Unary, negative: true };
    case 'pow':
      return { text: `${wrap(a, a.level < Level.Atom)} ^ ${wrap(b, b.level < Level.Atom)}`, level: Level.Power, negative: false };
    case 'call':
      return {
        text: args.length === 0 ? node.name! : `${node.name!}(${args.map((x) => x.text).join(', ')})`,
        level: Level.Atom,
        negative: false,
      };
  }
};

const combineLatex: Combine = (graph, id, args) => {
  const node = graph.node(id);
  const [a, b] = args as [Printed, Printed];
  const paren = (p: Printed, when: boolean): string => wrap(p, when, '\\left(', '\\right)');
  switch (node.op) {
    case 'const':
      return { text: latexNumber(node.value!), level: node.value! < 0 ? Level.Unary : Level.Atom, negative: node.value! < 0 };
    case 'input':
      return { text: latexName(node.name!), level: Level.Atom, negative: false };
    case 'name':
      return a;
    case 'add':
      return { text: `${a.text} + ${paren(b, b.negative)}`, level: Level.Sum, negative: a.negative };
    case 'sub':
      return { text: `${a.text} - ${paren(b, b.level <= Level.Sum || b.negative)}`, level: Level.Sum, negative: a.negative };
    case 'mul':
      return {
        text: `${paren(a, a.level < Level.Product)} \\cdot ${paren(b, b.level < Level.Product || b.negative)}`,
        level: Level.Product,
        negative: a.negative && a.level >= Level.Product,
      };
    case 'div':
      return { text: `\\frac{${a.text}}{${b.text}}`, level: Level.Atom, negative: false };
    case 'neg':
      return { text: `-${paren(a, a.level <= Level.Sum || a.negative)}`, level: Level.Unary, negative: true };
    case 'pow':
      return { text: `{${paren(a, a.level < Level.Atom)}}^{${b.text}}`, level: Level.Power, negative: false };
    case 'call': {
      const spec = FUNCTIONS.get(node.name!)!;
      return { text: spec.latex(args.map((x) => x.text)), level: Level.Atom, negative: false };
    }
  }
};

function labelLeaf(graph: Graph, mode: PrintMode, name: (label: string) => string) {
  return (id: NodeId): Printed | undefined => {
    if (mode !== 'compact') return undefined;
    const label = graph.labels.get(id);
    return label === undefined ? undefined : { text: name(label), level: Level.Atom, negative: false };
  };
}

/**
 * A node as text that mathjs (and bp) parse back to the same function; iterative, so deep graphs print.
 * In `compact` mode named intermediates print as their names; `expandRoot` spells out the root itself
 * even when it has a name (to print an assignment's right-hand side).
 * @throws {SymbolicError} `too-large` when the expanded text would exceed {@link MAX_TEXT} characters.
 */
export function printText(graph: Graph, root: NodeId, mode: PrintMode = 'expanded', expandRoot = false): string {
  return render(graph, root, expandRoot, labelLeaf(graph, mode, (label) => label), combineText);
}

/**
 * A node as KaTeX-compatible LaTeX.
 * @throws {SymbolicError} `too-large` when the expanded text would exceed {@link MAX_TEXT} characters.
 */
export function printLatex(graph: Graph, root: NodeId, mode: PrintMode = 'expanded', expandRoot = false): string {
  return render(graph, root, expandRoot, labelLeaf(graph, mode, latexName), combineLatex);
}
