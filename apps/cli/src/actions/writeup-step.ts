import type { Program } from '@bp/symbolic';
import { CliError } from '../errors.js';
import type { CommandContext } from '../context.js';
import { parseVariableNames } from '../point.js';

/** The gradient-descent step `bp writeup --lr η [--update w,b]` asks for. */
export interface StepOptions {
  readonly learningRate?: number;
  readonly update?: readonly string[];
}

/**
 * Reads `--lr` and `--update`: a positive learning rate, a point to step from, and parameters
 * that are inputs of the program.
 * @throws {CliError} `missing-argument` for `--update` without `--lr` or `--lr` without `--at`;
 *   `invalid-option` for a rate that is not positive or a name that is not an input.
 */
export function stepOptions(context: CommandContext<'writeup'>, program: Program, hasPoint: boolean): StepOptions {
  const rate = context.options.lr;
  const text = context.options.update;
  if (rate === undefined) {
    if (text !== undefined) throw new CliError('missing-argument', '--update names the parameters of a gradient-descent step: give its learning rate with --lr', { argument: '--update' });
    return {};
  }
  if (!(rate > 0)) throw new CliError('invalid-option', `--lr is a learning rate greater than 0, found ${rate}`, { argument: '--lr' });
  if (!hasPoint) throw new CliError('missing-argument', '--lr takes one step of gradient descent from a point: give the point with --at', { argument: '--lr' });
  if (text === undefined) return { learningRate: rate };
  const update = parseVariableNames(text, '--update');
  const stranger = update.find((name) => !program.inputs.includes(name));
  if (stranger !== undefined) {
    throw new CliError('invalid-option', `--update names ${stranger}, which is not an input of the program (its inputs: ${program.inputs.join(', ')})`, { argument: '--update' });
  }
  return { learningRate: rate, update };
}
