import { describe, expect, it } from 'vitest';
import { NumericError, isNumericError } from './errors.js';

describe('NumericError', () => {
  it('carries its code and position and is an Error', () => {
    const error = new NumericError('shape', 'expected a number, found "x"', { argument: 'a', index: 3 }, { cause: 'inner' });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('NumericError');
    expect(error.code).toBe('shape');
    expect(error.position).toEqual({ argument: 'a', index: 3 });
    expect(error.cause).toBe('inner');
  });

  it('is recognised by name, so a second installed copy of the class still matches', () => {
    class NumericError extends Error {
      override readonly name = 'NumericError';
    }
    expect(isNumericError(new NumericError('from another copy'))).toBe(true);
  });

  it('does not match other errors or error-shaped objects', () => {
    expect(isNumericError(new TypeError('x'))).toBe(false);
    expect(isNumericError({ name: 'NumericError', message: 'x' })).toBe(false);
    expect(isNumericError(undefined)).toBe(false);
  });
});
