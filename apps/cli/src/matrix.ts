import {
  deriveMatrix, formatShape, latexName, matrixEntries, matrixGradient, nestMatrix, parseMatrix,
  type MatrixDerivation, type MatrixGradientResult, type MatrixProgram, type Shape,
} from '@bp/symbolic';
import { EXIT_CODES } from './commands.js';
import { CliError, SourcedError, withSource } from './errors.js';
import type { CommandContext, SharedContext } from './context.js';
import { numberForTerminal, jsonLine, table, write } from './output.js';
import { parseNames, parsePoint } from './point.js';
import { readSource } from './source.js';
import { outputName } from './actions/shared.js';

/** A point of a matrix program: each input's entries, row-major, and the shapes its values imply. */
export interface MatrixPoint {
  readonly values: Record<string, number[]>;
  readonly shapes: Record<string, Shape>;
}

function fail(option: string, text: string, start: number, end: number, message: string): never {
  throw new SourcedError(new CliError('invalid-option', message, { argument: option, start, end }), text, option);
}

/**
 * Reads `--shape W=3x2,x=2,b=3`: `n` alone is an n×1 column.
 * @example
 * parseShapes('W=3x2,x=2'); // { W: [3, 2], x: [2, 1] }
 */
export function parseShapes(text: string): Record<string, Shape> {
  const shapes = Object.create(null) as Record<string, Shape>;
  let offset = 0;
  for (const raw of text.split(',')) {
    const start = offset;
    offset += raw.length + 1;
    const match = /^\s*([\p{L}_$][\p{L}\p{N}_$]*)\s*=\s*([1-9]\d*)\s*(?:[x×]\s*([1-9]\d*))?\s*$/u.exec(raw);
    if (match === null) fail('--shape', text, start, start + Math.max(raw.length, 1), `expected name=rows or name=rowsxcolumns (W=3x2), found "${raw.trim()}"`);
    const name = match[1]!;
    if (name in shapes) fail('--shape', text, start, start + raw.length, `${name} is given twice`);
    shapes[name] = [Number(match[2]), Number(match[3] ?? 1)];
  }
  return shapes;
}

/** A JSON value as row-major entries and a shape, bad values as a usage error of `--at`. */
function entries(name: string, value: unknown): { values: number[]; shape: Shape } {
  try {
    return matrixEntries(value, name);
  } catch (error) {
    throw new CliError('invalid-point', (error as Error).message, { argument: '--at' });
  }
}

/** Reads `--at` values: JSON objects (`{"W": [[1, 2]], "x": [1, 2]}`) and/or `name=value` scalars. */
export function parseMatrixPoint(texts: readonly string[]): MatrixPoint {
  const point: MatrixPoint = { values: Object.create(null) as Record<string, number[]>, shapes: Object.create(null) as Record<string, Shape> };
  const add = (name: string, value: { values: number[]; shape: Shape }): void => {
    if (name in point.values) throw new CliError('invalid-point', `${name} is given twice`, { argument: '--at' });
    point.values[name] = value.values;
    point.shapes[name] = value.shape;
  };
  for (const text of texts) {
    if (!text.trimStart().startsWith('{')) {
      for (const [name, value] of parsePoint([text])) add(name, { values: [value], shape: [1, 1] });
      continue;
    }
    let object: unknown;
    try {
      object = JSON.parse(text);
    } catch (error) {
      throw new CliError('invalid-point', `--at is not valid JSON: ${(error as Error).message}`, { argument: '--at' });
    }
    if (typeof object !== 'object' || object === null || Array.isArray(object)) {
      throw new CliError('invalid-point', '--at JSON must be an object of name: value', { argument: '--at' });
    }
    for (const [name, value] of Object.entries(object)) add(name, entries(name, value));
  }
  return point;
}

/** Whether a run is about matrices: `--shape` is given, or `--at` is JSON. */
export function isMatrixRun(context: SharedContext): boolean {
  const at = context.options.at ?? [];
  return context.options.shape !== undefined || at.some((text) => text.trimStart().startsWith('{'));
}

/** The shapes from `--shape`, completed and checked by those the point's values imply. */
function shapesOf(context: SharedContext, point: MatrixPoint): Record<string, Shape> {
  const declared = context.options.shape === undefined ? Object.create(null) as Record<string, Shape> : parseShapes(context.options.shape);
  for (const [name, shape] of Object.entries(point.shapes)) {
    const given = declared[name];
    if (given === undefined) declared[name] = shape;
    else if (given[0] !== shape[0] || given[1] !== shape[1]) {
      throw new CliError('invalid-point', `--shape makes ${name} ${formatShape(given)} but --at gives it ${formatShape(shape)} values`, { argument: '--at' });
    }
  }
  return declared;
}

/** Reads the source and the point, and parses the matrix program (exit 2 with `shape` on a mismatch). */
export async function matrixInput(context: SharedContext): Promise<{ source: string; program: MatrixProgram; point: MatrixPoint }> {
  const source = await readSource(context.args[0], context.command);
  const point = parseMatrixPoint(context.options.at ?? []);
  const shapes = shapesOf(context, point);
  const distribution = context.options.distribution;
  const options = distribution === undefined ? { shapes } : { shapes, distributions: parseNames(distribution, '--distribution') };
  const program = withSource(source, () => parseMatrix(source, options));
  for (const name of Object.keys(point.values)) {
    if (!program.inputs.includes(name)) context.warn(`--at gives "${name}", which does not occur in the source`);
  }
  return { source, program, point };
}

