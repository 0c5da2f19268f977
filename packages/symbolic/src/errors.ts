/** Every reason @bp/symbolic rejects its input. Renaming or removing a code is a breaking change. */
export type SymbolicErrorCode =
  | 'syntax'
  | 'unknown-function'
  | 'unsupported'
  | 'undefined-variable'
  | 'reassigned'
  | 'arity'
  | 'domain'
  | 'overflow'
  | 'too-deep'
  | 'too-large'
  | 'invalid-argument'
  | 'shape'
  | 'not-scalar';

/** Half-open `[start, end)` in UTF-16 units: `source.slice(start, end)` is the culprit. */
export interface SourceSpan {
  readonly start: number;
  readonly end: number;
}

/** The one error class @bp/symbolic throws for bad input: a closed `code` and where it happened. */
export class SymbolicError extends Error {
  override readonly name = 'SymbolicError';
  readonly code: SymbolicErrorCode;
  readonly position: SourceSpan | undefined;

  constructor(code: SymbolicErrorCode, message: string, position?: SourceSpan, options?: ErrorOptions) {
    super(message, options);
    this.code = code;
    this.position = position;
  }
}

/**
 * Tells whether a value is a {@link SymbolicError}.
 * Checks the name rather than the prototype, so a second installed copy still matches.
 * @example
 * isSymbolicError(new SymbolicError('syntax', 'Unexpected ")"')); // → true
 */
export function isSymbolicError(value: unknown): value is SymbolicError {
  return value instanceof Error && value.name === 'SymbolicError';
}
