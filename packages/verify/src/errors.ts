/** Every reason @bp/verify rejects its input. Renaming or removing a code is a breaking change. */
export type VerifyErrorCode = 'invalid-argument' | 'dimension' | 'non-finite' | 'invalid-option' | 'function-threw' | 'too-large';

/** Where a verify error happened: the parameter and, when known, the coordinate. */
export interface VerifyPosition {
  readonly parameter: string;
  readonly coordinate?: number;
}

/** The one error class @bp/verify throws for bad input: a closed `code` and where it happened. */
export class VerifyError extends Error {
  override readonly name = 'VerifyError';
  readonly code: VerifyErrorCode;
  readonly position: VerifyPosition | undefined;

  constructor(code: VerifyErrorCode, message: string, position?: VerifyPosition, options?: ErrorOptions) {
    super(message, options);
    this.code = code;
    this.position = position;
  }
}

/**
 * Tells whether a value is a {@link VerifyError}.
 * Checks the name rather than the prototype, so a second installed copy still matches.
 * @example
 * isVerifyError(new VerifyError('dimension', 'gradient has 3 components, x has 4')); // → true
 */
export function isVerifyError(value: unknown): value is VerifyError {
  return value instanceof Error && value.name === 'VerifyError';
}