/** What `bp derive --json` prints for a matrix program: the scalar contract plus `shape`. */
export function matrixDeriveJson(d: MatrixDerivation): Record<string, unknown> {
  return {
    wrt: d.wrt, shape: d.shape, derivative: d.derivative, compact: d.compact, latex: d.latex,
    steps: d.steps.map((s) => ({ rule: s.rule, expression: s.expression, result: s.result, latex: s.latex, shape: s.shape })),
  };
}

function deriveText(program: MatrixProgram, d: MatrixDerivation, format: string, steps: boolean): string {
  const out = outputName(program);
  if (format === 'latex' || format === 'markdown') {
    const head = `\\frac{\\partial ${latexName(out)}}{\\partial ${latexName(d.wrt)}}`;
    const lines = steps ? d.steps.map((s) => (format === 'latex' ? `% ${s.rule}, ${formatShape(s.shape)}\n${s.latex}` : `- ${s.rule} (${formatShape(s.shape)}): $${s.latex}$`)) : [];
    const math = format === 'latex' ? `${head} = ${d.compactLatex}` : `$$\n${head} = ${d.compactLatex}\n$$`;
    const layout = format === 'markdown' ? `\nThe gradient has the shape of ${d.wrt} (${formatShape(d.shape)}).\n` : '';
    return `${[...lines, math].join('\n')}\n${layout}`;
  }
  const by = (wrt: string): string => (/^[\p{L}_$][\p{L}\p{N}_$]*$/u.test(wrt) ? wrt : `(${wrt})`);
  const rows = steps ? d.steps.map((s, i) => [`${i + 1}.`, s.rule, `∂${out}/∂${by(s.wrt)} = ${s.result}`, formatShape(s.shape)]) : [];
  const head = `∂${out}/∂${d.wrt}`;
  const lines = [`${head} = ${d.derivative}`];
  if (d.compact !== d.derivative) lines.push(`${' '.repeat(head.length)} = ${d.compact}`);
  lines.push(`(${formatShape(d.shape)}, the shape of ${d.wrt})`);
  return `${rows.length > 0 ? `${table(rows, '  ', ['right', 'left', 'left', 'left'])}\n\n` : ''}${lines.join('\n')}\n`;
}

/** `bp derive --shape …`: the derivative in matrix form. */
export async function runMatrixDerive(context: CommandContext<'derive'>): Promise<number> {
  const { source, program } = await matrixInput(context);
  let wrt = context.options.wrt?.trim();
  if (wrt === undefined) {
    if (program.inputs.length !== 1) throw new CliError('missing-argument', `say which variable to differentiate with respect to: --wrt ${program.inputs.join(' or --wrt ')}`, { argument: '--wrt' });
    wrt = program.inputs[0]!;
  }
  if (!program.inputs.includes(wrt) && !program.definitions.has(wrt)) context.warn(`"${wrt}" does not occur in the source; its derivative is 0`);
  const variable = wrt;
  const derivation = withSource(source, () => deriveMatrix(program, { ...program.options, wrt: variable }));
  const format = context.json ? 'json' : context.options.format;
  const out = format === 'json' ? jsonLine(matrixDeriveJson(derivation)) : deriveText(program, derivation, format, context.options.steps === true);
  await write(process.stdout, out);
  return EXIT_CODES.success;
}

/** A row-major gradient nested as its variable's shape: a number, a flat array (column) or rows. */
export const nest = nestMatrix;

/** The value and every gradient at the point (exit 2 naming the inputs without a value). */
export function matrixGradientAt(context: SharedContext, source: string, program: MatrixProgram, point: MatrixPoint, wrt?: readonly string[]): MatrixGradientResult {
  const unset = program.inputs.filter((name) => !(name in point.values));
  if (unset.length > 0) {
    throw new CliError('missing-argument', `bp ${context.command} needs a value for ${unset.join(', ')}: --at '{"${unset[0]!}": …}'`, { argument: '--at' });
  }
  return withSource(source, () => matrixGradient(program, { ...program.options, at: point.values, ...(wrt === undefined ? {} : { wrt }) }));
}

/** `bp grad --shape …` or with a JSON `--at`: the value and each gradient in its variable's shape. */
export async function runMatrixGrad(context: SharedContext): Promise<number> {
  const { source, program, point } = await matrixInput(context);
  const wrt = context.options.wrt === undefined ? undefined : parseNames(context.options.wrt, '--wrt');
  const result = matrixGradientAt(context, source, program, point, wrt);
  const gradient = Object.create(null) as Record<string, unknown>;
  for (const [name, values] of Object.entries(result.gradient)) gradient[name] = nest(values, result.shapes[name]!);
  if (context.json) {
    await write(process.stdout, jsonLine({ value: result.value, gradient }));
    return EXIT_CODES.success;
  }
  const out = outputName(program);
  const lines = [`${out} = ${numberForTerminal(result.value)}`];
  for (const [name, values] of Object.entries(result.gradient)) {
    const shape = result.shapes[name]!;
    const rows = Array.from({ length: shape[0] }, (_, i) => Array.from(values.subarray(i * shape[1], (i + 1) * shape[1]), numberForTerminal));
    lines.push('', `∂${out}/∂${name} (${formatShape(shape)})`, table(rows, '  ', rows[0]!.map(() => 'right')));
  }
  await write(process.stdout, `${lines.join('\n')}\n`);
  return EXIT_CODES.success;
}
