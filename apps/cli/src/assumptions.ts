import { isSymbolicError, parseAssumption, type Assumption, type Program } from '@bp/symbolic';
import { CliError, withSource } from './errors.js';

/**
 * The `--assume` values, each read against the program's inputs; a malformed one is an
 * `invalid-option` error pointing inside its own text (`--assume`, column and culprit).
 */
export function assumptionsOption(texts: readonly string[] | undefined, program: Program): Assumption[] {
  return (texts ?? []).map((text) =>
    withSource(text, () => {
      try {
        return parseAssumption(text, program.inputs);
      } catch (error) {
        if (!isSymbolicError(error)) throw error;
        throw new CliError('invalid-option', error.message, { argument: '--assume', ...error.position }, { cause: error });
      }
    }, '--assume'),
  );
}
