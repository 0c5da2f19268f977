import { describe, expect, it } from 'vitest';
import { CliError, SourcedError } from './errors.js';
import { formatError } from './format-error.js';

/** A package error as @bp/symbolic, @bp/numeric or @bp/verify throws it (they are recognised by name). */
function packageError(name: string, code: string, message: string, position?: unknown): Error {
  return Object.assign(new Error(message), { name, code, position });
}

describe('formatError', () => {
  it('names the line and column and quotes the offending text of a multi-line source', () => {
    const source = 'a = x*y\nb = a + sine(z)';
    const error = new SourcedError(packageError('SymbolicError', 'unknown-function', 'unknown function "sine"', { start: 16, end: 20 }), source);
    const formatted = formatError(error, 'bp grad');
    expect(formatted.exitCode).toBe(2);
    expect(formatted.line).toBe('bp grad: error[unknown-function]: unknown function "sine" (line 2, column 9: "sine")');
    expect(formatted.json).toEqual({ error: { code: 'unknown-function', message: 'unknown function "sine"', position: { start: 16, end: 20 } } });
    expect(formatted.diagram).toBe('2 | b = a + sine(z)\n            ^^^^');
  });

  it('says "end of input" for an empty span at the end', () => {
    const error = new SourcedError(packageError('SymbolicError', 'syntax', 'unexpected end', { start: 3, end: 3 }), 'x +');
    expect(formatError(error).line).toContain('(column 4: end of input)');
  });

  it('keeps a message on one line and cuts a long quote', () => {
    const source = `${'y'.repeat(100)} + !`;
    const error = new SourcedError(packageError('SymbolicError', 'syntax', 'bad\ninput', { start: 0, end: 100 }), source);
    const { line } = formatError(error);
    expect(line).not.toContain('\n');
    expect(line).toContain(`"${'y'.repeat(39)}…"`);
  });

  it('describes a numeric or verify position in words', () => {
    const formatted = formatError(packageError('NumericError', 'shape', 'expected 6 elements', { argument: 'W', index: 3 }));
    expect(formatted.line).toBe('bp: error[shape]: expected 6 elements (at argument W, index 3)');
    expect(formatted.exitCode).toBe(2);
  });

  it('formats the CLI\'s own errors with the option they concern', () => {
    const formatted = formatError(new CliError('invalid-option', 'bad value', { argument: '--points' }));
    expect(formatted.line).toBe('bp: error[invalid-option]: bad value (in --points)');
  });

  it('calls anything else a bug, exit 70, and points to --debug', () => {
    const formatted = formatError(new TypeError('undefined is not a function'));
    expect(formatted.exitCode).toBe(70);
    expect(formatted.internal).toBe(true);
    expect(formatted.line).toMatch(/internal error.*--debug/);
    expect(formatted.json.error.code).toBe('internal');
  });
});
