import { parse, writeup } from '@bp/symbolic';
import { EXIT_CODES } from '../commands.js';
import { withSource } from '../errors.js';
import type { Context } from '../main.js';
import { emit, pointOption, requireValues, warnKinks, warnUnused } from './shared.js';

/** `bp writeup`: a complete Markdown derivation. */
export async function run(context: Context): Promise<number> {
  const { readSource } = await import('../source.js');
  const source = await readSource(context.args[0], 'writeup');
  const point = pointOption(context);
  const program = withSource(source, () => parse(source));
  const hasPoint = context.options.at !== undefined;
  warnUnused(context, program, undefined, point);
  if (hasPoint) requireValues(context, program, point);
  const text = withSource(source, () => writeup(program, hasPoint ? { at: point } : {}));
  if (hasPoint) {
    const { gradient } = await import('@bp/symbolic');
    warnKinks(context, withSource(source, () => gradient(program, point)).kinks);
  }
  await emit(context, text);
  return EXIT_CODES.success;
}
