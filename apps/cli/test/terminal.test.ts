import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CLI } from './helpers.js';

/** Runs bp inside a pseudo-terminal (util-linux `script`), so standard input and output are TTYs. */
function inTerminal(args: string, env: Record<string, string> = {}): { status: number | null; output: string } {
  const command = `"${process.execPath}" "${CLI}" ${args}`;
  const run = spawnSync('script', ['-qec', command, '/dev/null'], {
    encoding: 'utf8',
    timeout: 30_000,
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...env },
  });
  // eslint-disable-next-line no-control-regex -- removing colour codes and carriage returns from terminal output
  return { status: run.status, output: run.stdout.replace(/\u001b\[[0-9;]*m|\r/g, '') };
}

const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

describe.runIf(hasScript && process.platform === 'linux')('on a terminal', () => {
  it('refuses to wait for standard input that nobody is piping', () => {
    const run = inTerminal('grad --batch -');
    expect(run.status).toBe(2);
    expect(run.output).toContain('error[missing-argument]');
  });

  it('draws a caret diagram under the offending text', () => {
    const run = inTerminal(`grad 'a = x*y; b = a + sine(z)' --at x=1,y=1,z=1`);
    expect(run.status).toBe(2);
    expect(run.output).toContain('a = x*y; b = a + sine(z)\n                   ^^^^');
  });

  it('colours on a terminal, and not with NO_COLOR', () => {
    const raw = (env: Record<string, string>) =>
      spawnSync('script', ['-qec', `"${process.execPath}" "${CLI}" grad x --at x=1`, '/dev/null'], {
        encoding: 'utf8',
        env: { ...process.env, FORCE_COLOR: '', NO_COLOR: '', ...env },
      }).stdout;
    expect(raw({})).toContain('\u001b[');
    expect(raw({ NO_COLOR: '1' })).not.toContain('\u001b[');
  });
});
