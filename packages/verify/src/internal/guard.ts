import { isVerifyError, VerifyError, type VerifyPosition } from '../errors.js';

/**
 * Calls a user's function, turning anything it throws into a VerifyError `function-threw` that
 * says what bp was doing (the original stays as `cause`), so a failure inside the user's code is
 * never mistaken for a fault of bp, and a caller sees one error type. @bp/verify's own errors pass unchanged.
 */
export function guarded<T>(run: () => T, position: VerifyPosition, doing: string): T {
  try {
    return run();
  } catch (error) {
    // A VerifyError already says what is wrong (a wrapper of @bp/verify's own that checks what f returns).
    if (isVerifyError(error)) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new VerifyError('function-threw', `${position.parameter} threw while bp ${doing}: ${message}`, position, { cause: error });
  }
}
