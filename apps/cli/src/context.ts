import type { AnyCommandOptions, CommandName, CommandOptions } from './options.js';
import type { Colors } from './output.js';

/**
 * What every command's action receives: {@link CommandContext} for one command's action, with its
 * options typed from the command table; {@link SharedContext} for helpers several commands share.
 */
export interface Context<TOptions extends object = Readonly<Record<string, unknown>>> {
  readonly command: string;
  /** Positional arguments, in the order the command declares them. */
  readonly args: readonly (string | undefined)[];
  readonly options: TOptions;
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

/** The context of `bp <name>`, its options typed from the command table. */
export type CommandContext<Name extends CommandName> = Context<CommandOptions<Name>>;

/** A command's implementation, loaded only when the command runs, so start-up stays fast. */
export type Action<Name extends CommandName> = (context: CommandContext<Name>) => Promise<number>;

/** The context helpers shared by several commands take: any command's options, each optional. */
export type SharedContext = Context<AnyCommandOptions>;
