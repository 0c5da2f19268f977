import type { Assumption, Program } from '@bp/symbolic';
import { readAssumption } from '../assumptions.js';
import { EXIT_CODES } from '../commands.js';
import { CliError, withSource } from '../errors.js';
import { formatError, type ErrorJson } from '../format-error.js';
import { outputName } from '../actions/shared.js';
import { checkMatrixLine, type MatrixLineJson } from './batch-matrix.js';
import { crossCheckHessian, type HessianCheckJson } from './cross-check-hessian.js';
import { crossCheck, parseClaim, record, withDerivatives, type CheckJson, type CheckRequest, type Point } from './cross-check.js';
import { invalid, isMatrixLine, isObject, isShape, unsupported } from './line-fields.js';
import { parseRecent } from './recent-programs.js';
import { parseSecondClaims } from './second-order.js';

/** What every line of a batch is checked with: the command's options. */
export interface BatchCheckOptions {
  readonly count: number;
  readonly seed: number;
  readonly scheme: CheckRequest['scheme'];
  readonly rtol?: number;
  readonly atol?: number;
}

/** One line to check: its number in the file (from 1) and its text. */
export interface LineTask {
  readonly line: number;
  readonly text: string;
}

/** Which check a line had: the gradient, the Hessian (`"order": 2`) or a matrix program's gradient (`"shape"`). */
export type LineKind = 'gradient' | 'hessian' | 'matrix';

/** The check of a line, by its kind. */
export type LineCheckJson = CheckJson | HessianCheckJson | MatrixLineJson;

/** What `--json` prints for a line: its id and line number, then the check or the error. */
export type LineJson = { readonly id: string | number; readonly line: number } & (LineCheckJson | ErrorJson);

/** The outcome of one line, as the reports need it. */
export interface LineResult {
  readonly line: number;
  /** The line's `id`, or its line number. */
  readonly id: string | number;
  readonly status: 'passed' | 'failed' | 'bad';
  readonly exitCode: number;
  readonly json: LineJson;
  /** The output's name for ∂-notation (checked lines). */
  readonly output?: string;
  /** Which check it was (checked lines). */
  readonly kind?: LineKind;
  /** The error in one line, as bp prints it (bad lines). */
  readonly error?: string;
  /**
   * The line's program, while bp's derivatives of its wrong claims are still to be added by
   * {@link completeLine}: never in a result a report sees.
   */
  readonly pending?: string;
}

const FIELDS = new Set(['id', 'program', 'at', 'shape', 'claims', 'order', 'assume']);

/** The JSON value of a line, or a CliError saying why it is not JSON. */
function parseJson(text: string, line: number): unknown {
  if (text.trim() === '') throw new CliError('invalid-json', `line ${line} is blank`, { argument: `line ${line}` });
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliError('invalid-json', `line ${line} is not JSON: ${(error as Error).message}`, { argument: `line ${line}` });
  }
}

/** The line's JSON object, with no field bp does not know (a misspelt "claim" would skip the claims). */
function checkObject(value: unknown, line: number): Record<string, unknown> {
  if (!isObject(value)) throw invalid(line, 'must be a JSON object such as {"program": "x^2", "claims": {"x": "2*x"}}');
  const unknown = Object.keys(value).filter((key) => !FIELDS.has(key));
  if (unknown.length > 0) throw invalid(line, `unknown field "${unknown[0]}" (a line has ${[...FIELDS].join(', ')})`);
  return value;
}

/** Validates the `shape` of a scalar line: known names, a scalar's shapes (any other makes it a matrix line). */
function checkShapes(value: unknown, program: Program, line: number): void {
  if (value === undefined) return;
  if (!isObject(value)) throw invalid(line, '"shape" must be an object such as {"W": [3, 2], "x": [2]}');
  for (const [name, shape] of Object.entries(value)) {
    if (!program.inputs.includes(name)) throw invalid(line, `"shape.${name}": "${name}" is not an input of the program (inputs: ${program.inputs.join(', ')})`);
    if (!isShape(shape)) throw invalid(line, `"shape.${name}" must be a shape such as [3, 2], [2] or "3x2", found ${JSON.stringify(shape)}`);
  }
}

