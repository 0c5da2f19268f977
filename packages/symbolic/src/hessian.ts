import { COMPACT_CHARACTERS, derive, spelledOut, withPresentation, type Adjoint, type Step } from './derive.js';
import { evaluateNodes, kinksAt, pointMap, type Kink, type Point } from './evaluate.js';
import type { NodeId } from './functions.js';
import type { Graph } from './graph.js';
import { gradient } from './gradient.js';
import { derivativeValue } from './internal/derivative-value.js';
import { hessianGraph, type HessianGraph } from './hessian-graph.js';
import type { Program } from './parse.js';
import { fitsInCompact, printLatex, printText } from './print.js';
import { presentDerivation } from './present/derivation.js';
import { toProgram } from './program.js';

/** One second partial ∂²f/∂a∂b, symbolically. */
export interface HessianEntry {
  /** The two inputs, in the order differentiated: first a, then b. */
  readonly wrt: readonly [string, string];
  /** Written in the inputs alone. */
  readonly derivative: string;
  /**
   * In the program's intermediate names where they occur; parses back like `derivative`. When the
   * expression would be long, it is a program: the `adjoints` lines, then the entry in them.
   */
  readonly compact: string;
  readonly latex: string;
  /** The LaTeX of `compact`'s last expression (the `adjoints` carry their own). */
  readonly compactLatex: string;
  /**
   * For a long entry: the δ lines of ∂f/∂a (`δ_z = ∂f/∂z`), the line `delta_a = ∂f/∂a` in them, then
   * the δ lines of differentiating `delta_a` again with respect to b (`δ2_z = ∂delta_a/∂z`).
   */
  readonly adjoints?: readonly Adjoint[];
  /**
   * With `steps: true`: the rule trace of differentiating ∂f/∂a (a named intermediate
   * `delta_a` of the program, δ_a in LaTeX) with respect to b.
   */
  readonly steps?: readonly Step[];
}

/** Every second partial of a program, symbolically. */
export interface SymbolicHessian {
  readonly wrt: readonly string[];
  /** The entries on and above the diagonal, row by row: (x, x), (x, y), (y, y) for wrt x, y. */
  readonly entries: readonly HessianEntry[];
  /** Every entry by its two inputs; `matrix[b][a]` is the same entry as `matrix[a][b]`. */
  readonly matrix: Readonly<Record<string, Readonly<Record<string, HessianEntry>>>>;
}

/** Options for {@link hessian} and {@link hessianAt}. */
export interface HessianOptions {
  /** The inputs to differentiate with respect to; default every input. A name that does not occur gets 0. */
  readonly wrt?: readonly string[];
  /** Also give each entry's rule trace (default `false`): cheap for small programs, long for large ones. */
  readonly steps?: boolean;
  /** Spell entries out in the inputs alone (default `true`); with `false`, `derivative` repeats `compact`. */
  readonly expand?: boolean;
}

/**
 * The name of ∂f/∂a as an intermediate of the program: δ-style, `delta_a` (LaTeX δ_a, the backward
 * quantity of a), made unique against the program's own names.
 */
function gradientName(program: Program, wrt: string): string {
  const taken = new Set([...program.inputs, ...program.definitions.keys()]);
  let name = `delta_${wrt}`;
  while (taken.has(name)) name = `${name}_`;
  return name;
}

/**
 * Steps of ∂²f/∂a∂b: the program's definitions plus `delta_a = <∂f/∂a in compact form>`,
 * differentiated with respect to b by {@link derive}, so the trace names the user's intermediates.
 */
function entrySteps(hg: HessianGraph, a: string, b: string): readonly Step[] {
  const { program, graph } = hg;
  // Every assignment, the output's included: ∂f/∂a may read it (σ′ = s·(1 − s) for s = σ(x)).
  const lines = program.assignments
    .map((assignment) => `${assignment.name} = ${printText(graph, program.definitions.get(assignment.name)!, 'compact', true)}`);
  lines.push(`${gradientName(program, a)} = ${printText(graph, hg.gradient.get(a)!, 'compact')}`);
  return derive(lines.join('\n'), b, { expand: false, maxSteps: 200 }).steps;
}

/** The last expression of a compact form that is δ lines then an expression. */
function lastExpression(compact: string): string {
  return compact.slice(compact.lastIndexOf('; ') + 1).trim();
}

/**
 * A long entry as derive writes a long derivative, so its size grows linearly with the program:
 * ∂f/∂a in δ lines and a line `delta_a = …`, then that program differentiated with respect to b.
 */
function namedEntry(hg: HessianGraph, a: string, b: string): { adjoints: Adjoint[]; result: string; resultLatex: string; steps: readonly Step[] } {
  const { program, graph } = hg;
  const first = derive(program, a, { expand: false, adjoints: true });
  const firstLines = first.adjoints ?? [];
  const gradientLine: Adjoint = { name: gradientName(program, a), of: a, expression: lastExpression(first.compact), latex: first.compactLatex };
  const lines = program.assignments
    .map((assignment) => `${assignment.name} = ${printText(graph, program.definitions.get(assignment.name)!, 'compact', true)}`);
  for (const line of [...firstLines, gradientLine]) lines.push(`${line.name} = ${line.expression}`);
  const second = derive(lines.join('\n'), b, { expand: false, maxSteps: 200 });
  return {
    adjoints: [...firstLines, gradientLine, ...(second.adjoints ?? [])], result: lastExpression(second.compact), resultLatex: second.compactLatex, steps: second.steps,
  };
}

