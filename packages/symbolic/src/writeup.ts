import type { Assumption } from './assumption.js';
import { adjointLines, needsParentheses, sumOfTerms, type AdjointLine, type LocalTerm } from './adjoint-lines.js';
import { backprop, type Backprop } from './backprop.js';
import { derive, type Derivation } from './derive.js';
import { isSymbolicError } from './errors.js';
import { pointMap, type Point } from './evaluate.js';
import type { Program } from './parse.js';
import { latexName } from './print.js';
import { toProgram } from './program.js';
import { formatNumber, toMermaid } from './render.js';

/** Options for {@link writeup}. */
export interface WriteupOptions {
  /** The point for the forward and backward tables. */
  readonly at?: Point;
  /** Inputs whose partials are listed; default every input. */
  readonly wrt?: readonly string[];
  /** A title for the page. */
  readonly title?: string;
  /**
   * Spell each partial out in the inputs alone (the fully substituted form), as derive's `expand`
   * does. Default: only when the program is small and the result short; `false` never.
   */
  readonly expand?: boolean;
  /**
   * With `at`: add one step of gradient descent at this learning rate η, p ← p − η ∂L/∂p, for the
   * inputs in `update` (default every input), as the seeds end a worked example.
   */
  readonly learningRate?: number;
  /** The inputs the gradient-descent step moves (the parameters); default every input. */
  readonly update?: readonly string[];
  /**
   * Facts about the inputs (from {@link parseAssumption}) the partials in the inputs may use, as
   * derive's `assumptions`; the page says which partials use them. The chain-rule lines and the
   * values stay exact.
   */
  readonly assumptions?: readonly Assumption[];
}

/** The longest expanded partial (LaTeX characters) a write-up shows without being asked. */
const SHORT_EXPANDED = 200;
/** Programs up to this many visible nodes get their partials expanded without being asked. */
const SMALL_PROGRAM = 16;

/** An expression gets its rule trace per input while inputs × source characters stay under this. */
const TRACED_CHARACTERS = 20_000;

const math = (latex: string): string => `$${latex}$`;
/**
 * Math for a Markdown table cell: a `|` would end the cell (tables are split into cells before
 * math is read), so `|` becomes `\vert` and `\|` becomes `\Vert`, which render the same.
 */
const cellMath = (latex: string): string =>
  math(latex.replace(/(\\*)\|/g, (_match, slashes: string) => (slashes.length % 2 === 1 ? `${slashes.slice(1)}\\Vert ` : `${slashes}\\vert `)));
/** A number inside LaTeX: six significant digits, `1.5e-9` as `1.5 \times 10^{-9}`. */
const texNumber = (value: number): string => formatNumber(value).replace(/e([+-]?\d+)$/, (_match, exponent: string) => ` \\times 10^{${exponent.replace('+', '')}}`);
const partial = (of: string, by: string): string => `\\frac{\\partial ${latexName(of)}}{\\partial ${latexName(by)}}`;
const valueCell = (value: number | undefined): string => (value === undefined ? '' : ` ${formatNumber(value)} |`);

/** The function as aligned definitions, and its inputs. */
function functionSection(bp: Backprop): string[] {
  const md = ['## The function', '', '$$', '\\begin{aligned}'];
  for (const n of bp.nodes) if (n.kind !== 'input') md.push(`${latexName(n.label)} &= ${n.latex} \\\\`);
  md.push('\\end{aligned}', '$$', '');
  md.push(`Inputs: ${bp.program.inputs.map((i) => math(latexName(i))).join(', ') || 'none'}.`, '');
  return md;
}

/** Each node, its definition and its value at the point, inputs first. */
function forwardSection(bp: Backprop): string[] {
  const md = ['## Forward pass', '', '| quantity | definition | value |', '| --- | --- | --- |'];
  for (const n of bp.nodes) {
    md.push(`| ${cellMath(latexName(n.label))} | ${n.kind === 'input' ? 'input' : cellMath(n.latex)} |${valueCell(n.value)}`);
  }
  md.push('');
  return md;
}

/** A term's local derivative as a δ line writes it: by its ∂ name when it has a line of its own. */
function written(line: AdjointLine) {
  return (term: LocalTerm): { text: string; latex: string; sum: boolean } =>
    term.atomic || term.upstream === undefined
      ? { text: term.local, latex: term.localLatex, sum: needsParentheses(term.local) }
      : { text: `∂${term.from}/∂${line.label}`, latex: partial(term.from, line.label), sum: false };
}

