import { isSymbolicError, parseAssumption, type Assumption, type Program, type SymbolicError } from '@bp/symbolic';
import { CliError, withSource } from './errors.js';
import { parseVariableNames } from './point.js';

/** One assumption's text read against the program's inputs; `fail` turns @bp/symbolic's error into the caller's. */
export function readAssumption(text: string, program: Program, fail: (error: SymbolicError) => CliError): Assumption {
  try {
    return parseAssumption(text, program.inputs);
  } catch (error) {
    if (!isSymbolicError(error)) throw error;
    throw fail(error);
  }
}

/** One assumption's text read against the program's inputs; an error points inside it, at `option`. */
function read(text: string, program: Program, option: string): Assumption {
  return withSource(text, () => readAssumption(text, program, (error) => new CliError('invalid-option', error.message, { argument: option, ...error.position }, { cause: error })), option);
}

/**
 * The `--assume` values, each read against the program's inputs, and for scalar inputs
 * `--distribution y_a,y_b,y_c` as `y_a + y_b + y_c = 1` (the scalar form of a matrix input whose
 * columns sum to 1). A malformed one is an `invalid-option` error pointing inside its own text.
 */
export function assumptionsOption(texts: readonly string[] | undefined, program: Program, distribution?: string): Assumption[] {
  const out = (texts ?? []).map((text) => read(text, program, '--assume'));
  if (distribution !== undefined) {
    const names = parseVariableNames(distribution, '--distribution');
    if (names.length < 2) {
      throw new CliError('invalid-option', `--distribution names the scalar inputs that sum to 1, two or more (y_a,y_b,y_c), found "${distribution}"`, { argument: '--distribution' });
    }
    // Checked here, so an error points into the option's own text rather than the sum built from it.
    let offset = 0;
    for (const [i, name] of names.entries()) {
      const start = distribution.indexOf(name, offset);
      offset = start + name.length;
      const position = { argument: '--distribution', start, end: offset };
      if (!program.inputs.includes(name)) throw new CliError('invalid-option', `--distribution names "${name}", which is not an input (inputs: ${program.inputs.join(', ')})`, position);
      if (names.indexOf(name) !== i) throw new CliError('invalid-option', `--distribution names "${name}" twice`, position);
    }
    out.push(read(`${names.join(' + ')} = 1`, program, '--distribution'));
  }
  return out;
}
