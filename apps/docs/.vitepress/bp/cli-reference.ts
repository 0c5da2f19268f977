import { spawnSync } from 'node:child_process';

interface OptionSpec {
  readonly flags: string;
  readonly description: string;
  readonly type: string;
  readonly choices?: readonly string[];
  readonly default?: string | number | boolean;
  readonly repeatable?: boolean;
}

interface CommandSpec {
  readonly name: string;
  readonly summary: string;
  readonly description: string;
  readonly arguments: readonly { readonly name: string; readonly description: string; readonly required: boolean }[];
  readonly options: readonly OptionSpec[];
  readonly examples: readonly { readonly command: string; readonly description: string }[];
  readonly schemas: readonly string[];
}

interface Help {
  readonly commands: readonly CommandSpec[];
  readonly globalOptions: readonly OptionSpec[];
  readonly exitCodes: Readonly<Record<string, number>>;
}

/** Commands whose examples are quick and self-contained enough to run while the site builds. */
const RUNNABLE = new Set(['derive', 'grad', 'check', 'graph']);
const MAX_OUTPUT_LINES = 30;

function run(cli: string, args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 30_000, env: { ...process.env, NO_COLOR: '1' } });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Splits a shell command line written with double or single quotes (JSON points), as the CLI's examples are. */
function words(command: string): string[] {
  return [...command.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((match) => match[1] ?? match[2] ?? match[3]!);
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function optionsTable(options: readonly OptionSpec[]): string[] {
  const rows = options.map((option) => {
    const notes = [
      option.choices ? `one of ${option.choices.map((c) => `\`${c}\``).join(', ')}` : '',
      option.default !== undefined ? `default \`${String(option.default)}\`` : '',
      option.repeatable ? 'repeatable' : '',
    ].filter(Boolean);
    return `| \`${cell(option.flags)}\` | ${cell(option.description)}${notes.length > 0 ? ` (${notes.join('; ')})` : ''} |`;
  });
  return ['| option | meaning |', '| --- | --- |', ...rows, ''];
}

/**
 * The CLI reference as Markdown, from `bp help --json` (the table the CLI's own parser is built
 * from), with the quick examples run and their real output shown; an example that exits with
 * status 2 (bad usage) fails the build, since the reference would then be lying.
 * @throws {Error} when the CLI cannot be run or an example is rejected as bad usage.
 * @example
 * cliReference('apps/cli/dist/cli.js'); // "## bp derive\n…"
 */
export function cliReference(cli: string): string {
  const help = run(cli, ['help', '--json']);
  if (help.status !== 0) throw new Error(`bp help --json exited with ${help.status}: ${help.stderr}`);
  const { commands, globalOptions, exitCodes } = JSON.parse(help.stdout) as Help;
  const out: string[] = [];
  for (const command of commands) {
    const usage = ['bp', command.name, ...command.arguments.map((a) => (a.required ? `<${a.name}>` : `[${a.name}]`)), '[options]'].join(' ');
    out.push(`## bp ${command.name}`, '', `${command.summary.charAt(0).toUpperCase()}${command.summary.slice(1)}.`, '', '```sh', usage, '```', '', command.description, '');
    for (const argument of command.arguments) out.push(`- \`${argument.name}\`${argument.required ? '' : ' (optional)'}: ${argument.description}`);
    if (command.arguments.length > 0) out.push('');
    out.push(...optionsTable(command.options));
    if (command.schemas.length > 0) {
      out.push(`\`--json\` output follows ${command.schemas.map((s) => `\`${s}\``).join(', ')} in \`apps/cli/schemas\`; see [JSON contracts](/reference/contracts).`, '');
    }
    if (command.examples.length > 0) out.push('**Examples**', '');
    for (const example of command.examples) {
      out.push(`${example.description.charAt(0).toUpperCase()}${example.description.slice(1)}:`, '', '```sh', `$ ${example.command}`);
      const args = words(example.command).slice(1);
      const runnable =
        RUNNABLE.has(command.name) && !args.includes('--batch') && !args.includes('-') && !args.some((a) => /^[<>|]|^2>|\.(jsonl?|csv|js|xml)$/.test(a));
      if (runnable) {
        const result = run(cli, args);
        if (result.status === 2) throw new Error(`the documented example "${example.command}" is rejected: ${result.stderr.trim()}`);
        const lines = `${result.stdout}${result.stderr}`.trimEnd().split('\n');
        out.push(...lines.slice(0, MAX_OUTPUT_LINES), ...(lines.length > MAX_OUTPUT_LINES ? ['…'] : []));
        if (result.status !== 0) out.push(`# exit status ${result.status}`);
      }
      out.push('```', '');
    }
  }
  out.push('## Options of every command', '', ...optionsTable(globalOptions));
  out.push('## Exit status', '', '| status | meaning |', '| --- | --- |', ...Object.entries(exitCodes).map(([name, code]) => `| ${code} | ${name} |`), '');
  return out.join('\n');
}
