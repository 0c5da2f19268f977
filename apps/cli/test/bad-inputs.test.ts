import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bpAsync, close, expectSchema } from './helpers.js';

interface BadInput {
  readonly name: string;
  readonly args: readonly string[];
  readonly exit: number;
  readonly code: string;
  readonly position?: Record<string, unknown>;
  readonly stdin?: { generate: string; depth?: number; terms?: number };
  /** For the huge inputs: answering correctly is as good as a clean exit 2. */
  readonly or?: 'answered';
}

const corpus = JSON.parse(readFileSync(new URL('bad-inputs.json', import.meta.url), 'utf8')) as BadInput[];

/** The text of a generated input and its value and derivative at x = 1, computed independently. */
function generate(spec: NonNullable<BadInput['stdin']>): { text: string; value: number; slope: number } {
  const n = spec.depth ?? spec.terms ?? 0;
  switch (spec.generate) {
    case 'nested-parentheses':
      return { text: `${'('.repeat(n)}x${')'.repeat(n)}`, value: 1, slope: 1 };
    case 'nested-negations':
      return { text: `${'-'.repeat(n)}x`, value: n % 2 === 0 ? 1 : -1, slope: n % 2 === 0 ? 1 : -1 };
    case 'nested-calls': {
      // sin∘…∘sin at 1 and its derivative by the chain rule, one factor cos(inner) per level.
      let value = 1;
      let slope = 1;
      for (let i = 0; i < n; i++) {
        slope *= Math.cos(value);
        value = Math.sin(value);
      }
      return { text: `${'sin('.repeat(n)}x${')'.repeat(n)}`, value, slope };
    }
    case 'long-sum': {
      const terms = Array.from({ length: n }, (_, i) => `x*${i}`);
      const total = (n * (n - 1)) / 2;
      return { text: terms.join(' + '), value: total, slope: total };
    }
    default:
      throw new Error(`unknown generator ${spec.generate}`);
  }
}

describe('bad input', () => {
  it('has a corpus of at least 40 cases', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(40);
  });

  // Every case runs with --json (code, position, schema); every third case and every huge one also
  // in text mode, which checks the one-line message, so the suite stays quick on two cores.
  // writeup and compile print Markdown and JavaScript and have no --json: text mode only.
  const withJson = (entry: BadInput): boolean => !['writeup', 'compile'].includes(entry.args[0]!);
  describe.each(corpus.map((entry, index) => ({ ...entry, json: withJson(entry), text: index % 3 === 0 || entry.stdin !== undefined || !withJson(entry) })))('$name', (entry) => {
    const input = entry.stdin === undefined ? undefined : generate(entry.stdin);
    const options = input === undefined ? {} : { input: input.text };

    if (entry.text) it.concurrent('prints one line naming the error on stderr, nothing on stdout, no stack', async () => {
      const run = await bpAsync(entry.args.filter((arg) => arg !== '--json'), options);
      const answered = entry.or === 'answered' && run.status === 0;
      const lines = run.stderr.trimEnd().split('\n');
      const seen = answered
        ? { status: run.status, answered: /∂f\/∂x|df\/dx/.test(run.stdout) }
        : { status: run.status, stdout: run.stdout, lines: lines.length, named: lines[0]?.includes(`error[${entry.code}]`), stack: /\n\s+at /.test(run.stderr) };
      expect(seen).toEqual(answered ? { status: 0, answered: true } : { status: entry.exit, stdout: '', lines: 1, named: true, stack: false });
    });

    if (entry.json) it.concurrent('with --json, prints the error as JSON with its code and position', async () => {
      const args = entry.args.includes('--json') ? entry.args : [...entry.args, '--json'];
      let run = await bpAsync(args, options);
      if (entry.or === 'answered' && run.status === 0) {
        // Answering correctly is allowed for the huge inputs: the numbers are checked instead.
        const answer = JSON.parse(run.stdout) as { value: number; gradient: { x: number } };
        run = { ...run, stdout: '', status: entry.exit, stderr: JSON.stringify({ error: { code: entry.code, answered: [close(answer.value, input!.value, 1e-9), close(answer.gradient.x, input!.slope, 1e-9)] } }) };
      }
      expect(run.status).toBe(entry.exit);
      expect(run.stdout).toBe('');
      const error = JSON.parse(run.stderr) as { error: { code: string; position?: unknown; answered?: boolean[] } };
      expect(error.error.answered ?? [true, true]).toEqual([true, true]);
      if (error.error.answered === undefined) expectSchema('error.json', error);
      const expected = entry.position === undefined ? { code: entry.code } : { code: entry.code, position: entry.position };
      const actual = entry.position === undefined ? { code: error.error.code } : { code: error.error.code, position: error.error.position };
      expect(actual).toEqual(expected);
    });
  });
});
