import { compile, type Kernel } from '@bp/numeric';
import { parse } from '@bp/symbolic';
import { EXIT_CODES } from '../commands.js';
import { withSource } from '../errors.js';
import type { CommandContext } from '../context.js';

import { runMatrixCompile } from '../compile-matrix.js';
import { isMatrixRun } from '../matrix.js';
import { readSource } from '../source.js';
import { emit, namesOption, warnUnused } from './shared.js';

/**
 * The standalone module @bp/numeric writes for a kernel, with the program's source recorded.
 * User text only ever appears inside JSON string literals, never as code.
 */
export function kernelModule(kernel: Kernel, source: string): string {
  return `${kernel.module}\nexport const source = ${JSON.stringify(source)};\n`;
}

/** `bp compile`: a standalone JavaScript kernel. */
export async function run(context: CommandContext<'compile'>): Promise<number> {
  if (isMatrixRun(context)) return runMatrixCompile(context, emit);
  const source = await readSource(context.args[0], 'compile');
  const wrt = namesOption(context, 'wrt');
  const program = withSource(source, () => parse(source));
  warnUnused(context, program, wrt);
  const dtype = context.options.dtype;
  const kernel = withSource(source, () => compile(program, wrt === undefined ? { dtype } : { wrt, dtype }));
  await emit(context, kernelModule(kernel, source));
  return EXIT_CODES.success;
}
