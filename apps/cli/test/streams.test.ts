import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, bpAsync, jsonLines } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'bp-streams-'));

/** Runs bp with standard output sent to a file (such as /dev/full) by the shell. */
function redirected(args: readonly string[], target: string): { status: number | null; stderr: string } {
  const quoted = args.map((arg) => `'${arg.replace(/'/g, `'\\''`)}'`).join(' ');
  const run = spawnSync('bash', ['-c', `"${process.execPath}" "${CLI}" ${quoted} > ${target}`], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: run.status, stderr: run.stderr };
}

describe('--batch lines', () => {
  it.concurrent('splits lines at LF only: a lone CR is whitespace inside a line, and one CR before LF is dropped', async () => {
    const input = [
      '{"program": "x^2",\r "at": {"x": 3}}',
      '{"program": "x*y", "at": {"x": 2, "y": 5}}\r',
      '{"program": "x^3", "at": {"x": 2}}',
    ].join('\n');
    const run = await bpAsync(['grad', '--batch', '-', '--json'], { input });
    expect(run.status).toBe(0);
    expect(jsonLines(run.stdout)).toEqual([
      { value: 9, gradient: { x: 6 } },
      { value: 10, gradient: { x: 5, y: 2 } },
      { value: 8, gradient: { x: 12 } },
    ]);
  });

  it.concurrent('reports a directory given as the batch file as a file error, exit 2', async () => {
    const run = await bpAsync(['grad', '--batch', dir, '--json']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(JSON.parse(run.stderr)).toMatchObject({ error: { code: 'file', position: { argument: '--batch' } } });
  });
});

describe.runIf(existsSync('/dev/full'))('a full disk on standard output', () => {
  it.each([
    [['grad', 'x^2', '--at', 'x=3']],
    [['writeup', 'x^2 * y', '--at', 'x=1,y=2']],
    [['compile', 'x^2']],
  ])('bp %j > /dev/full says so in one line and exits 2, no stack', (args) => {
    const run = redirected(args, '/dev/full');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^bp \w+: error\[file\]: cannot write standard output: [^\n]*\n$/);
  });

  it('prints the error as JSON with --json', () => {
    const run = redirected(['grad', 'x^2', '--at', 'x=3', '--json'], '/dev/full');
    expect(run.status).toBe(2);
    expect(JSON.parse(run.stderr)).toMatchObject({ error: { code: 'file', position: { argument: 'stdout' } } });
  });
});

describe('bp help', () => {
  it.concurrent('refuses an unknown command with --json as without it', async () => {
    const [text, json] = await Promise.all([bpAsync(['help', 'bogus']), bpAsync(['help', '--json', 'bogus'])]);
    expect([text.status, json.status]).toEqual([2, 2]);
    expect(json.stdout).toBe('');
    expect(JSON.parse(json.stderr)).toMatchObject({ error: { code: 'unknown-command', position: { argument: 'bogus' } } });
  });
});
