/** Every reason the `bp` command itself rejects its input (the packages add their own codes). */
export type CliErrorCode =
  | 'usage'
  | 'unknown-command'
  | 'unknown-option'
  | 'missing-argument'
  | 'invalid-option'
  | 'invalid-point'
  | 'invalid-json'
  | 'invalid-line'
  | 'file'
  | 'unsupported'
  | 'too-large';

/**
 * Where a CLI error happened: the option or argument and, when the culprit is part of its value,
 * the half-open span `[start, end)` inside that value.
 */
export interface CliPosition {
  readonly argument: string;
  readonly start?: number;
  readonly end?: number;
}

/** Bad input or usage caught by the command line itself; exit status 2. */
export class CliError extends Error {
  override readonly name = 'CliError';
  readonly code: CliErrorCode;
  readonly position: CliPosition | undefined;

  constructor(code: CliErrorCode, message: string, position?: CliPosition, options?: ErrorOptions) {
    super(message, options);
    this.code = code;
    this.position = position;
  }
}

/**
 * A package's error together with the text it points into, so the message can quote the culprit.
 * `label` says which text it was when it was not the main source (`--claim x=…`, `line 3`).
 */
export class SourcedError extends Error {
  override readonly name = 'SourcedError';
  readonly error: unknown;
  readonly source: string;
  readonly label: string | undefined;

  constructor(error: unknown, source: string, label?: string) {
    super(error instanceof Error ? error.message : String(error), { cause: error });
    this.error = error;
    this.source = source;
    this.label = label;
  }
}

/** Runs `run`, attaching `source` to whatever it throws so the error can quote it. */
export function withSource<T>(source: string, run: () => T, label?: string): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof SourcedError) throw error;
    throw new SourcedError(error, source, label);
  }
}