/**
 * The backward pass from the output down: each local derivative that is more than a symbol on a
 * line of its own (∂a/∂z = a(1 − a)), then the δ it feeds (δ_z = ∂L/∂z = δ_a · ∂a/∂z).
 */
function backwardSection(bp: Backprop, lines: readonly AdjointLine[], numeric: boolean): string[] {
  const out = bp.nodes[bp.nodes.length - 1]!.label;
  if (!lines.some((line) => line.delta !== undefined)) return [];
  const md = [
    '## Backward pass',
    '',
    `Start from ${math(`${partial(out, out)} = 1`)} and go from the output down: the δ of a node is the sum, over the nodes that read it, of their δ times the local derivative. Each line uses only earlier lines.`,
    '',
    numeric ? '| quantity | formula | value |' : '| quantity | formula |',
    numeric ? '| --- | --- | --- |' : '| --- | --- |',
  ];
  for (const line of lines) {
    if (line.delta === undefined) continue;
    for (const term of line.terms) {
      if (term.atomic || term.upstream === undefined) continue;
      md.push(`| ${cellMath(partial(term.from, line.label))} | ${cellMath(term.localLatex)} |${numeric ? valueCell(term.localValue) : ''}`);
    }
    const formula = sumOfTerms(line.terms, written(line)).latex;
    md.push(`| ${cellMath(`${latexName(line.delta)} = ${partial(out, line.label)}`)} | ${cellMath(formula)} |${numeric ? valueCell(line.value) : ''}`);
  }
  md.push('');
  return md;
}

/** The input's partial spelled out in the inputs, when asked or short, else undefined. */
function expandedPartial(program: Program, name: string, options: WriteupOptions, small: boolean): Derivation | undefined {
  if (options.expand === false || (options.expand !== true && !small)) return undefined;
  let d: Derivation;
  try {
    d = derive(program, name, options.assumptions === undefined ? {} : { assumptions: options.assumptions });
  } catch (error) {
    if (isSymbolicError(error) && error.code === 'too-large') return undefined;
    throw error;
  }
  if (!d.expanded) return undefined;
  return options.expand === true || d.latex.length <= SHORT_EXPANDED ? d : undefined;
}

/** The chain-rule product for each input (∂L/∂w = δ_z · x), its value, and the expanded form when shown. */
function gradientSection(bp: Backprop, lines: readonly AdjointLine[], wrt: readonly string[], options: WriteupOptions, small: boolean): string[] {
  const out = bp.nodes[bp.nodes.length - 1]!.label;
  const numeric = options.at !== undefined;
  const expanded = wrt.map((name) => expandedPartial(bp.program, name, options, small));
  const assumed = new Set(expanded.flatMap((d) => d?.assumptions ?? []));
  const showExpanded = expanded.some((e) => e !== undefined);
  const head = ['partial', 'chain rule', ...(showExpanded ? ['in the inputs'] : []), ...(numeric ? ['value'] : [])];
  const md = ['## The gradient', '', `| ${head.join(' | ')} |`, `|${' --- |'.repeat(head.length)}`];
  const byInput = new Map(lines.filter((l) => l.kind === 'input').map((l) => [l.label, l]));
  wrt.forEach((name, i) => {
    const line = byInput.get(name);
    const chain = line === undefined ? '0' : line.latex;
    const cells = [cellMath(partial(out, name)), cellMath(chain)];
    if (showExpanded) cells.push(expanded[i] === undefined ? '' : `${cellMath(expanded[i].latex)}${expanded[i].assumptions === undefined ? '' : ' (assumed)'}`);
    if (numeric) cells.push(formatNumber(line?.value ?? 0));
    md.push(`| ${cells.join(' | ')} |`);
  });
  md.push('');
  if (assumed.size > 0) {
    const facts = [...assumed].map((a) => math(a.replace(/[A-Za-z_]\w*/g, latexName))).join(', ');
    md.push(`The forms marked (assumed) use ${facts}, which was given as an assumption: they hold only where it does. The chain-rule column${numeric ? ' and the values are' : ' is'} exact everywhere.`, '');
  }
  if (options.expand === true && expanded.some((e) => e === undefined)) {
    md.push('Spelled out in the inputs alone, the partials without an entry there would be too long to print; their chain-rule lines are exact.', '');
  }
  return md;
}

