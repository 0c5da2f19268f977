/** Every reason @bp/numeric rejects its input. Renaming or removing a code is a breaking change. */
export type NumericErrorCode =
  | 'missing-input'
  | 'length-mismatch'
  | 'dtype'
  | 'shape'
  | 'invalid-option'
  | 'invalid-weights'
  /** An array longer than an engine can allocate, or an allocation that failed; the message says how much memory it needs. */
  | 'too-large'
  /** A NaN or ±Infinity where data must be finite (training inputs, targets). */
  | 'not-finite'
  /** A value outside the range its role allows (a class probability below 0 or above 1). */
  | 'out-of-range';

/** Where a numeric error happened: the argument (an input name, `a`, `W`…) and, when known, an index or axis. */
export interface NumericPosition {
  readonly argument: string;
  readonly index?: number;
  readonly axis?: number;
}

/** The one error class @bp/numeric throws for bad input: a closed `code` and where it happened. */
export class NumericError extends Error {
  override readonly name = 'NumericError';
  readonly code: NumericErrorCode;
  readonly position: NumericPosition | undefined;

  constructor(code: NumericErrorCode, message: string, position?: NumericPosition, options?: ErrorOptions) {
    super(message, options);
    this.code = code;
    this.position = position;
  }
}

/**
 * Tells whether a value is a {@link NumericError}.
 * Checks the name rather than the prototype, so a second installed copy still matches.
 * @example
 * isNumericError(new NumericError('shape', 'expected 6 elements, found 5')); // → true
 */
export function isNumericError(value: unknown): value is NumericError {
  return value instanceof Error && value.name === 'NumericError';
}
