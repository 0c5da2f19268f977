import { hessian, hessianAt, parse, type HessianResult, type Program } from '@bp/symbolic';
import { EXIT_CODES } from '../commands.js';
import { withSource } from '../errors.js';
import type { CommandContext } from '../context.js';
import { numberForTerminal, jsonLine, table, write } from '../output.js';
import { entryLines } from '../hessian-entries.js';
import { readSource } from '../source.js';
import { finite, namesOption, outputName, pointOption, requireInputs, requireValues, warnKinks, warnUnused } from './shared.js';

/** What `bp hessian --json` prints: the contract, plus `kinks` when any were met. */
export interface HessianJson {
  readonly value: number;
  readonly gradient: Record<string, number>;
  readonly hessian: Record<string, Record<string, number>>;
  readonly kinks?: readonly { function: string; expression: string; args: readonly number[]; convention: string }[];
}

function toJson(result: HessianResult): HessianJson {
  const gradient = Object.create(null) as Record<string, number>;
  for (const [name, partial] of Object.entries(result.gradient)) gradient[name] = finite(partial, `∂/∂${name}`);
  const matrix = Object.create(null) as Record<string, Record<string, number>>;
  for (const [a, row] of Object.entries(result.hessian)) {
    matrix[a] = Object.create(null) as Record<string, number>;
    for (const [b, entry] of Object.entries(row)) matrix[a][b] = finite(entry, `∂²/∂${a}∂${b}`);
  }
  const json: HessianJson = { value: finite(result.value, 'the value'), gradient, hessian: matrix };
  if (result.kinks.length === 0) return json;
  return {
    ...json,
    kinks: result.kinks.map((kink) => ({ function: kink.function, expression: kink.expression, args: kink.args, convention: kink.convention })),
  };
}

/** The text form: each second partial in the program's names, then the matrix of values. */
function text(context: CommandContext<'hessian'>, program: Program, json: HessianJson, wrt: readonly string[], point: ReadonlyMap<string, number>): string {
  const c = context.colors;
  const name = outputName(program);
  const steps = context.options.steps === true;
  const symbolic = withSource(program.source, () => hessian(program, { wrt, expand: false, steps }));
  const at = [...point].filter(([input]) => program.inputs.includes(input)).map(([input, value]) => `${input} = ${numberForTerminal(value)}`);
  const partial = (a: string, b: string): string => (a === b ? `∂²${name}/∂${a}²` : `∂²${name}/∂${a}∂${b}`);
  const lines: string[] = [];
  if (at.length > 0) lines.push(c.dim(`at ${at.join(', ')}`));
  lines.push(table([[c.bold(name), numberForTerminal(json.value)], ...wrt.map((x) => [`∂${name}/∂${x}`, numberForTerminal(json.gradient[x]!)])], '   ', ['left', 'left']));
  lines.push('', c.bold('second partials'));
  lines.push(...entryLines(symbolic.entries, (e) => partial(e.wrt[0], e.wrt[1]), c));
  for (const entry of steps ? symbolic.entries : []) {
    // Each entry differentiates a gradient component again; the trace names it delta_<input>.
    lines.push('', c.bold(partial(entry.wrt[0], entry.wrt[1])));
    lines.push(table((entry.steps ?? []).map((step, i) => [c.dim(`${i + 1}.`), c.cyan(step.rule), step.text]), '  ', ['left', 'left', 'left']));
  }
  lines.push('', c.bold('Hessian'));
  const rows = wrt.map((a) => [a, ...wrt.map((b) => numberForTerminal(json.hessian[a]![b]!))]);
  lines.push(table([['', ...wrt.map((b) => c.dim(b))], ...rows], '  '));
  return `${lines.join('\n')}\n`;
}

/** `bp hessian`: the value, the gradient and every second partial at a point. */
export async function run(context: CommandContext<'hessian'>): Promise<number> {
  const source = await readSource(context.args[0], 'hessian');
  const point = pointOption(context);
  const wrtOption = namesOption(context, 'wrt');
  const program = withSource(source, () => parse(source));
  requireInputs(context, program);
  warnUnused(context, program, wrtOption, point);
  requireValues(context, program, point);
  const wrt = [...new Set(wrtOption ?? program.inputs)];
  const result = withSource(source, () => hessianAt(program, point, { wrt }));
  const json = toJson(result);
  warnKinks(context, result.kinks);
  await write(process.stdout, context.json ? jsonLine(json) : text(context, program, json, wrt, point));
  return EXIT_CODES.success;
}