/** One step of gradient descent from the point: each parameter, its update p − η ∂L/∂p in numbers, and its new value. */
function stepSection(bp: Backprop, lines: readonly AdjointLine[], at: Point, rate: number, update: readonly string[]): string[] {
  const out = bp.nodes[bp.nodes.length - 1]!.label;
  const point = pointMap(at);
  const gradient = new Map(lines.filter((l) => l.kind === 'input').map((l) => [l.label, l.value ?? 0]));
  const eta = texNumber(rate);
  const md = [
    '## One step of gradient descent',
    '',
    `With the learning rate ${math(`\\eta = ${eta}`)}, each parameter moves against its partial: ${math(`p \\leftarrow p - \\eta \\, \\frac{\\partial ${latexName(out)}}{\\partial p}`)}.`,
    '',
    '| parameter | update | new value |',
    '| --- | --- | --- |',
  ];
  for (const name of update) {
    const value = point.get(name) ?? 0;
    const partialValue = gradient.get(name) ?? 0;
    const shown = partialValue < 0 ? `\\left(${texNumber(partialValue)}\\right)` : texNumber(partialValue);
    const rule = `${latexName(name)} - \\eta \\, ${partial(out, name)} = ${texNumber(value)} - ${eta} \\cdot ${shown}`;
    md.push(`| ${cellMath(latexName(name))} | ${cellMath(rule)} | ${formatNumber(value - rate * partialValue)} |`);
  }
  md.push('');
  return md;
}

/** The textbook rule trace of an expression without named intermediates, per input. */
function derivationSection(program: Program, wrt: readonly string[]): string[] {
  const md = ['## Derivation', ''];
  for (const name of wrt) {
    const d = derive(program, name);
    md.push(`### With respect to ${math(latexName(name))}`, '');
    d.steps.forEach((step, i) => md.push(`${i + 1}. **${step.rule}**: $${step.latex}$`));
    md.push('');
  }
  return md;
}

/**
 * A Markdown derivation write-up that reads like the seeds: the function, its graph (Mermaid,
 * each edge labelled with its local derivative), the forward pass (each quantity, its definition
 * and value), the backward pass in δ names (δ_z = ∂L/∂z = δ_a · ∂a/∂z), and the chain-rule product
 * for each input (∂L/∂w = δ_z · x) with its value. Its size grows linearly with the program.
 * @throws {SymbolicError} parse errors of the source; `domain` when `at` is outside the domain.
 * @example
 * writeup('z = w*x + b; a = sigmoid(z); L = (y - a)^2 / 2', { at: { x: 2, w: 0.5, b: 1, y: 1 } }).split('\n')[0];
 * // → '# The gradient of L'
 */
export function writeup(source: string | Program, options: WriteupOptions = {}): string {
  const program = toProgram(source);
  const bp = backprop(program, options.at === undefined ? {} : { at: options.at });
  const lines = adjointLines(bp);
  const wrt = options.wrt ?? program.inputs;
  const small = bp.nodes.length <= SMALL_PROGRAM;
  const md = [`# ${options.title ?? `The gradient of ${bp.nodes[bp.nodes.length - 1]!.label}`}`, ''];
  md.push(...functionSection(bp));
  md.push('## The computation graph', '', '```mermaid', toMermaid(bp).trimEnd(), '```', '');
  if (options.at !== undefined) md.push(...forwardSection(bp));
  if (program.assignments.length === 0 && wrt.length * program.source.length <= TRACED_CHARACTERS) md.push(...derivationSection(program, wrt));
  md.push(...backwardSection(bp, lines, options.at !== undefined));
  md.push(...gradientSection(bp, lines, wrt, options, small));
  if (options.at !== undefined && options.learningRate !== undefined) {
    md.push(...stepSection(bp, lines, options.at, options.learningRate, options.update ?? program.inputs));
  }
  if (bp.kinks.length > 0) {
    md.push('## Kinks', '');
    for (const k of bp.kinks) md.push(`- \`${k.expression}\` is at a kink; bp uses ${k.convention}.`);
    md.push('');
  }
  return md.join('\n');
}
