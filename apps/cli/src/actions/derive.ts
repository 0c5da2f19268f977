import { derive, latexName, parse, usesPartialNotation, type Derivation, type Program } from '@bp/symbolic';
import { assumptionsOption } from '../assumptions.js';
import { nameField, runBatch, stringField } from '../batch.js';
import { EXIT_CODES } from '../commands.js';
import { CliError, withSource } from '../errors.js';
import type { CommandContext } from '../context.js';
import { jsonLine, table, write } from '../output.js';
import { parseVariableNames } from '../point.js';
import { isMatrixRun, runMatrixDerive } from '../matrix.js';
import { readSource } from '../source.js';
import { outputName, warnUnused } from './shared.js';

/** What `bp derive --json` prints (the contract). */
export interface DeriveJson {
  readonly wrt: string;
  readonly derivative: string;
  readonly compact: string;
  readonly latex: string;
  readonly steps: readonly { rule: string; expression: string; result: string; latex: string; assumptions?: readonly string[] }[];
  /** Why `derivative` is in the program's intermediate names rather than the inputs alone, when it is. */
  readonly note?: string;
  /** The `--assume` facts `derivative` and `compact` use (they are right only where these hold), when any. */
  readonly assumptions?: readonly string[];
  /** With `assumptions`: the exact derivative in the program's names, right at every point. */
  readonly general?: string;
}

/** The contract's fields of a derivation, in the contract's order and nothing else. */
export function deriveJson(derivation: Derivation): DeriveJson {
  return {
    wrt: derivation.wrt,
    derivative: derivation.derivative,
    compact: derivation.compact,
    latex: derivation.latex,
    steps: derivation.steps.map((step) => ({
      rule: step.rule, expression: step.expression, result: step.result, latex: step.latex,
      ...(step.assumptions === undefined ? {} : { assumptions: step.assumptions }),
    })),
    ...(derivation.note === undefined ? {} : { note: derivation.note }),
    ...(derivation.assumptions === undefined ? {} : { assumptions: derivation.assumptions, general: derivation.general! }),
  };
}

/**
 * The variable to differentiate by: the one given, or else the program's only input; the same
 * rule for `--wrt` and for a `--batch` line's `"wrt"`. `needed` builds the error when a program
 * with no input or several gives none.
 */
function variable(program: Program, wrt: string | undefined, needed: (message: string) => CliError): string {
  if (wrt !== undefined) return wrt;
  if (program.inputs.length === 1) return program.inputs[0]!;
  throw needed(
    program.inputs.length === 0
      ? 'the source has no variables: name the one to differentiate with respect to'
      : `say which of ${program.inputs.join(', ')} to differentiate with respect to`,
  );
}

/** The `--wrt` option: one variable name, or undefined. */
function wrtOption(wrt: string | undefined): string | undefined {
  if (wrt === undefined) return undefined;
  if (wrt.trim() === '' || wrt.includes(',')) {
    throw new CliError('invalid-option', `--wrt takes one variable for derive, found "${wrt}" (bp grad takes several)`, { argument: '--wrt' });
  }
  return parseVariableNames(wrt, '--wrt')[0]!;
}

/** One `--batch` line: `{"program", "wrt"?}` derived, as `bp derive --json` prints it. */
function deriveLine(line: Record<string, unknown>, n: number): DeriveJson {
  const source = stringField(line, 'program', n);
  const given = Object.hasOwn(line, 'wrt') ? nameField(line, 'wrt', n) : undefined;
  const program = withSource(source, () => parse(source));
  const wrt = variable(program, given, (message) => new CliError('invalid-line', `line ${n}: "wrt" is needed: ${message}`, { argument: `line ${n}` }));
  return deriveJson(withSource(source, () => derive(program, wrt)));
}

/** Characters of a derivative spelled out in the inputs that text output shows without --expand (about five lines). */
const SPELLED_OUT_CHARACTERS = 400;

function text(context: CommandContext<'derive'>, program: Program, derivation: Derivation, steps: boolean): string {
  const c = context.colors;
  const d = usesPartialNotation(program) ? '∂' : 'd';
  const head = `${d}${outputName(program)}/${d}${derivation.wrt}`;
  const lines: string[] = [];
  if (steps) {
    const rows = derivation.steps.map((step, i) => [c.dim(`${i + 1}.`), c.cyan(step.rule), step.text]);
    lines.push(table(rows, '  ', ['right', 'left', 'left']), '');
  }
  // A derivative spelled out in the inputs is shown when it fits in a few lines, or on request:
  // past that, the named form is what a teacher writes.
  const spelled = showsSpelledOut(derivation, context.options.expand === true);
  if (spelled) lines.push(`${c.bold(head)} = ${derivation.derivative}`);
  if (derivation.adjoints !== undefined) {
    // Named backward quantities, one per line from the output down, then the derivative in them.
    const width = Math.max(head.length, ...derivation.adjoints.map((a) => a.name.length));
    for (const a of derivation.adjoints) lines.push(`${a.name.padEnd(width)} = ${a.expression}`);
    const last = derivation.compact.slice(derivation.compact.lastIndexOf('; ') + 2);
    lines.push(`${c.bold(head)}${' '.repeat(width - head.length)} = ${last}`);
  } else if (!spelled) {
    lines.push(`${c.bold(head)} = ${derivation.compact}`);
  } else if (derivation.compact !== derivation.derivative) {
    lines.push(`${' '.repeat(head.length)} = ${derivation.compact}`);
  }
  if (derivation.expanded && !spelled) {
    lines.push(c.dim(`(spelled out in the inputs alone it is ${derivation.derivative.length} characters: --expand shows it)`));
  }
  if (derivation.assumptions !== undefined) lines.push(c.dim(usingLine(program, derivation)));
  return `${lines.join('\n')}\n`;
}

