import { compileMatrix } from '@bp/numeric';
import { EXIT_CODES } from './commands.js';
import { withSource } from './errors.js';
import type { CommandContext, SharedContext } from './context.js';
import { matrixInput } from './matrix.js';
import { parseNames } from './point.js';

/**
 * `bp compile --shape …`: a standalone ES module for a matrix program, whose `evaluate` takes each
 * input row-major and returns the value and each gradient in its input's shape. User text appears
 * only inside a JSON string literal, never as code.
 */
export async function runMatrixCompile(context: CommandContext<'compile'>, emit: (context: SharedContext, text: string) => Promise<void>): Promise<number> {
  const { source, program } = await matrixInput(context);
  const wrt = context.options.wrt === undefined ? undefined : parseNames(context.options.wrt, '--wrt');
  const dtype = context.options.dtype;
  const kernel = withSource(source, () => compileMatrix(program, { ...program.options, dtype, ...(wrt === undefined ? {} : { wrt }) }));
  await emit(context, `${kernel.module}\nexport const source = ${JSON.stringify(source)};\n`);
  return EXIT_CODES.success;
}
