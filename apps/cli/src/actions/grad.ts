import { gradient, parse, type GradientResult } from '@bp/symbolic';
import { namesField, pointField, runBatch, stringField } from '../batch.js';
import { EXIT_CODES } from '../commands.js';
import { withSource } from '../errors.js';
import type { CommandContext } from '../context.js';
import { numberForTerminal, jsonLine, table, write } from '../output.js';


import { isMatrixRun, runMatrixGrad } from '../matrix.js';
import { readSource } from '../source.js';
import { finite, namesOption, outputName, pointOption, requireValues, warnKinks, warnUnused } from './shared.js';

/** What `bp grad --json` prints: the contract, plus `kinks` when any were met. */
export interface GradJson {
  readonly value: number;
  readonly gradient: Record<string, number>;
  readonly kinks?: readonly { function: string; expression: string; args: readonly number[]; convention: string }[];
}

function toJson(result: GradientResult): GradJson {
  const partials = Object.create(null) as Record<string, number>;
  for (const [name, partial] of Object.entries(result.gradient)) partials[name] = finite(partial, `∂/∂${name}`);
  const json: GradJson = { value: finite(result.value, 'the value'), gradient: partials };
  if (result.kinks.length === 0) return json;
  return {
    ...json,
    kinks: result.kinks.map((kink) => ({ function: kink.function, expression: kink.expression, args: kink.args, convention: kink.convention })),
  };
}

/** `bp grad`: the value and gradient at a point. */
export async function run(context: CommandContext<'grad'>): Promise<number> {
  const batch = context.options.batch;
  if (batch !== undefined) {
    const summary = await runBatch(batch, (line, n) => {
      const program = stringField(line, 'program', n);
      const at = pointField(line, 'at', n);
      const wrt = namesField(line, 'wrt', n);
      return toJson(withSource(program, () => gradient(parse(program), at, wrt === undefined ? {} : { wrt })));
    });
    if (summary.failed > 0 && !context.json) context.warn(`${summary.failed} of ${summary.lines} lines failed`);
    return summary.exitCode;
  }
  if (isMatrixRun(context)) return runMatrixGrad(context);
  const source = await readSource(context.args[0], 'grad');
  const point = pointOption(context);
  const wrt = namesOption(context, 'wrt');
  const program = withSource(source, () => parse(source));
  warnUnused(context, program, wrt, point);
  requireValues(context, program, point);
  const result = withSource(source, () => gradient(program, point, wrt === undefined ? {} : { wrt }));
  const json = toJson(result);
  warnKinks(context, result.kinks);
  if (context.json) {
    await write(process.stdout, jsonLine(json));
    return EXIT_CODES.success;
  }
  const c = context.colors;
  const name = outputName(program);
  const at = [...point].filter(([input]) => program.inputs.includes(input)).map(([input, value]) => `${input} = ${numberForTerminal(value)}`);
  // A space where a minus sign would be, so the digits line up.
  const number = (value: number): string => (value < 0 ? numberForTerminal(value) : ` ${numberForTerminal(value)}`);
  const rows = [[c.bold(name), number(json.value)], ...Object.entries(json.gradient).map(([input, partial]) => [`∂${name}/∂${input}`, number(partial)])];
  const header = at.length > 0 ? `${c.dim(`at ${at.join(', ')}`)}\n` : '';
  await write(process.stdout, `${header}${table(rows, '   ', ['left', 'left'])}\n`);
  return EXIT_CODES.success;
}
