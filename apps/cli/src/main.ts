import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { COMMANDS, EXIT_CODES, GLOBAL_OPTIONS, type CommandSpec, type OptionSpec } from './commands.js';
import { CliError, type CliErrorCode } from './errors.js';
import { formatError } from './format-error.js';
import type { Action, Context } from './context.js';
import type { CommandName, CommandOptions } from './options.js';
import { colorsFor, jsonLine } from './output.js';

/** Each command's action, typed by its name so its options are the ones the table gives it. */
const ACTIONS: { readonly [Name in CommandName]: () => Promise<{ run: Action<Name> }> } = {
  derive: () => import('./actions/derive.js'),
  grad: () => import('./actions/grad.js'),
  hessian: () => import('./actions/hessian.js'),
  check: () => import('./actions/check.js'),
  graph: () => import('./actions/graph.js'),
  writeup: () => import('./actions/writeup.js'),
  compile: () => import('./actions/compile.js'),
  train: () => import('./actions/train.js'),
};

const COMMANDER_CODES: Record<string, CliErrorCode> = {
  'commander.unknownOption': 'unknown-option',
  'commander.unknownCommand': 'unknown-command',
  'commander.missingArgument': 'missing-argument',
  'commander.optionMissingArgument': 'missing-argument',
  'commander.missingMandatoryOptionValue': 'missing-argument',
  'commander.invalidArgument': 'invalid-option',
};

function parseNumber(value: string): number {
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number)) throw new InvalidArgumentError('expected a finite number');
  return number;
}

function parseInteger(value: string): number {
  const number = Number(value);
  if (!/^\s*\+?\d+\s*$/.test(value) || !Number.isSafeInteger(number)) {
    throw new InvalidArgumentError('expected a whole number ≥ 0');
  }
  return number;
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

function option(spec: OptionSpec): Option {
  const result = new Option(spec.flags, spec.description);
  if (spec.choices !== undefined) result.choices(spec.choices);
  if (spec.type === 'number') result.argParser(parseNumber);
  if (spec.type === 'integer') result.argParser(parseInteger);
  if (spec.repeatable === true) result.argParser(collect);
  if (spec.default !== undefined && spec.type !== 'boolean') result.default(spec.default);
  return result;
}

function examples(spec: CommandSpec): string {
  if (spec.examples.length === 0) return '';
  const lines = spec.examples.flatMap((example) => [`  $ ${example.command}`, `      ${example.description}`]);
  return `\nExamples:\n${lines.join('\n')}\n`;
}

const EXIT_HELP = `
Exit status: 0 success, 1 a check that failed, 2 bad input or usage, 70 a bug in bp.
An expression that starts with "-" and looks like an option goes last, after --: bp grad --at x=1 -- -x`;

const OPTION_TOKEN = /^--?[A-Za-z][\w-]*(?:=[^]*)?$/;

/** Every flag that takes a value (`--at`, `-o`), so a value such as `--lr -0.5` is left alone. */
function valueFlags(): Set<string> {
  const flags = new Set<string>();
  for (const spec of [...COMMANDS.flatMap((command) => command.options), ...GLOBAL_OPTIONS]) {
    if (!spec.flags.includes('<')) continue;
    for (const flag of spec.flags.split(/[ ,|]+/)) if (flag.startsWith('-')) flags.add(flag);
  }
  return flags;
}

/**
 * Moves arguments that start with "-" but cannot be options (`-x^2`, `-(a + b)`, `-1`) behind a
 * `--`, so an expression with a leading minus works without the user knowing about `--`.
 */
export function liftExpressions(argv: readonly string[]): string[] {
  const takesValue = valueFlags();
  const kept: string[] = [];
  const lifted: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      kept.push(...argv.slice(i));
      break;
    }
    const isValue = i > 0 && takesValue.has(argv[i - 1]!);
    if (arg.length > 1 && arg.startsWith('-') && !OPTION_TOKEN.test(arg) && !isValue) lifted.push(arg);
    else kept.push(arg);
  }
  if (lifted.length === 0) return kept;
  const end = kept.indexOf('--');
  if (end === -1) return [...kept, '--', ...lifted];
  return [...kept.slice(0, end + 1), ...lifted, ...kept.slice(end + 1)];
}

/** True when the arguments ask for JSON, so even a usage error is printed as JSON. */
function wantsJson(argv: readonly string[]): boolean {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') return false;
    if (arg === '--json' || arg === '--format=json' || arg === '--report=json') return true;
    if ((arg === '--format' || arg === '--report') && argv[i + 1] === 'json') return true;
  }
  return false;
}

