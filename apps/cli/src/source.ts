import { readFile } from 'node:fs/promises';
import { CliError } from './errors.js';

/** Everything on standard input, or an error at once when it is a terminal (nothing piped: never hang). */
export async function readStdin(what: string): Promise<string> {
  if (process.stdin.isTTY) {
    throw new CliError('missing-argument', `${what} reads standard input, but nothing is piped into it`, { argument: what });
  }
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Whether a source argument is a path to an existing file (`prog.txt`, `./prog.txt`) rather than
 * an expression: it has a `.`, `/` or `\\` (an expression named like a file, `x`, stays an
 * expression) and no line break, `;` or `=`.
 */
async function isFilePath(argument: string): Promise<boolean> {
  if (!/[./\\]/.test(argument) || /[\n;=]/.test(argument)) return false;
  const { stat } = await import('node:fs/promises');
  return (await stat(argument).catch(() => undefined))?.isFile() === true;
}

/**
 * The source argument: the text itself, standard input for `-`, or the file FILE for `@FILE`. A
 * path given without `@` is a usage error that says how to read it, rather than a parse error
 * about property access.
 */
export async function readSource(argument: string | undefined, command: string): Promise<string> {
  if (argument === undefined) {
    throw new CliError('missing-argument', `bp ${command} needs a source expression or program (or --batch FILE)`, {
      argument: 'source',
    });
  }
  if (argument === '-') return (await readStdin('source "-"')).replace(/\r?\n$/, '');
  if (argument.startsWith('@')) return (await readTextFile(argument.slice(1), 'source')).replace(/\r?\n$/, '');
  if (await isFilePath(argument)) {
    throw new CliError('usage', `the source "${argument}" is a file: write @${argument} to read the source from it (or bp ${command} - < ${argument})`, {
      argument: 'source',
    });
  }
  return argument;
}

/** A file's text, with a CLI error naming the option when it cannot be read. */
export async function readTextFile(path: string, option: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new CliError('file', `cannot read ${path}: ${reason}`, { argument: option }, { cause: error });
  }
}