function entryOf(hg: HessianGraph, graph: Graph, a: string, b: string, options: HessianOptions): HessianEntry {
  const node = hg.hessian.get(a)!.get(b)!;
  const named = options.expand === false && !fitsInCompact(graph, node, COMPACT_CHARACTERS) ? namedEntry(hg, a, b) : undefined;
  if (named !== undefined) {
    const compact = [...named.adjoints.map((line) => `${line.name} = ${line.expression}`), named.result].join('; ');
    return {
      wrt: [a, b], derivative: compact, compact, latex: named.resultLatex, compactLatex: named.resultLatex, adjoints: named.adjoints,
      // The trace of differentiating the δ program again: linear in the program too.
      ...(options.steps === true ? { steps: named.steps } : {}),
    };
  }
  const bare = printText(graph, node, 'compact');
  const spelled = spelledOut(graph, node);
  if (spelled === undefined && options.expand !== false) printText(graph, graph.expandNames(node)); // throws the too-large error
  const spelledText = spelled?.text;
  // The presentation rules, as derive applies them: like factors collected, terms sorted.
  const shown = spelledText === undefined ? undefined : presentDerivation(hg.program, spelledText, bare);
  const compact = shown?.named ?? bare;
  const compactLatex = shown?.namedLatex ?? printLatex(graph, node, 'compact');
  const expanded = options.expand !== false;
  return {
    wrt: [a, b],
    derivative: expanded ? shown?.inputs ?? spelledText! : compact,
    compact,
    latex: expanded ? shown?.latex ?? printLatex(graph, spelled!.node) : compactLatex,
    compactLatex,
    ...(options.steps === true ? { steps: shown === undefined ? entrySteps(hg, a, b) : withPresentation(shown, entrySteps(hg, a, b), b).steps } : {}),
  };
}

/**
 * Every second partial of an expression or program as text and LaTeX, derived from its gradient
 * graph (reverse over reverse), each entry also in the program's own names. The Hessian's
 * symmetry is used: each entry below the diagonal is the one above it.
 * @throws {SymbolicError} any parse error of the source; `too-large` when an entry spelled out
 *   in the inputs alone would be enormous (pass `expand: false`).
 * @example
 * hessian('x^2 * y').matrix.x!.y!.derivative; // → '2 * x'
 * hessian('a = x*y; b = a + z; c = b^2').matrix.x!.x!.compact; // → '2 * y ^ 2'
 */
export function hessian(source: string | Program, options: HessianOptions = {}): SymbolicHessian {
  const hg = hessianGraph(toProgram(source), options.wrt === undefined ? {} : { wrt: options.wrt });
  // Spelling entries out in the inputs builds nodes: in this call's own extension of the graph.
  const graph = hg.graph.extend();
  const entries: HessianEntry[] = [];
  const matrix: Record<string, Record<string, HessianEntry>> = Object.create(null) as Record<string, Record<string, HessianEntry>>;
  for (const a of hg.wrt) matrix[a] = Object.create(null) as Record<string, HessianEntry>;
  hg.wrt.forEach((a, i) => {
    hg.wrt.slice(i).forEach((b) => {
      const entry = entryOf(hg, graph, a, b, options);
      entries.push(entry);
      matrix[a]![b] = entry;
      matrix[b]![a] = entry;
    });
  });
  return { wrt: hg.wrt, entries, matrix };
}

/** The value, gradient and Hessian of a program at one point. */
export interface HessianResult {
  readonly value: number;
  readonly gradient: Readonly<Record<string, number>>;
  /** ∂²output/∂a∂b as `hessian[a][b]`, for every pair of requested inputs. */
  readonly hessian: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** Kinks met by the value, the gradient or the second partials, each with the convention used. */
  readonly kinks: readonly Kink[];
}

/** Each kink once, by function, expression and argument values. */
function unique(kinks: readonly Kink[]): Kink[] {
  const seen = new Set<string>();
  return kinks.filter((k) => {
    const key = `${k.function}|${k.expression}|${k.args.join(',')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The value, gradient and Hessian of an expression or program at a point. At a kink (relu, abs,
 * max at a tie) the second partials follow the same convention as the first ones (the helper
 * step, sign and heaviside functions have derivative 0), and the kink is reported.
 * @throws {SymbolicError} `domain` when the value, the gradient or a second partial does not
 *   exist at the point, `invalid-argument` for a missing or non-finite input value, and any
 *   parse error of the source.
 * @example
 * hessianAt('x^2 * y', { x: 3, y: 2 }).hessian; // → { x: { x: 4, y: 6 }, y: { x: 6, y: 0 } }
 */
export function hessianAt(source: string | Program, at: Point, options: Pick<HessianOptions, 'wrt'> = {}): HessianResult {
  const program = toProgram(source);
  const hg = hessianGraph(program, options.wrt === undefined ? {} : { wrt: options.wrt });
  const first = gradient(program, at, { wrt: hg.wrt });
  const point = pointMap(at);
  const { graph } = hg;
  const values = new Map<NodeId, number>();
  evaluateNodes(graph, hg.schedule, point, values, false);
  const matrix: Record<string, Record<string, number>> = Object.create(null) as Record<string, Record<string, number>>;
  for (const a of hg.wrt) {
    matrix[a] = Object.create(null) as Record<string, number>;
    for (const b of hg.wrt) {
      const node = hg.hessian.get(a)!.get(b)!;
      matrix[a][b] = derivativeValue(graph, node, values, point, a === b ? `the second derivative ∂²/∂${a}²` : `the second derivative ∂²/∂${a}∂${b}`);
    }
  }
  return { value: first.value, gradient: first.gradient, hessian: matrix, kinks: unique(kinksAt(graph, hg.schedule, values)) };
}
