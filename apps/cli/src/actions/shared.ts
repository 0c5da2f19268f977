import { parse, type Kink, type Program } from '@bp/symbolic';
import { FUNCTIONS } from '@bp/symbolic/engine';
import { CliError, withSource } from '../errors.js';
import type { SharedContext } from '../context.js';
import { parseNames, parsePoint, parseVariableNames } from '../point.js';
import { readSource } from '../source.js';

/** The `--at` point of a command, empty when none was given. */
export function pointOption(context: SharedContext): Map<string, number> {
  const at = context.options.at;
  return parsePoint(at ?? []);
}

/** A `--wrt a,b` list of variable names or a `--layers` list, or undefined. */
export function namesOption(context: SharedContext, option: 'wrt' | 'layers'): string[] | undefined {
  const text = context.options[option];
  if (text === undefined) return undefined;
  return option === 'wrt' ? parseVariableNames(text, '--wrt') : parseNames(text, `--${option}`);
}

/** What a name that is not an input stands for in the program: an intermediate, a constant it uses, or nothing. */
function roleOf(program: Program, name: string): 'intermediate' | 'constant' | undefined {
  if (program.definitions.has(name)) return 'intermediate';
  // A constant is a call without arguments; an alias (`E`) names the spec of its canonical node (`e`).
  const constant = FUNCTIONS.get(name);
  const usesConstant = constant?.arity[1] === 0 && program.graph.nodes.some((node) => node.op === 'call' && node.name === constant.name);
  return usesConstant ? 'constant' : undefined;
}

/**
 * Warns about `--wrt` and `--at` names the program does not contain: likely typos, never errors.
 * A `--wrt` naming an intermediate or a constant is left to the library, which refuses it; an `--at`
 * value for one is refused here, since the program computes it.
 */
export function warnUnused(context: SharedContext, program: Program, wrt: readonly string[] | undefined, point?: ReadonlyMap<string, number>): void {
  const inputs = new Set(program.inputs);
  for (const name of wrt ?? []) {
    if (!inputs.has(name) && roleOf(program, name) === undefined) context.warn(`"${name}" does not occur in the source; its derivative is 0`);
  }
  for (const name of point?.keys() ?? []) {
    if (inputs.has(name)) continue;
    const role = roleOf(program, name);
    if (role === undefined) {
      context.warn(`--at gives "${name}", which does not occur in the source`);
      continue;
    }
    const what = role === 'intermediate' ? 'an intermediate the program computes' : `the constant ${name} in this source`;
    throw new CliError('invalid-point', `--at gives "${name}", but "${name}" is ${what}, not an input; give values to the inputs only (${program.inputs.join(', ') || 'none'})`, { argument: '--at' });
  }
}

/** One line per kink met: where the derivative does not exist and the convention used. */
export function warnKinks(context: SharedContext, kinks: readonly Kink[]): void {
  for (const kink of kinks) {
    context.warn(`${kink.expression} is at a kink (arguments ${kink.args.join(', ')}): no derivative exists there; ${kink.convention}`);
  }
}

/** The output's name for ∂-notation: the last assignment's name, or f (f_out when an input is named f). */
export function outputName(program: Pick<Program, 'outputName' | 'inputs'>): string {
  return program.outputName ?? (program.inputs.includes('f') ? 'f_out' : 'f');
}

/** Refuses a non-finite number before it reaches JSON as `null` (a bug upstream if it ever happens). */
export function finite(value: number, what: string): number {
  if (!Number.isFinite(value)) throw new Error(`${what} is ${String(value)}, which the maths should have reported as a domain error`);
  return value;
}

/** A usage error for a flag the command needs. */
export function missing(option: string, message: string): CliError {
  return new CliError('missing-argument', message, { argument: option });
}

/**
 * Every input needs a value before anything is evaluated: a missing one is a usage error that
 * names it, rather than a failure deep in the maths.
 */
export function requireValues(context: SharedContext, program: Program, point: ReadonlyMap<string, number>): void {
  const unset = program.inputs.filter((input) => !point.has(input));
  if (unset.length === 0) return;
  const list = unset.join(', ');
  if (context.options.at === undefined) {
    const example = unset.map((input) => `${input}=1`).join(',');
    throw new CliError('missing-argument', `bp ${context.command} needs the point: --at ${example} gives a value to every input (${list})`, { argument: '--at' });
  }
  throw new CliError('invalid-point', `--at gives no value for ${list}`, { argument: '--at' });
}

/** Writes text to `-o FILE`, creating nothing on failure, or to standard output. */
export async function emit(context: SharedContext, text: string): Promise<void> {
  const file = context.options.output;
  if (file === undefined || file === '-') {
    const { write } = await import('../output.js');
    return write(process.stdout, text);
  }
  const { writeFile } = await import('node:fs/promises');
  try {
    await writeFile(file, text);
  } catch (error) {
    throw new CliError('file', `cannot write ${file}: ${(error as Error).message}`, { argument: '--output' }, { cause: error });
  }
  context.note(`wrote ${file}`);
}

/** Refuses a source with no inputs where there would be nothing to show: nothing depends on anything. */
export function requireInputs(context: SharedContext, program: Program): void {
  if (program.inputs.length > 0) return;
  throw new CliError('usage', `the source has no inputs (free variables), so bp ${context.command} has nothing to differentiate`, { argument: 'source' });
}

/** What graph, writeup and check share: the source read and parsed, with its inputs and `--at` point checked. */
export interface ParsedInput {
  readonly source: string;
  readonly program: Program;
  readonly point: Map<string, number>;
  /** Whether `--at` was given. */
  readonly hasPoint: boolean;
}

/** Reads the source (argument, file or `-`), parses it, and checks the point against its inputs. */
export async function parsedInput(context: SharedContext): Promise<ParsedInput> {
  const source = await readSource(context.args[0], context.command);
  const point = pointOption(context);
  const program = withSource(source, () => parse(source));
  requireInputs(context, program);
  const hasPoint = context.options.at !== undefined;
  warnUnused(context, program, undefined, point);
  if (hasPoint) requireValues(context, program, point);
  return { source, program, point, hasPoint };
}