function oneLineText(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ');
}

function flagged(argv: readonly string[], flag: string): boolean {
  const end = argv.indexOf('--');
  return (end === -1 ? argv : argv.slice(0, end)).includes(flag);
}

/** The CLI error a commander parse error stands for, with a hint where one helps. */
function usageError(error: CommanderError): CliError {
  const code = COMMANDER_CODES[error.code] ?? 'usage';
  let message = error.message.replace(/^error:\s*/i, '').replace(/\s*\n\s*/g, ' ');
  const quoted = /'([^']*)'/.exec(error.message)?.[1];
  if (code === 'unknown-option' && quoted !== undefined && /^-[^-]|[\s^*/+()]/.test(quoted)) {
    message += ` (an expression that starts with "-" goes last, after --: bp grad --at x=1 -- "${quoted}")`;
  }
  return new CliError(code, message, quoted === undefined ? undefined : { argument: quoted });
}

/** The versions of the CLI and the packages it is built on, read from their manifests. */
export async function versions(): Promise<Record<string, string>> {
  const { createRequire } = await import('node:module');
  const require = createRequire(import.meta.url);
  const names = ['@bp/cli', '@bp/symbolic', '@bp/numeric', '@bp/verify'];
  return Object.fromEntries(
    names.map((name) => {
      const manifest = require(`${name}/package.json`) as { version: string };
      return [name, manifest.version];
    }),
  );
}

interface Chosen {
  readonly spec: CommandSpec;
  readonly args: (string | undefined)[];
  /** The command's parser, holding the options it read. */
  readonly command: Command;
}

function build(onAction: (chosen: Chosen) => void, onHelp: (name: string | undefined, json: boolean) => void): Command {
  const program = new Command('bp')
    .description('bp: derive gradients with every rule shown, check them, compile them, train with them.')
    .usage('<command> [options]')
    .option('-V, --version', 'print the versions of bp and its packages')
    .helpCommand(false)
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureOutput({ outputError: () => undefined })
    .addHelpText('after', `${EXIT_HELP}\nRun "bp <command> --help" for a command's options and examples.`);
  for (const spec of GLOBAL_OPTIONS) program.addOption(option(spec));
  for (const spec of COMMANDS) {
    const command = program.command(spec.name).summary(spec.summary).description(spec.description);
    for (const argument of spec.arguments) command.argument(argument.required ? `<${argument.name}>` : `[${argument.name}]`, argument.description);
    for (const optionSpec of [...spec.options, ...GLOBAL_OPTIONS]) command.addOption(option(optionSpec));
    command
      .exitOverride()
      .showSuggestionAfterError(true)
      .configureOutput({ outputError: () => undefined })
      .addHelpText('after', `${examples(spec)}${EXIT_HELP}`)
      .action((...received: unknown[]) => {
        const args = received.slice(0, spec.arguments.length) as (string | undefined)[];
        onAction({ spec, args, command });
      });
  }
  program
    .command('help')
    .argument('[command]', 'the command to describe')
    .option('--json', 'print every command, argument, option and example as JSON')
    .summary('help for bp or one of its commands')
    .exitOverride()
    .configureOutput({ outputError: () => undefined })
    .action((name: string | undefined, options: { json?: boolean }) => onHelp(name, options.json === true));
  return program;
}

/** `bp grad`, or `bp` when no command was named: how messages start. */
function labelFor(argv: readonly string[]): string {
  const commandName = COMMANDS.find((spec) => spec.name === argv.find((arg) => !arg.startsWith('-')))?.name;
  return commandName === undefined ? 'bp' : `bp ${commandName}`;
}

/**
 * Prints an error on standard error as `bp` does for the arguments it was given (one line, or JSON
 * with `--json`; the stack only for a bug with `--debug`) and returns the exit status.
 */
export function reportError(error: unknown, argv: readonly string[]): number {
  if ((error as NodeJS.ErrnoException | undefined)?.code === 'EPIPE') return EXIT_CODES.success;
  const errorColors = colorsFor(process.stderr, process.env, flagged(argv, '--no-color'));
  const formatted = formatError(error, labelFor(argv));
  if (wantsJson(argv)) process.stderr.write(jsonLine(formatted.json));
  else {
    process.stderr.write(`${errorColors.red(formatted.line)}\n`);
    if (formatted.diagram !== undefined && process.stderr.isTTY) process.stderr.write(`${errorColors.dim(formatted.diagram)}\n`);
  }
  if (formatted.internal && flagged(argv, '--debug')) process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return formatted.exitCode;
}

