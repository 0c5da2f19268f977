/**
 * The options each command's action receives, typed from the command table in commands.ts: the
 * parser is built from the same table, so `--points <n>` (an integer with a default) arrives as
 * `points: number`, `--at` (repeatable) as `at?: string[]`, and `--report` as its choices.
 */
import type { CommandTable, GlobalOptionTable, OptionSpec } from './commands.js';

/** `--wrt <names>` → `wrt`, `-o, --output <file>` → `output`. */
type LongFlag<Flags extends string> = Flags extends `${string}--${infer Rest}` ? (Rest extends `${infer Name} ${string}` ? Name : Rest) : never;

/** `dry-run` → `dryRun`, as commander names the value. */
type CamelCase<Name extends string> = Name extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<CamelCase<Tail>>}` : Name;

/** The key commander stores an option under: `--no-color` sets `color`. */
type OptionKey<Spec extends OptionSpec> = LongFlag<Spec['flags']> extends `no-${infer Name}` ? CamelCase<Name> : CamelCase<LongFlag<Spec['flags']>>;

/** What commander stores: every value of a repeatable option, a number where main.ts parses one, a choice, or the text. */
type OptionValue<Spec extends OptionSpec> = Spec extends { readonly repeatable: true }
  ? string[]
  : Spec['type'] extends 'boolean'
    ? boolean
    : Spec['type'] extends 'number' | 'integer'
      ? number
      : Spec extends { readonly choices: readonly (infer Choice)[] }
        ? Choice
        : string;

/** Whether the option always has a value: it has a default, or it is a `--no-…` flag (true unless given). */
type AlwaysSet<Spec extends OptionSpec> = Spec extends { readonly default: unknown } ? true : Spec['flags'] extends `--no-${string}` ? true : false;

/** The parsed options of a list of option specs. */
type OptionsOf<Specs extends OptionSpec> = {
  readonly [Spec in Specs as AlwaysSet<Spec> extends true ? OptionKey<Spec> : never]: OptionValue<Spec>;
} & {
  readonly [Spec in Specs as AlwaysSet<Spec> extends true ? never : OptionKey<Spec>]?: OptionValue<Spec>;
};

/** The name of a `bp` command. */
export type CommandName = CommandTable[number]['name'];

/** The options `bp <name>` passes to its action, global ones included. */
export type CommandOptions<Name extends CommandName> = OptionsOf<Extract<CommandTable[number], { readonly name: Name }>['options'][number] | GlobalOptionTable[number]>;

/**
 * Options of any command, each optional, for helpers several commands share (`--at`, `--wrt`,
 * `--output`): every command's options can be passed where these are expected. Looked up by a
 * name only known at run time, an option is `unknown`.
 */
export type AnyCommandOptions = {
  readonly [Spec in CommandTable[number]['options'][number] | GlobalOptionTable[number] as OptionKey<Spec>]?: OptionValue<Spec>;
} & { readonly [name: string]: unknown };