function checkPoint(value: unknown, program: Program, line: number): Point | undefined {
  if (value === undefined) return undefined;
  if (!isObject(value)) throw invalid(line, '"at" must be an object of numbers such as {"x": 1, "y": 2}');
  for (const [name, number] of Object.entries(value)) {
    if (typeof number !== 'number' || !Number.isFinite(number)) throw invalid(line, `"at.${name}" must be a finite number`);
    if (!program.inputs.includes(name)) throw invalid(line, `"at.${name}": "${name}" is not an input of the program (inputs: ${program.inputs.join(', ')})`);
  }
  const unset = program.inputs.filter((name) => !Object.hasOwn(value, name));
  if (unset.length > 0) throw invalid(line, `"at" gives no value for ${unset.join(', ')}`);
  return record(Object.entries(value) as [string, number][]);
}

function checkClaims(value: unknown, program: Program, line: number): Map<string, string> {
  const claims = new Map<string, string>();
  if (value === undefined) return claims;
  if (!isObject(value)) throw invalid(line, '"claims" must be an object such as {"x": "2*x*y"}');
  for (const [wrt, expression] of Object.entries(value)) {
    if (typeof expression !== 'string') throw invalid(line, `"claims.${wrt}" must be a string (an expression)`);
    if (!program.inputs.includes(wrt)) throw invalid(line, `"claims.${wrt}": "${wrt}" is not an input of the program (inputs: ${program.inputs.join(', ')})`);
    claims.set(wrt, parseClaim(program, expression, `line ${line}, claims.${wrt}`, (message) => invalid(line, message)));
  }
  return claims;
}

/** A line's order-2 claims, `{"x,y": "2*x"}`, as `bp check --order 2 --claim x,y=2*x` reads them. */
function secondClaims(value: unknown, program: Program, line: number): Map<string, string> {
  if (value === undefined) return new Map();
  if (!isObject(value)) throw invalid(line, '"claims" at order 2 must be an object such as {"x,y": "2*x"}');
  const texts = Object.entries(value).map(([key, expression]): [string, string] => {
    if (typeof expression !== 'string') throw invalid(line, `"claims.${key}" must be a string (an expression)`);
    return [`"claims.${key}"`, `${key}=${expression}`];
  });
  return parseSecondClaims(program, texts, (message) => invalid(line, message));
}

/** A line's `"assume"`: one fact or a list, each a sum of inputs equal to a number, as `--assume` takes. */
function lineAssumptions(value: unknown, program: Program, line: number): Assumption[] {
  if (value === undefined) return [];
  const texts = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(texts) || texts.length === 0 || !texts.every((text) => typeof text === 'string')) {
    throw invalid(line, '"assume" must be a string or a list of strings such as "y_a + y_b + y_c = 1"');
  }
  return texts.map((text: string) => readAssumption(text, program, (error) => invalid(line, `"assume": ${error.message}`)));
}

function tolerances(options: BatchCheckOptions): { rtol?: number; atol?: number } {
  return { ...(options.rtol === undefined ? {} : { rtol: options.rtol }), ...(options.atol === undefined ? {} : { atol: options.atol }) };
}

/** A checked line: its JSON, the output's name and which check it was. */
interface Checked {
  readonly json: LineCheckJson;
  readonly output: string;
  readonly kind: LineKind;
  /** The program, when wrong claims still need bp's derivative beside them. */
  readonly pending?: string;
}

