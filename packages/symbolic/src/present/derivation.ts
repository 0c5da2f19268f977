import type { Assumption } from '../assumption.js';
import { isSymbolicError } from '../errors.js';
import { FUNCTIONS } from '../functions.js';
import { parse, type Program } from '../parse.js';
import { printLatex, printText } from '../print.js';
import { key, readExpr } from './expr.js';
import { type NamedDefinition, presentDerivative, PRESENT_CHARACTERS } from './present.js';

/**
 * Operations in bp's printed text as written (reading it would already cancel 2·x/(2·y)):
 * binary operators (printed with spaces), function calls and unary minus signs.
 */
function opsOf(text: string): number {
  const count = (pattern: RegExp): number => (text.match(pattern) ?? []).length;
  return count(/ [-+*/^] /g) + count(/[A-Za-z_]\w*\(/g) + count(/(^|[(, ^*/])-/g);
}

/** A presentation step of a derivation: the rule (`cancel`, `collect`, `simplify`, `identity`, `assume`) and its two sides. */
export interface PresentationStep {
  readonly rule: 'cancel' | 'collect' | 'simplify' | 'identity' | 'assume';
  /** For `identity`: which one (`softmax-cross-entropy`, `sigmoid-binary-cross-entropy`, `named-intermediates`). */
  readonly identity?: string;
  /** For `assume`: the assumptions used, as bp writes them (`y_a + y_b + y_c = 1`). */
  readonly assumptions?: readonly string[];
  readonly before: string;
  readonly after: string;
  readonly latexBefore: string;
  readonly latexAfter: string;
}

/** A derivative as presented: in the inputs, in the program's names, their LaTeX, and the steps that got there. */
export interface PresentedDerivative {
  readonly inputs: string;
  readonly named: string;
  readonly latex: string;
  readonly namedLatex: string;
  readonly steps: readonly PresentationStep[];
  /** The assumptions the forms above use (none when empty): they are right only where these hold. */
  readonly assumptions: readonly string[];
  /** With assumptions used: the exact form in the program's names, right at every point. */
  readonly general?: string;
  /**
   * When `inputs` only reorders the derived form (`2 * y * x` → `2 * x * y`): the two sides, which
   * are not a step of their own; the caller folds the order into the last rule step, or else keeps
   * the derived order (see {@link keepDerivedOrder}).
   */
  readonly reorder?: { readonly before: string; readonly after: string; readonly latexBefore: string; readonly latexAfter: string };
}

/** The tokens of a printed form, sorted: equal for two forms that differ only in order. */
function tokens(text: string): string {
  return (text.match(/[A-Za-z_]\w*|\d+(?:\.\d+)?(?:e[-+]?\d+)?|\S/g) ?? []).sort().join(' ');
}

/** Whether two printed forms differ only in the order of terms and factors. */
function reorderOnly(a: string, b: string): boolean {
  return a !== b && tokens(a) === tokens(b) && key(readExpr(a)) === key(readExpr(b));
}

/**
 * The presentation with the derived order kept, for a caller that cannot fold its reordering
 * into a rule step: every form that was only the sorted `inputs` goes back to the derived one.
 */
export function keepDerivedOrder(shown: PresentedDerivative): PresentedDerivative {
  const r = shown.reorder;
  if (r === undefined) return shown;
  const back = (text: string): string => (text === r.after ? r.before : text);
  const backLatex = (latex: string): string => (latex === r.latexAfter ? r.latexBefore : latex);
  return {
    ...shown, inputs: back(shown.inputs), named: back(shown.named), latex: backLatex(shown.latex), namedLatex: backLatex(shown.namedLatex),
    steps: shown.steps.map((s) => ({ ...s, before: back(s.before), latexBefore: backLatex(s.latexBefore) })),
  };
}

/** LaTeX of a presentation text, through bp's own parser and printer (which keep its shape). */
function latexOf(text: string): string {
  const program = parse(text);
  return printLatex(program.graph, program.output);
}

/** Programs with more named values than this are presented without folding names back in (see {@link definitions}). */
const MAX_DEFINITIONS = 64;

const spelled = new WeakMap<Program, readonly NamedDefinition[]>();

/** Each named intermediate (not the output) spelled out in the inputs, once per program. */
function definitions(program: Program): readonly NamedDefinition[] {
  let out = spelled.get(program);
  if (out === undefined) {
    out = spellOut(program);
    spelled.set(program, out);
  }
  return out;
}

function spellOut(program: Program): NamedDefinition[] {
  const out: NamedDefinition[] = [];
  // Each name spelled out costs up to its whole history, so a long program gets none (its
  // derivative keeps bp's own names); a short one is spelled out on a private extension, since
  // spelling out builds nodes and a program never changes.
  if (program.definitions.size > MAX_DEFINITIONS) return out;
  const graph = program.graph.extend();
  for (const [name, id] of program.definitions) {
    if (id === program.output || graph.isConstant[id]) continue;
    const text = printText(graph, graph.expandNames(id));
    if (text.length <= PRESENT_CHARACTERS) out.push({ name, text });
  }
  return out;
}

/** Which learner's identity a program's names turn its derivative into, by the functions it uses. */
function identityName(program: Program): string {
  const calls = new Set<string>();
  for (const id of program.graph.reachable([program.output])) {
    const node = program.graph.node(id);
    if (node.op === 'call' && FUNCTIONS.has(node.name!)) calls.add(node.name!);
  }
  if (calls.has('log') && calls.has('sigmoid')) return 'sigmoid-binary-cross-entropy';
  if (calls.has('log') && calls.has('exp')) return 'softmax-cross-entropy';
  return 'named-intermediates';
}

/** `collect` when like factors became powers or like terms merged, `cancel` when common factors went, `simplify` otherwise. */
function ruleOf(before: string, after: string): PresentationStep['rule'] {
  const count = (t: string, pattern: RegExp): number => (t.match(pattern) ?? []).length;
  if (count(after, /\^/g) > count(before, /\^/g)) return 'collect';
  if (count(after, /[*/]/g) < count(before, /[*/]/g)) return 'cancel';
  if (count(after, / [+-] /g) < count(before, / [+-] /g)) return 'collect';
  return 'simplify';
}

/** bp's derived forms and the presented ones, with their LaTeX. */
interface Forms {
  readonly expanded: string;
  readonly compact: string;
  readonly inputs: string;
  readonly named: string;
  readonly latex: string;
  readonly namedLatex: string;
}

/** Whether two printed forms are the same expression (up to order and like terms). */
export function sameExpression(a: string, b: string): boolean {
  return key(readExpr(a)) === key(readExpr(b));
}

/**
 * The steps from bp's derived forms to the presented ones. For a learner's identity, in the
 * program's names directly when the rules reach the named form from bp's own (as a teacher cancels
 * ((1 − y)/(1 − a) − y/a)·a·(1 − a) to a − y without spelling a out); otherwise through the
 * inputs: the rewrite there, then the names folded back in.
 */
function rewriteSteps(program: Program, f: Forms): PresentationStep[] {
  const identity = identityName(program);
  // Only for a learner's identity (σ with BCE, softmax with CE): presenting the named form is a
  // second simplification, which programs of many names would pay on every input.
  const inNames = identity !== 'named-intermediates' && f.compact !== f.expanded && f.named !== f.compact && f.named !== f.inputs;
  if (inNames && sameExpression(presentDerivative(f.compact).inputs, f.named)) {
    return [{ rule: 'identity', identity, before: f.compact, after: f.named, latexBefore: latexOf(f.compact), latexAfter: f.namedLatex }];
  }
  const steps: PresentationStep[] = [];
  if (f.inputs !== f.expanded && !reorderOnly(f.expanded, f.inputs)) {
    steps.push({ rule: ruleOf(f.expanded, f.inputs), before: f.expanded, after: f.inputs, latexBefore: latexOf(f.expanded), latexAfter: f.latex });
  }
  if (f.named !== f.compact && f.named !== f.inputs) {
    steps.push({ rule: 'identity', identity, before: f.inputs, after: f.named, latexBefore: f.latex, latexAfter: f.namedLatex });
  }
  return steps;
}

/** The `assume` step: the exact named form rewritten with the assumptions, saying which. */
function assumeStep(before: string, beforeLatex: string, after: string, used: readonly string[]): PresentationStep {
  return { rule: 'assume', assumptions: used, before, after, latexBefore: beforeLatex, latexAfter: latexOf(after) };
}

/**
 * The derivative as a teacher writes it, when it is short enough to be worth it (bp's compact or
 * δ form is kept otherwise, so deep programs stay linear in size): the presentation rules applied
 * to the expanded derivative, then the program's names folded back in, then (as a step of its
 * own, which says so) the assumptions the user stated.
 * @returns undefined when the derivative is too long or the rules do not change it.
 */
export function presentDerivation(
  program: Program, expanded: string, compact: string, assumptions: readonly Assumption[] = [],
): PresentedDerivative | undefined {
  if (expanded.length > PRESENT_CHARACTERS) return undefined;
  try {
    const shown = presentDerivative(expanded, definitions(program), assumptions);
    // A form no longer than bp's own is shown (sorted terms and factors, the order a teacher writes).
    const inputs = opsOf(shown.inputs) <= opsOf(expanded) ? shown.inputs : expanded;
    // A form that only reorders bp's own is no step: its order goes into the last rule step.
    const shorter = opsOf(shown.named) <= opsOf(compact) && !reorderOnly(compact, shown.named);
    const named = shorter ? shown.named : compact === expanded ? inputs : compact;
    if (inputs === expanded && named === compact && shown.assumed === undefined) return undefined;
    const latex = latexOf(inputs);
    const reordered = reorderOnly(expanded, inputs);
    const reorder = reordered ? { reorder: { before: expanded, after: inputs, latexBefore: latexOf(expanded), latexAfter: latex } } : {};
    const namedLatex = named === inputs ? latex : latexOf(named);
    const steps = rewriteSteps(program, { expanded, compact, inputs, named, latex, namedLatex });
    if (shown.assumed === undefined) return { inputs, named, latex, namedLatex, steps, assumptions: [], ...reorder };
    const step = assumeStep(named, namedLatex, shown.assumed.named, shown.assumed.used);
    const assumedLatex = latexOf(shown.assumed.inputs);
    return {
      inputs: shown.assumed.inputs, named: shown.assumed.named, latex: assumedLatex, namedLatex: step.latexAfter,
      steps: [...steps, step], assumptions: shown.assumed.used, general: named, ...reorder,
    };
  } catch (error) {
    if (isSymbolicError(error)) return undefined;
    throw error;
  }
}