/** What a result using `--assume` says under it: the facts it uses, and the exact form without them. */
function usingLine(program: Program, derivation: Derivation): string {
  const d = usesPartialNotation(program) ? '∂' : 'd';
  const head = `${d}${outputName(program)}/${d}${derivation.wrt}`;
  return `(using ${derivation.assumptions!.join(', ')}; without it, ${head} = ${derivation.general!})`;
}

/** The derivative's LaTeX head in the notation of its steps: \\frac{d f}{d x} for one variable, ∂ otherwise. */
function latexHead(program: Program, name: string, wrt: string): string {
  const d = usesPartialNotation(program) ? '\\partial' : 'd';
  return `\\frac{${d} ${latexName(name)}}{${d} ${latexName(wrt)}}`;
}

/** Whether the derivative spelled out in the inputs is shown: when it is short, or with --expand. */
function showsSpelledOut(derivation: Derivation, expand: boolean): boolean {
  // With no names to write it in, the spelled-out form is the only one there is.
  const only = derivation.compact === derivation.derivative;
  return derivation.expanded && (expand || only || derivation.derivative.length <= SPELLED_OUT_CHARACTERS);
}

function latex(program: Program, derivation: Derivation, steps: boolean, expand: boolean): string {
  const head = latexHead(program, outputName(program), derivation.wrt);
  const lines = steps ? derivation.steps.map((step) => `% ${step.rule}\n${step.latex}`) : [];
  for (const a of derivation.adjoints ?? []) lines.push(`${latexName(a.name)} = ${a.latex}`);
  lines.push(`${head} = ${showsSpelledOut(derivation, expand) ? derivation.latex : derivation.compactLatex}`);
  if (derivation.assumptions !== undefined) lines.push(`% ${usingLine(program, derivation)}`);
  return `${lines.join('\n')}\n`;
}

function markdown(program: Program, derivation: Derivation, steps: boolean, expand: boolean): string {
  const name = outputName(program);
  const head = latexHead(program, name, derivation.wrt);
  const parts = [`## The derivative of ${name} with respect to ${derivation.wrt}`, '', '```', program.source.trim(), '```', ''];
  if (steps && derivation.steps.length > 0) {
    parts.push('| # | rule | step |', '| --: | --- | --- |');
    derivation.steps.forEach((step, i) => parts.push(`| ${i + 1} | ${step.rule} | $${step.latex.replace(/\|/g, '\\vert ')}$ |`));
    parts.push('');
  }
  if (derivation.adjoints !== undefined) {
    parts.push('With the backward quantities named from the output down:', '', '$$', '\\begin{aligned}');
    for (const a of derivation.adjoints) parts.push(`${latexName(a.name)} &= ${a.latex} \\\\`);
    parts.push('\\end{aligned}', '$$', '');
  }
  if (showsSpelledOut(derivation, expand)) {
    parts.push('$$', `${head} = ${derivation.latex}`, '$$');
    if (derivation.compact !== derivation.derivative) parts.push('', 'With the intermediate names:', '', '$$', `${head} = ${derivation.compactLatex}`, '$$');
  } else {
    parts.push('$$', `${head} = ${derivation.compactLatex}`, '$$');
  }
  if (derivation.assumptions !== undefined) {
    parts.push('', `This uses ${derivation.assumptions.map((a) => `\`${a}\``).join(', ')}, so it holds only where that does; without it, \`${derivation.general!}\`.`);
  }
  return `${parts.join('\n')}\n`;
}

/** `bp derive`: the derivative with respect to one variable, with the rule trace. */
export async function run(context: CommandContext<'derive'>): Promise<number> {
  const batch = context.options.batch;
  if (context.options.assume !== undefined && (batch !== undefined || isMatrixRun(context))) {
    throw new CliError('unsupported', `--assume applies to one scalar program; it does not combine with ${batch !== undefined ? '--batch' : 'matrix shapes'} yet`, { argument: '--assume' });
  }
  if (batch !== undefined) {
    const summary = await runBatch(batch, deriveLine);
    if (summary.failed > 0 && !context.json) context.warn(`${summary.failed} of ${summary.lines} lines failed`);
    return summary.exitCode;
  }
  if (isMatrixRun(context)) return runMatrixDerive(context);
  const source = await readSource(context.args[0], 'derive');
  const program = withSource(source, () => parse(source));
  const given = wrtOption(context.options.wrt);
  const wrt = variable(program, given, (message) => new CliError('missing-argument', `${message}, with --wrt`, { argument: '--wrt' }));
  warnUnused(context, program, [wrt]);
  const assumptions = assumptionsOption(context.options.assume, program, context.options.distribution);
  const derivation = withSource(source, () => derive(program, wrt, { assumptions }));
  const format = context.json ? 'json' : context.options.format;
  if (derivation.note !== undefined && format !== 'json') context.note(derivation.note);
  if (assumptions.length > 0 && derivation.assumptions === undefined) context.note(`the derivative is exact without --assume (${assumptions.map((a) => a.text).join(', ')}), so it does not use it`);
  const steps = context.options.steps === true;
  const out =
    format === 'json'
      ? jsonLine(deriveJson(derivation))
      : format === 'latex'
        ? latex(program, derivation, steps, context.options.expand === true)
        : format === 'markdown'
          ? markdown(program, derivation, steps, context.options.expand === true)
          : text(context, program, derivation, steps);
  await write(process.stdout, out);
  return EXIT_CODES.success;
}