/** Checks a scalar line at its order; throws for bad input. */
function checkScalar(fields: Record<string, unknown>, source: string, line: number, options: BatchCheckOptions): Checked {
  const program = withSource(source, () => parseRecent(source), `line ${line}`);
  if (program.inputs.length === 0) throw invalid(line, 'the program has no inputs (free variables), so there is nothing to differentiate');
  checkShapes(fields.shape, program, line);
  const given = checkPoint(fields.at, program, line);
  const position = { argument: `line ${line}` };
  const assumptions = lineAssumptions(fields.assume, program, line);
  if (fields.order === 2) {
    if (assumptions.length > 0) throw unsupported(line, '"assume" applies to first-order checks; it does not combine with "order": 2 yet');
    if (options.scheme !== 'central') throw unsupported(line, '"order": 2 takes finite differences of the gradient by central differences only (--scheme)');
    const claims = secondClaims(fields.claims, program, line);
    const request = { count: options.count, seed: options.seed, ...tolerances(options), claims, pointOption: '"at"', position };
    const json = withSource(source, () => crossCheckHessian(program, given === undefined ? request : { ...request, given }), `line ${line}`);
    return { json, output: outputName(program), kind: 'hessian' };
  }
  const claims = checkClaims(fields.claims, program, line);
  const request = { ...options, claims, pointOption: '"at"', position, derivativesLater: true, ...(assumptions.length > 0 ? { assumptions } : {}) };
  const json = withSource(source, () => crossCheck(program, given === undefined ? request : { ...request, given }), `line ${line}`);
  const wrong = json.claims?.some((claim) => !claim.ok) ?? false;
  return { json, output: outputName(program), kind: 'gradient', ...(wrong ? { pending: source } : {}) };
}

/** Reads and checks one line; throws for bad input. */
function checkFields(fields: Record<string, unknown>, line: number, options: BatchCheckOptions): Checked {
  const source = fields.program;
  if (typeof source !== 'string') throw invalid(line, '"program" must be a string');
  if (fields.order !== undefined && fields.order !== 1 && fields.order !== 2) throw invalid(line, `"order" must be 1 or 2, found ${JSON.stringify(fields.order)}`);
  if (!isMatrixLine(fields)) return checkScalar(fields, source, line, options);
  if (fields.assume !== undefined) throw unsupported(line, '"assume" applies to scalar programs; matrix lines state one-hot labels as matrices');
  const { json, program } = checkMatrixLine(fields, source, line, options);
  return { json, output: program.outputName ?? 'f', kind: 'matrix' };
}

/**
 * Checks one line of `bp check --batch`: a result for every line, bad input included, never a
 * throw. The same line and options give the same result in any thread. The line reports under its
 * own string `id` whenever it is a JSON object with one, else under its line number.
 */
export function checkLine(task: LineTask, options: BatchCheckOptions): LineResult {
  const { line, text } = task;
  let id: string | number = line;
  try {
    const value = parseJson(text, line);
    if (isObject(value) && typeof value.id === 'string') id = value.id;
    const fields = checkObject(value, line);
    if (fields.id !== undefined && typeof fields.id !== 'string') throw invalid(line, '"id" must be a string');
    const { json, output, kind, pending } = checkFields(fields, line, options);
    const status = json.ok ? 'passed' : 'failed';
    const result = { line, id, status, exitCode: json.ok ? EXIT_CODES.success : EXIT_CODES.failed, json: { id, line, ...json }, output, kind } as const;
    return pending === undefined ? result : { ...result, pending };
  } catch (error) {
    return badLine(line, id, error);
  }
}

/** The result of a line that is bad input: its error, as `bp check` reports it. */
function badLine(line: number, id: string | number, error: unknown): LineResult {
  const formatted = formatError(error, 'bp check');
  // Reports name the line themselves; the error keeps bp's own words from `error[code]:` on.
  const words = formatted.line.slice(formatted.line.indexOf('error['));
  return { line, id, status: 'bad', exitCode: formatted.exitCode, json: { id, line, ...formatted.json }, error: words };
}

/**
 * A line's result as reports see it: bp's derivative beside each wrong claim, added in the thread
 * that writes the report. Each program's derivatives are found once there (and the derivation
 * warms up in that thread alone), however many lines and worker threads check the program.
 */
export function completeLine(result: LineResult): LineResult {
  const { pending, ...rest } = result;
  if (pending === undefined) return result;
  const json = rest.json as LineJson & CheckJson;
  try {
    const claims = withSource(pending, () => withDerivatives(parseRecent(pending), json.claims ?? []), `line ${result.line}`);
    return { ...rest, json: { ...json, claims } };
  } catch (error) {
    return badLine(result.line, result.id, error);
  }
}
