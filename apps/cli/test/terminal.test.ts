import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CLI, bp } from './helpers.js';

// Escape sequences a terminal interprets: colours, cursor moves, line clears (CSI … letter), and
// the carriage returns a pseudo-terminal adds before each newline.
// eslint-disable-next-line no-control-regex -- the patterns are control characters
const TERMINAL_CODES = /\u001b\[[0-9;?]*[A-Za-z]|\r/g;

/** Runs bp inside a pseudo-terminal (util-linux `script`), so standard input and output are TTYs. */
function inTerminal(args: string, env: Record<string, string> = {}, timeout = 30_000): { status: number | null; output: string; raw: string } {
  const command = `"${process.execPath}" "${CLI}" ${args}`;
  const run = spawnSync('script', ['-qec', command, '/dev/null'], {
    encoding: 'utf8',
    timeout,
    env: plainEnv(env),
  });
  return { status: run.status, output: run.stdout.replace(TERMINAL_CODES, ''), raw: run.stdout };
}

/** The environment of a user's shell: no colour settings, whatever the test runner set. */
function plainEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, COLUMNS: '100', ...extra };
  for (const name of ['NO_COLOR', 'FORCE_COLOR']) if (!(name in extra)) delete env[name];
  return env;
}

const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

describe.runIf(hasScript && process.platform === 'linux')('on a terminal', () => {
  it('refuses to wait for standard input that nobody is piping', () => {
    for (const args of ['grad --batch -', 'derive --batch -', 'grad - --at x=1', 'writeup -']) {
      const run = inTerminal(args);
      expect([args, run.status]).toEqual([args, 2]);
      expect(run.output).toContain('error[missing-argument]');
    }
  });

  it('draws a caret diagram under the offending text', () => {
    const run = inTerminal(`grad 'a = x*y; b = a + sine(z)' --at x=1,y=1,z=1`);
    expect(run.status).toBe(2);
    expect(run.output).toContain('a = x*y; b = a + sine(z)\n                   ^^^^');
  });

  it('colours on a terminal, and not with NO_COLOR', () => {
    expect(inTerminal('grad x --at x=1').raw).toContain('\u001b[');
    expect(inTerminal('grad x --at x=1', { NO_COLOR: '1' }).raw).not.toContain('\u001b[');
  });

  // Every command that prints a result: on a terminal it may add colour, and nothing else.
  const commands = [
    `derive 'x^2 * sin(x)' --steps`,
    `grad 'x^2 * y' --at x=3,y=2`,
    `check 'x^2 * y' --at x=3,y=2`,
    `check 'x^2 * y' --claim x=3*x`,
    `graph 'a = x*y; b = a + z; c = b^2' --at x=1,y=2,z=3`,
    `writeup 'x^2 * y' --at x=3,y=2`,
    `compile 'x^2 * y'`,
  ];
  it.each(commands)('prints the same text for bp %s as when piped, colour aside', (args) => {
    const run = inTerminal(args);
    const piped = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${CLI}" ${args} 2>&1 | cat`], {
      encoding: 'utf8',
      env: plainEnv(),
    });
    // The wrong claim (∂/∂x of x²y is 2xy, not 3x) fails; everything else succeeds.
    expect([run.status, piped.status]).toEqual(args.includes('--claim') ? [1, 1] : [0, 0]);
    expect(run.output).toBe(piped.stdout);
  });

  it.each(['--help', 'train --help', 'help grad'])('prints bp %s folded to the terminal, with the same words as when piped', (args) => {
    const run = inTerminal(args);
    const piped = spawnSync('bash', ['-c', `"${process.execPath}" "${CLI}" ${args} | cat`], { encoding: 'utf8', env: plainEnv() });
    expect([run.status, piped.status]).toEqual([0, 0]);
    expect(run.output).toMatch(/^Usage: bp/);
    expect(run.output.replace(/\s+/g, ' ')).toBe(piped.stdout.replace(/\s+/g, ' '));
  });

  it('trains XOR with a live progress bar, then prints the table of epochs', () => {
    const run = inTerminal('train --dataset xor --epochs 40');
    expect(run.status).toBe(0);
    // The bar, as drawn while training: "epoch 7/40 ████░░░ 100% | loss 0.6931 | 1234 examples/s".
    expect(run.output).toMatch(/epoch \d+\/40 [█░]+ \d+% \| loss [\d.e-]+ \| \d+ examples\/s/);
    expect(run.output).toMatch(/epoch\s+loss\s+accuracy\s+seconds\n\s*1\s/);
    expect(run.output).toMatch(/\n\s*40\s+[\d.]+\s+[\d.]+ %/);
    expect(run.output).toContain('xor: 2-8-1 network, adam, held-out accuracy');
  });

  it('trains on the real MNIST digits with a progress bar on a terminal', () => {
    const run = inTerminal('train --dataset mnist --layers 784,16,10 --epochs 1 --batch 256', {}, 60_000);
    expect(run.status).toBe(0);
    expect(run.output).toMatch(/epoch 1\/1 [█░]+ \d+% \| loss [\d.e-]+ \| \d+ examples\/s/);
    expect(run.output).toMatch(/epoch\s+loss\s+accuracy\s+seconds\n\s*1\s+[\d.]+\s+[\d.]+ %/);
    expect(run.output).toContain('mnist: 784-16-10 network');
    // The piped run prints no bar at all.
    const piped = bp(['train', '--dataset', 'xor', '--epochs', '3']);
    expect(piped.stdout + piped.stderr).not.toContain('examples/s');
  });
});
