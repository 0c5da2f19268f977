import { open, type FileHandle } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { EXIT_CODES } from './commands.js';
import { CliError } from './errors.js';
import { formatError } from './format-error.js';
import { jsonLine, write } from './output.js';
import { isVariableName } from './point.js';

/** What a batch run saw, for the exit status and a summary. */
export interface BatchSummary {
  readonly lines: number;
  readonly failed: number;
  readonly exitCode: number;
}

/** Opens a `--batch` file, or standard input for `-`: one clear error for a missing file, before any output. */
export async function openInput(file: string): Promise<Readable> {
  if (file === '-') {
    if (process.stdin.isTTY) {
      throw new CliError('missing-argument', '--batch - reads JSON Lines from standard input, but nothing is piped into it', {
        argument: '--batch',
      });
    }
    return process.stdin.setEncoding('utf8');
  }
  // Open first so a missing file (or a directory) is one clear error before any output.
  let handle: FileHandle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    throw readError(file, error);
  }
  if ((await handle.stat()).isDirectory()) {
    await handle.close();
    throw new CliError('file', `cannot read ${file}: it is a directory`, { argument: '--batch' });
  }
  return handle.createReadStream({ encoding: 'utf8' });
}

function readError(file: string, error: unknown): CliError {
  const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
  return new CliError('file', `cannot read ${file}: ${reason}`, { argument: '--batch' }, { cause: error });
}

/**
 * The lines of a JSON Lines stream, split at LF only: a lone CR is JSON whitespace inside a line,
 * not a line break, and one CR before each LF (Windows line ends) is dropped.
 */
async function* linesOf(input: Readable, file: string): AsyncGenerator<string> {
  const strip = (line: string): string => (line.endsWith('\r') ? line.slice(0, -1) : line);
  let rest = '';
  try {
    for await (const chunk of input) {
      rest += chunk as string;
      let start = 0;
      for (let end = rest.indexOf('\n'); end !== -1; end = rest.indexOf('\n', start)) {
        yield strip(rest.slice(start, end));
        start = end + 1;
      }
      rest = rest.slice(start);
    }
  } catch (error) {
    throw readError(file, error);
  }
  if (rest !== '') yield strip(rest);
}

/** The parsed JSON object of one line, or a CliError saying why the line is not one. */
function parseLine(text: string, lineNumber: number): Record<string, unknown> {
  if (text.trim() === '') throw new CliError('invalid-json', `line ${lineNumber} is blank`, { argument: `line ${lineNumber}` });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new CliError('invalid-json', `line ${lineNumber} is not JSON: ${(error as Error).message}`, {
      argument: `line ${lineNumber}`,
    });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new CliError('invalid-line', `line ${lineNumber} must be a JSON object`, { argument: `line ${lineNumber}` });
  }
  return value as Record<string, unknown>;
}

/**
 * Streams a JSON Lines file through `handle`: one output line per input line, in order, an
 * `{"error": …}` line for each line that fails, and never a line dropped.
 */
export async function runBatch(
  file: string,
  handle: (line: Record<string, unknown>, lineNumber: number) => unknown,
): Promise<BatchSummary> {
  const lines = linesOf(await openInput(file), file);
  let count = 0;
  let failed = 0;
  let exitCode: number = EXIT_CODES.success;
  for await (const text of lines) {
    count++;
    let out: unknown;
    try {
      out = handle(parseLine(text, count), count);
    } catch (error) {
      const formatted = formatError(error);
      failed++;
      exitCode = Math.max(exitCode, formatted.exitCode);
      out = formatted.json;
    }
    await write(process.stdout, jsonLine(out));
  }
  return { lines: count, failed, exitCode };
}

/** Reads a required string field of a batch line. */
export function stringField(line: Record<string, unknown>, field: string, lineNumber: number): string {
  const value = Object.hasOwn(line, field) ? line[field] : undefined;
  if (typeof value !== 'string') {
    throw new CliError('invalid-line', `line ${lineNumber}: "${field}" must be a string`, { argument: `line ${lineNumber}` });
  }
  return value;
}

/** Reads a required field of a batch line that holds one variable name (`"wrt": "x"`). */
export function nameField(line: Record<string, unknown>, field: string, lineNumber: number): string {
  const name = stringField(line, field, lineNumber);
  if (!isVariableName(name)) {
    throw new CliError('invalid-line', `line ${lineNumber}: "${field}" must be a variable name, found ${JSON.stringify(name)}`, { argument: `line ${lineNumber}` });
  }
  return name;
}

/** Reads an optional field of a batch line that holds an array of variable names (`"wrt": ["x", "y"]`). */
export function namesField(line: Record<string, unknown>, field: string, lineNumber: number): string[] | undefined {
  if (!Object.hasOwn(line, field)) return undefined;
  const value = line[field];
  if (!Array.isArray(value) || !value.every((name) => typeof name === 'string')) {
    throw new CliError('invalid-line', `line ${lineNumber}: "${field}" must be an array of strings`, { argument: `line ${lineNumber}` });
  }
  const bad = value.find((name) => !isVariableName(name));
  if (bad !== undefined) {
    throw new CliError('invalid-line', `line ${lineNumber}: "${field}" must hold variable names, found ${JSON.stringify(bad)}`, { argument: `line ${lineNumber}` });
  }
  return value;
}

/** Reads the `at` field of a batch line: an object of finite numbers, as a Map. */
export function pointField(line: Record<string, unknown>, field: string, lineNumber: number): Map<string, number> {
  const value = Object.hasOwn(line, field) ? line[field] : {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new CliError('invalid-line', `line ${lineNumber}: "${field}" must be an object of numbers`, { argument: `line ${lineNumber}` });
  }
  const point = new Map<string, number>();
  for (const [name, number] of Object.entries(value)) {
    if (typeof number !== 'number' || !Number.isFinite(number)) {
      throw new CliError('invalid-line', `line ${lineNumber}: "${field}.${name}" must be a finite number`, {
        argument: `line ${lineNumber}`,
      });
    }
    point.set(name, number);
  }
  return point;
}
