import { describe, expect, it } from 'vitest';
import { VerifyError, isVerifyError } from './errors.js';

describe('VerifyError', () => {
  it('carries its code and position and is an Error', () => {
    const error = new VerifyError('dimension', 'expected a number, found "x"', { parameter: 'gradient', coordinate: 2 }, { cause: 'inner' });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('VerifyError');
    expect(error.code).toBe('dimension');
    expect(error.position).toEqual({ parameter: 'gradient', coordinate: 2 });
    expect(error.cause).toBe('inner');
  });

  it('is recognised by name, so a second installed copy of the class still matches', () => {
    class VerifyError extends Error {
      override readonly name = 'VerifyError';
    }
    expect(isVerifyError(new VerifyError('from another copy'))).toBe(true);
  });

  it('does not match other errors or error-shaped objects', () => {
    expect(isVerifyError(new TypeError('x'))).toBe(false);
    expect(isVerifyError({ name: 'VerifyError', message: 'x' })).toBe(false);
    expect(isVerifyError(undefined)).toBe(false);
  });
});
