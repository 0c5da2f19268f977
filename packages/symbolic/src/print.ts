import { isSymbolicError, SymbolicError } from './errors.js';
import { operationOf, type NodeId } from './functions.js';
import { Level, type Printed } from './ops/spec.js';
import type { Graph } from './graph.js';

/** How names are used when printing: `expanded` spells everything in the inputs; `compact` uses intermediates' names. */
export type PrintMode = 'expanded' | 'compact';

/** Printed expressions longer than this are refused rather than filling memory (a DAG can expand exponentially). */
export const MAX_TEXT = 4_000_000;

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
  if (name.startsWith('δ_')) return `\\delta_{${latexName(name.slice(2))}}`;
  // δ2_h: a second backward quantity of h (of a gradient component, or a name the program took).
  const nth = /^δ(\d+)_(.+)$/u.exec(name);
  if (nth) return `\\delta^{(${nth[1]!})}_{${latexName(nth[2]!)}}`;
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

function tooLarge(limit: number): SymbolicError {
  return new SymbolicError('too-large', `the expression would print to more than ${limit} characters; use the compact form with named intermediates`);
}

type Combine = (graph: Graph, id: NodeId, args: readonly Printed[]) => Printed;

/**
 * Prints many nodes of one graph, each subexpression once: a node's text is built from its
 * arguments' memoized texts (V8 concatenates strings as ropes), so printing every node of a
 * derivation costs time linear in the graph rather than in the sum of the texts' lengths.
 * Iterative, so deep graphs print.
 */
export class Printer {
  private readonly memo = new Map<NodeId, Printed>();
  private readonly leaf: (id: NodeId) => Printed | undefined;
  private readonly combine: Combine;

  /**
   * @param mode `compact` prints named intermediates as their names.
   * @param limit The longest text printed; longer is refused with `too-large`.
   * @param labels The names compact mode prints nodes by (default the program's own, `graph.labels`);
   *   a `name` node without one prints as its own name.
   */
  constructor(
    private readonly graph: Graph,
    mode: PrintMode,
    format: 'text' | 'latex',
    private readonly limit: number = MAX_TEXT,
    labels: ReadonlyMap<NodeId, string> = graph.labels,
  ) {
    this.leaf = labelLeaf(graph, mode, labels, format === 'text' ? (label) => label : latexName);
    this.combine = format === 'text' ? combineText : combineLatex;
  }

  /**
   * The node's text; with `expandRoot`, a named root is spelled out rather than printed as its name.
   * @throws {SymbolicError} `too-large` when the text would be longer than the printer's limit.
   */
  print(root: NodeId, expandRoot = false): string {
    if (expandRoot && this.leaf(root) !== undefined) {
      const args = this.graph.node(root).args.map((arg) => this.printed(arg));
      return this.checked(this.combine(this.graph, root, args)).text;
    }
    return this.printed(root).text;
  }

  private checked(printed: Printed): Printed {
    if (printed.text.length > this.limit) throw tooLarge(this.limit);
    return printed;
  }

  private printed(root: NodeId): Printed {
    const memo = this.memo;
    const stack = [root];
    while (stack.length > 0) {
      const id = stack[stack.length - 1]!;
      if (memo.has(id)) {
        stack.pop();
        continue;
      }
      const asLeaf = this.leaf(id);
      const args = asLeaf === undefined ? this.graph.node(id).args : [];
      const missing = args.filter((arg) => !memo.has(arg));
      if (missing.length > 0) {
        stack.push(...missing);
        continue;
      }
      stack.pop();
      memo.set(id, asLeaf ?? this.checked(this.combine(this.graph, id, args.map((arg) => memo.get(arg)!))));
    }
    return memo.get(root)!;
  }
}

/** A constant, an input or a name as text (`latex` for LaTeX); any other node by its operation's spec. */
function combine(format: 'text' | 'latex'): Combine {
  return (graph, id, args) => {
    const node = graph.node(id);
    switch (node.op) {
      case 'const': {
        const value = node.value!;
        return { text: format === 'text' ? String(value) : latexNumber(value), level: value < 0 ? Level.Unary : Level.Atom, negative: value < 0, number: true };
      }
      case 'input':
        return { text: format === 'text' ? node.name! : latexName(node.name!), level: Level.Atom, negative: false };
      case 'name':
        // The definition's text, but no longer a literal or a scaled product: a name is opaque to the simplifier.
        return { text: args[0]!.text, level: args[0]!.level, negative: args[0]!.negative };
      default: {
        const operation = operationOf(node)!;
        return format === 'text' ? operation.text(args) : operation.tex(args);
      }
    }
  };
}

const combineText: Combine = combine('text');
const combineLatex: Combine = combine('latex');

function labelLeaf(graph: Graph, mode: PrintMode, labels: ReadonlyMap<NodeId, string>, name: (label: string) => string) {
  return (id: NodeId): Printed | undefined => {
    if (mode !== 'compact') return undefined;
    const label = labels.get(id) ?? (graph.node(id).op === 'name' ? graph.node(id).name : undefined);
    return label === undefined ? undefined : { text: name(label), level: Level.Atom, negative: false };
  };
}

/**
 * A node as text that mathjs (and bp) parse back to the same function; iterative, so deep graphs print.
 * In `compact` mode named intermediates print as their names; `expandRoot` spells out the root itself
 * even when it has a name (to print an assignment's right-hand side). `labels` replaces the names
 * compact mode prints nodes by (default the program's own); the graph is never changed.
 * @throws {SymbolicError} `too-large` when the expanded text would exceed {@link MAX_TEXT} characters.
 * @example
 * const { graph, output, definitions } = parse('a = x*y; c = a^2');
 * printText(graph, output, 'compact', true); // → 'a ^ 2'
 * printText(graph, output, 'compact', true, new Map([[definitions.get('a')!, 'u']])); // → 'u ^ 2'
 */
export function printText(
  graph: Graph, root: NodeId, mode: PrintMode = 'expanded', expandRoot = false, labels: ReadonlyMap<NodeId, string> = graph.labels,
): string {
  return new Printer(graph, mode, 'text', MAX_TEXT, labels).print(root, expandRoot);
}

/** Whether a node's compact text fits in `limit` characters (a long derivative is written in δ lines instead). */
export function fitsInCompact(graph: Graph, root: NodeId, limit: number): boolean {
  try {
    new Printer(graph, 'compact', 'text', limit).print(root);
    return true;
  } catch (error) {
    if (isSymbolicError(error) && error.code === 'too-large') return false;
    throw error;
  }
}

/**
 * A node as KaTeX-compatible LaTeX, with the same modes and `labels` as {@link printText}.
 * @throws {SymbolicError} `too-large` when the expanded text would exceed {@link MAX_TEXT} characters.
 */
export function printLatex(
  graph: Graph, root: NodeId, mode: PrintMode = 'expanded', expandRoot = false, labels: ReadonlyMap<NodeId, string> = graph.labels,
): string {
  return new Printer(graph, mode, 'latex', MAX_TEXT, labels).print(root, expandRoot);
}