/** Reports a failed write to standard output (a full disk, a closed file) as a `file` error. */
export function reportOutputError(error: NodeJS.ErrnoException, argv: readonly string[]): number {
  const reason = error.code === 'ENOSPC' ? 'no space left on device' : error.message;
  return reportError(new CliError('file', `cannot write standard output: ${reason}`, { argument: 'stdout' }, { cause: error }), argv);
}

/**
 * Runs `bp` with the given arguments (without `node` and the script) and returns the exit status.
 * Every failure is one line on standard error (or a JSON object with `--json`), never a stack
 * trace unless `--debug` asks for it.
 */
export async function main(argv: readonly string[]): Promise<number> {
  const json = wantsJson(argv);
  const noColor = flagged(argv, '--no-color');
  const errorColors = colorsFor(process.stderr, process.env, noColor);
  const label = labelFor(argv);
  const report = (error: unknown): number => reportError(error, argv);

  if (argv.length === 1 && (argv[0] === '-V' || argv[0] === '--version')) {
    for (const [name, version] of Object.entries(await versions())) process.stdout.write(`${name} ${version}\n`);
    return EXIT_CODES.success;
  }

  let chosen: Chosen | undefined;
  let help: { name: string | undefined; json: boolean } | undefined;
  const program = build(
    (value) => (chosen = value),
    (name, asJson) => (help = { name, json: asJson }),
  );
  try {
    await program.parseAsync(liftExpressions(argv), { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.help') {
        // Help asked for exits 0; help shown because no command was given is a usage error.
        return error.exitCode === 0 ? EXIT_CODES.success : EXIT_CODES.usage;
      }
      if (error.code === 'commander.version') return EXIT_CODES.success;
      return report(usageError(error));
    }
    return report(error);
  }

  if (help !== undefined) {
    const unknown = help.name !== undefined && !program.commands.some((command) => command.name() === help!.name);
    if (unknown) return report(new CliError('unknown-command', `unknown command '${help.name}'`, { argument: help.name! }));
    if (help.json) {
      const { COMMANDS: commands, GLOBAL_OPTIONS: globals } = await import('./commands.js');
      const selected = help.name === undefined ? commands : commands.filter((spec) => spec.name === help!.name);
      process.stdout.write(`${JSON.stringify({ commands: selected, globalOptions: globals, exitCodes: EXIT_CODES }, null, 2)}\n`);
      return EXIT_CODES.success;
    }
    const target = help.name === undefined ? program : program.commands.find((command) => command.name() === help!.name)!;
    process.stdout.write(target.helpInformation());
    return EXIT_CODES.success;
  }

  if (chosen === undefined) {
    if (program.opts().version === true) {
      for (const [name, version] of Object.entries(await versions())) process.stdout.write(`${name} ${version}\n`);
      return EXIT_CODES.success;
    }
    process.stderr.write(program.helpInformation());
    return EXIT_CODES.usage;
  }

  const { spec, args, command } = chosen;
  if (!isCommandName(spec.name)) throw new Error(`bp internal error: no action for ${spec.name}`);
  const base: Omit<Context, 'options'> = {
    command: spec.name,
    args,
    json,
    colors: colorsFor(process.stdout, process.env, noColor),
    errorColors,
    note: (message) => void process.stderr.write(`${label}: ${oneLineText(message)}\n`),
    warn: (message) => void process.stderr.write(`${errorColors.yellow(`${label}: warning: ${oneLineText(message)}`)}\n`),
  };
  try {
    return await runCommand(spec.name, command, base);
  } catch (error) {
    return report(error);
  }
}

function isCommandName(name: string): name is CommandName {
  return Object.hasOwn(ACTIONS, name);
}

/** Loads `bp <name>`'s action and runs it with the options its parser read. */
async function runCommand<Name extends CommandName>(name: Name, command: Command, base: Omit<Context, 'options'>): Promise<number> {
  const { run } = await ACTIONS[name]();
  // The parser was built from the table's entry for `name`, so the values it read have the types
  // that entry gives them (options.ts derives both from the same table).
  return run({ ...base, options: command.opts<CommandOptions<Name>>() });
}
