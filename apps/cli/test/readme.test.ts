import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bp } from './helpers.js';

const readme = readFileSync(fileURLToPath(new URL('../../../README.md', import.meta.url)), 'utf8');

describe('the root README', () => {
  it('shows the output bp really prints for its example', () => {
    const block = /```text\n\$ bp (derive "([^"]+)" --wrt (\w+) --steps)\n([\s\S]*?)```/.exec(readme);
    expect(block).not.toBeNull();
    const [, , source, wrt, shown] = block!;
    const run = bp(['derive', source!, '--wrt', wrt!, '--steps']);
    expect(run.status).toBe(0);
    expect(run.stdout.trimEnd()).toBe(shown!.trimEnd());
  });
});

/** The words of a shell command line: double-quoted strings kept whole, a trailing `# comment` dropped. */
function shellWords(line: string): string[] {
  const words: string[] = [];
  for (const match of line.matchAll(/"((?:[^"\\]|\\.)*)"|(#.*$)|(\S+)/g)) {
    if (match[2] !== undefined) break;
    words.push(match[1] ?? match[3]!);
  }
  return words;
}

describe('the CLI README', () => {
  const cliReadme = readFileSync(fileURLToPath(new URL('../README.md', import.meta.url)), 'utf8');
  const usage = /## Usage\n\n```console\n([\s\S]*?)```/.exec(cliReadme)![1]!;
  const examples = usage.split(/^(?=\$ )/m).map((block) => {
    const [command, ...shown] = block.trimEnd().split('\n');
    return { command: command!.slice(2), shown: shown.filter((line) => line !== '…') };
  });

  it('has the examples this test runs', () => {
    expect(examples.map((example) => shellWords(example.command).slice(0, 2).join(' '))).toEqual(['bp check', 'bp check', 'bp grad', 'bp derive']);
  });

  it.each(examples)('shows what bp really prints for `$command`', ({ command, shown }) => {
    const [, ...args] = shellWords(command);
    const run = bp(args);
    expect(run.status).toBe(command.includes('exit 1') ? 1 : 0);
    // Every line shown is printed, in the same order; `…` stands for lines left out.
    const printed = run.stdout.split('\n').map((line) => line.trimEnd());
    let from = 0;
    for (const line of shown) {
      const at = printed.indexOf(line.trimEnd(), from);
      expect(at, `"${line}" is not printed (after line ${from})`).toBeGreaterThanOrEqual(0);
      from = at + 1;
    }
  });
});

const guide = readFileSync(fileURLToPath(new URL('../../docs/guide/ci.md', import.meta.url)), 'utf8');

describe.each([
  ['the root README', /## Checking gradients in CI\n([\s\S]*?)\n## /.exec(readme)![1]!],
  ['the docs site’s CI guide', guide],
])('the CI example of %s', (_name, section) => {
  it('shows what bp check --batch prints for the file it shows', () => {
    const lines = /```jsonl\n([\s\S]*?)```/.exec(section)![1]!;
    const [, command, shown] = /```text\n\$ (bp check --batch gradients\.jsonl)\n([\s\S]*?)```/.exec(section)!;
    expect(command).toBe('bp check --batch gradients.jsonl');
    const run = bp(['check', '--batch', '-'], { input: lines });
    expect(run.status).toBe(1);
    expect(run.stdout.trimEnd()).toBe(shown!.trimEnd());
  });

  it('gives the matrix job the shard and report options bp accepts', () => {
    const step = /- run: npx --yes @bp\/cli (check .*)$/m.exec(section)![1]!;
    const args = step.replace(/\$\{\{ matrix\.shard \}\}/g, '2').split(' ');
    expect(args).toContain('--shard');
    const run = bp([...args.map((arg) => (arg === 'gradients.jsonl' ? '-' : arg.endsWith('.xml') ? '/dev/null' : arg))], {
      input: '{"program": "x^2", "claims": {"x": "2*x"}}\n{"program": "x^2*y", "claims": {"x": "2*x"}}\n',
    });
    // Shard 2 of 4 is the second line alone, whose claim is wrong: one annotation.
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^::error title=bp check%3A wrong claim ∂f\/∂x%2C line 2::claim ∂f\/∂x = 2\*x is wrong/);
  });
});
