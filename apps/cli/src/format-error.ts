import { EXIT_CODES } from './commands.js';
import { SourcedError } from './errors.js';

/** An error as `--json` prints it: the contract's `{"error": {…}}` object. */
export interface ErrorJson {
  readonly error: {
    readonly code: string;
    readonly message: string;
    readonly position?: Readonly<Record<string, unknown>>;
  };
}

/** One error ready to print: the exit status, the one-line message, the JSON and an optional diagram. */
export interface FormattedError {
  readonly exitCode: number;
  /** True for a bug in bp rather than bad input. */
  readonly internal: boolean;
  /** One line, no trailing newline. */
  readonly line: string;
  /** A caret diagram under the offending text (print it only on a terminal), or undefined. */
  readonly diagram: string | undefined;
  readonly json: ErrorJson;
}

/** The error classes of the packages and the CLI: bad input, never a bug. */
const INPUT_ERRORS = new Set(['SymbolicError', 'NumericError', 'VerifyError', 'CliError']);

const MAX_MESSAGE = 400;
const MAX_QUOTE = 40;
const DIAGRAM_WIDTH = 72;

interface Coded {
  readonly name: string;
  readonly code: string;
  readonly message: string;
  readonly position?: unknown;
}

function isInputError(value: unknown): value is Coded {
  return (
    value instanceof Error &&
    INPUT_ERRORS.has(value.name) &&
    typeof (value as { code?: unknown }).code === 'string'
  );
}

/** A message squeezed onto one line and cut to a readable length. */
function oneLine(text: string, max = MAX_MESSAGE): string {
  const flat = text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function quote(text: string): string {
  const cut = text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE - 1)}…` : text;
  return JSON.stringify(cut);
}

interface Span {
  readonly start: number;
  readonly end: number;
}

function spanOf(position: unknown): Span | undefined {
  if (typeof position !== 'object' || position === null) return undefined;
  const { start, end } = position as { start?: unknown; end?: unknown };
  if (typeof start !== 'number' || !Number.isInteger(start) || start < 0) return undefined;
  return { start, end: typeof end === 'number' && Number.isInteger(end) && end >= start ? end : start };
}

/** Line and column (both from 1) of an offset. */
function lineColumn(source: string, offset: number): { line: number; column: number; lineStart: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = source.indexOf('\n'); i !== -1 && i < offset; i = source.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1, lineStart };
}

/** `column 5: ")"`, `line 2, column 3: "sine"` or `column 9: end of input`. */
function where(source: string, span: Span): string {
  const start = Math.min(span.start, source.length);
  const end = Math.min(span.end, source.length);
  const { line, column } = lineColumn(source, start);
  const at = source.includes('\n') ? `line ${line}, column ${column}` : `column ${column}`;
  const culprit = end > start ? quote(source.slice(start, end)) : start >= source.length ? 'end of input' : quote(source.slice(start, start + 1));
  return `${at}: ${culprit}`;
}

/** The offending line with carets under the span, clipped to a terminal's width. */
function caretDiagram(source: string, span: Span): string {
  const start = Math.min(span.start, source.length);
  const { line, lineStart } = lineColumn(source, start);
  const newline = source.indexOf('\n', lineStart);
  const text = source.slice(lineStart, newline === -1 ? source.length : newline);
  const from = start - lineStart;
  const to = Math.max(from + 1, Math.min(span.end - lineStart, text.length));
  const left = Math.max(0, Math.min(from - 20, text.length - DIAGRAM_WIDTH));
  const shown = text.slice(left, left + DIAGRAM_WIDTH);
  const prefix = left > 0 ? '…' : '';
  const gutter = source.includes('\n') ? `${line} | ` : '  ';
  const carets = '^'.repeat(Math.max(1, Math.min(to, left + DIAGRAM_WIDTH) - from));
  return `${gutter}${prefix}${shown}\n${' '.repeat(gutter.length + prefix.length + from - left)}${carets}`;
}

/** `argument W, index 3`, `parameter x, coordinate 2`: a numeric or verify position in words. */
function describePosition(position: unknown): string | undefined {
  if (typeof position !== 'object' || position === null) return undefined;
  const parts = Object.entries(position as Record<string, unknown>)
    .filter(([key, value]) => key !== 'start' && key !== 'end' && (typeof value === 'string' || typeof value === 'number'))
    .map(([key, value]) => `${key} ${String(value)}`);
  return parts.length > 0 ? parts.join(', ') : undefined;
}

/**
 * Formats any error `bp` can meet: the packages' error classes and the CLI's own (bad input, exit
 * 2), or anything else (a bug, exit 70). The line names what and where: the column and the quoted
 * culprit when the error points into text bp was given.
 */
export function formatError(thrown: unknown, command = 'bp'): FormattedError {
  let error = thrown;
  let source: string | undefined;
  let label: string | undefined;
  if (error instanceof SourcedError) {
    source = error.source;
    label = error.label;
    error = error.error;
  }
  if (!isInputError(error)) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return {
      exitCode: EXIT_CODES.internal,
      internal: true,
      line: `${command}: internal error (a bug in bp, please report it): ${oneLine(message, 200)}; run again with --debug for the stack`,
      diagram: undefined,
      json: { error: { code: 'internal', message: oneLine(message) } },
    };
  }
  const message = oneLine(error.message);
  const span = spanOf(error.position);
  const parts: string[] = [];
  if (label !== undefined) parts.push(`in ${label}`);
  const argument = (error.position as { argument?: unknown } | undefined)?.argument;
  if (error.name === 'CliError' && typeof argument === 'string' && label === undefined && !message.includes(argument)) parts.push(`in ${argument}`);
  let diagram: string | undefined;
  if (span !== undefined && source !== undefined) {
    parts.push(where(source, span));
    diagram = caretDiagram(source, span);
  } else if (span === undefined && error.name !== 'CliError') {
    const words = describePosition(error.position);
    if (words !== undefined) parts.push(`at ${words}`);
  }
  const suffix = parts.length > 0 ? ` (${parts.join(', ')})` : '';
  const position =
    typeof error.position === 'object' && error.position !== null
      ? { ...(error.position as Record<string, unknown>) }
      : undefined;
  return {
    exitCode: EXIT_CODES.usage,
    internal: false,
    line: `${command}: error[${error.code}]: ${message}${suffix}`,
    diagram,
    json: { error: position === undefined ? { code: error.code, message } : { code: error.code, message, position } },
  };
}
