import { describe, expect, it } from 'vitest';
import { SymbolicError, isSymbolicError } from './errors.js';

describe('SymbolicError', () => {
  it('carries its code and position and is an Error', () => {
    const error = new SymbolicError('syntax', 'expected a number, found "x"', { start: 4, end: 5 }, { cause: 'inner' });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('SymbolicError');
    expect(error.code).toBe('syntax');
    expect(error.position).toEqual({ start: 4, end: 5 });
    expect(error.cause).toBe('inner');
  });

  it('is recognised by name, so a second installed copy of the class still matches', () => {
    class SymbolicError extends Error {
      override readonly name = 'SymbolicError';
    }
    expect(isSymbolicError(new SymbolicError('from another copy'))).toBe(true);
  });

  it('does not match other errors or error-shaped objects', () => {
    expect(isSymbolicError(new TypeError('x'))).toBe(false);
    expect(isSymbolicError({ name: 'SymbolicError', message: 'x' })).toBe(false);
    expect(isSymbolicError(undefined)).toBe(false);
  });
});
