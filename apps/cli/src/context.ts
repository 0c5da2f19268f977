import type { Colors } from './output.js';

/** What every command's action receives. */
export interface Context {
  readonly command: string;
  /** Positional arguments, in the order the command declares them. */
  readonly args: readonly (string | undefined)[];
  readonly options: Readonly<Record<string, unknown>>;
  /** JSON output was asked for (`--json`, or a `json` format). */
  readonly json: boolean;
  /** Colours for standard output and for standard error, each on only when that stream is a terminal. */
  readonly colors: Colors;
  readonly errorColors: Colors;
  /** Prints a one-line warning on standard error. */
  warn(message: string): void;
  /** Prints a one-line note on standard error (what was written where). */
  note(message: string): void;
}

/** A command's implementation, loaded only when the command runs, so start-up stays fast. */
export type Action = (context: Context) => Promise<number>;
