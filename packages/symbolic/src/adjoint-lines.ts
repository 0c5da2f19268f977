import type { Backprop, BackpropNode } from './backprop.js';
import type { NodeId } from './functions.js';
import { latexName } from './print.js';

/** One edge into a node of the backward pass: the consumer that reads it and the local derivative. */
export interface LocalTerm {
  /** The node that reads this one (∂from/∂node is the local derivative). */
  readonly from: string;
  /** The consumer's δ name, or undefined when the consumer is the output (its δ is 1). */
  readonly upstream?: string;
  /** ∂from/∂node in the visible nodes' names. */
  readonly local: string;
  readonly localLatex: string;
  /** Whether the local derivative is one symbol or number (then it is written inline, not on a line of its own). */
  readonly atomic: boolean;
  /** ∂from/∂node at the point, when one was given. */
  readonly localValue?: number;
}

/** One line of the backward pass in δ names: an intermediate's δ, or an input's partial. */
export interface AdjointLine {
  readonly id: NodeId;
  readonly label: string;
  readonly kind: 'input' | 'intermediate';
  /** `δ_z` for an intermediate; undefined for an input, whose line is ∂L/∂x itself. */
  readonly delta?: string;
  /** One term per consumer: the sum of upstream δ × local derivative is this line. */
  readonly terms: readonly LocalTerm[];
  /** The line in earlier δ names with each local derivative written in: `δ_a * a * (1 - a)`. */
  readonly text: string;
  readonly latex: string;
  /** ∂output/∂node at the point, when one was given. */
  readonly value?: number;
}

/** Whether a printed expression is a sum or difference at its top level (then a factor needs parentheses). */
function isSum(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (depth === 0 && (c === '+' || c === '-') && i > 0 && text[i - 1] === ' ') return true;
  }
  return text.startsWith('-');
}

/** A term `δ_v * local` in text and LaTeX, dropping a factor 1 and bracketing a sum. */
function product(term: LocalTerm, localText: string, localLatex: string, sum: boolean): [string, string] {
  if (term.upstream === undefined) return [localText, localLatex];
  const deltaTex = latexName(term.upstream);
  if (localText === '1') return [term.upstream, deltaTex];
  if (sum) return [`${term.upstream} * (${localText})`, `${deltaTex} \\cdot \\left(${localLatex}\\right)`];
  return [`${term.upstream} * ${localText}`, `${deltaTex} \\cdot ${localLatex}`];
}

/**
 * Joins terms into one sum in text and LaTeX. `written` gives each term's local derivative as
 * the line shows it (the formula, or its ∂ name when the formula has a line of its own).
 */
export function sumOfTerms(
  terms: readonly LocalTerm[],
  written: (term: LocalTerm) => { text: string; latex: string; sum: boolean },
): { text: string; latex: string } {
  const parts = terms.map((term) => {
    const w = written(term);
    return product(term, w.text, w.latex, w.sum);
  });
  return { text: parts.map((p) => p[0]).join(' + ') || '0', latex: parts.map((p) => p[1]).join(' + ') || '0' };
}

/** An unused δ name for a node: `δ_z`, or `δ2_z`… when the program already uses it. */
function deltaName(label: string, taken: Set<string>): string {
  let name = `δ_${label}`;
  for (let k = 2; taken.has(name); k++) name = `δ${k}_${label}`;
  taken.add(name);
  return name;
}

/**
 * The backward pass as a teacher writes it (seed 003's δ notation): from the output down, each
 * intermediate's δ_u = ∂L/∂u = Σ δ_v · ∂v/∂u over the nodes v that read u, then each input's
 * ∂L/∂x in the same way. Every line refers only to earlier δ names, so the lines grow with the
 * program (one term per edge), never with the depth of the expansion.
 * @example
 * const lines = adjointLines(backprop('z = w*x + b; a = sigmoid(z); L = (y - a)^2 / 2'));
 * lines.map((l) => `${l.delta ?? l.label} = ${l.text}`).join('; ');
 * // → 'δ_a = a - y; δ_z = δ_a * a * (1 - a); w = δ_z * x; x = δ_z * w; b = δ_z; y = y - a'
 */
export function adjointLines(bp: Backprop): AdjointLine[] {
  const byId = new Map<NodeId, BackpropNode>(bp.nodes.map((n) => [n.id, n]));
  const taken = new Set<string>(bp.nodes.map((n) => n.label));
  const deltas = new Map<NodeId, string>();
  const into = new Map<NodeId, LocalTerm[]>();
  const lines: AdjointLine[] = [];
  const ordered = [...bp.nodes].reverse();
  for (const node of ordered) {
    if (node.kind === 'output') continue;
    if (node.kind === 'intermediate') deltas.set(node.id, deltaName(node.label, taken));
  }
  for (const c of bp.contributions) {
    const upstream = c.from === bp.output ? undefined : deltas.get(c.from);
    const term: LocalTerm = {
      from: byId.get(c.from)!.label,
      ...(upstream === undefined ? {} : { upstream }),
      local: c.local,
      localLatex: c.localLatex,
      atomic: /^[\p{L}\p{N}_.$]+$/u.test(c.local),
      ...(c.localValue === undefined ? {} : { localValue: c.localValue }),
    };
    const list = into.get(c.to);
    if (list === undefined) into.set(c.to, [term]);
    else list.push(term);
  }
  const inputs: AdjointLine[] = [];
  for (const node of ordered) {
    if (node.kind === 'output') continue;
    const terms = into.get(node.id) ?? [];
    // A source that is one input is its own output: ∂x/∂x = 1.
    const { text, latex } = node.id === bp.output
      ? { text: '1', latex: '1' }
      : sumOfTerms(terms, (t) => ({ text: t.local, latex: t.localLatex, sum: isSum(t.local) }));
    const delta = deltas.get(node.id);
    const line: AdjointLine = {
      id: node.id, label: node.label, kind: node.kind === 'input' ? 'input' : 'intermediate',
      ...(delta === undefined ? {} : { delta }),
      terms, text, latex,
      ...(node.adjointValue === undefined ? {} : { value: node.adjointValue }),
    };
    (node.kind === 'input' ? inputs : lines).push(line);
  }
  // Inputs last, in the program's order, as the gradient is listed.
  const order = new Map(bp.program.inputs.map((name, i) => [name, i]));
  inputs.sort((a, b) => (order.get(a.label) ?? 0) - (order.get(b.label) ?? 0));
  return [...lines, ...inputs];
}

/** Whether a local derivative's text needs parentheses as a factor. */
export function needsParentheses(text: string): boolean {
  return isSum(text);
}
