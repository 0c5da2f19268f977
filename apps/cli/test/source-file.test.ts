import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bpAsync } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'bp-source-'));
writeFileSync(join(dir, 'prog.txt'), 'a = x*y\nb = a^2\n');
// A file whose name is also a valid expression: the expression wins.
writeFileSync(join(dir, 'x'), 'not a program\n');

describe('a file as the source', () => {
  it.concurrent.each(['prog.txt', './prog.txt', join(dir, 'prog.txt')])(
    'refuses the path %s with a one-line usage error instead of a parse error',
    async (path) => {
      const run = await bpAsync(['grad', path, '--at', 'x=1,y=2', '--json'], { cwd: dir });
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(JSON.parse(run.stderr)).toMatchObject({ error: { code: 'usage', position: { argument: 'source' } } });
      const text = await bpAsync(['derive', path, '--wrt', 'x'], { cwd: dir });
      expect([text.status, text.stderr.trimEnd().split('\n')]).toEqual([2, [expect.stringContaining('error[usage]')]]);
      // The one line says how to read it.
      expect(text.stderr).toContain(`@${path}`);
    },
  );

  it.concurrent('reads the source from a file given as @FILE', async () => {
    // b = (x·y)²: ∂b/∂x = 2·a·y = 8 and ∂b/∂y = 2·a·x = 4 at x = 1, y = 2.
    const run = await bpAsync(['grad', '@prog.txt', '--at', 'x=1,y=2', '--json'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ value: 4, gradient: { x: 8, y: 4 } });
  });

  it.concurrent('reads the source of bp hessian from @FILE and refuses the bare path', async () => {
    // b = (x·y)² at x = 1, y = 2: ∂²b/∂x² = 2y² = 8, ∂²b/∂x∂y = 4xy = 8, ∂²b/∂y² = 2x² = 2.
    const run = await bpAsync(['hessian', '@prog.txt', '--at', 'x=1,y=2', '--json'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ value: 4, gradient: { x: 8, y: 4 }, hessian: { x: { x: 8, y: 8 }, y: { x: 8, y: 2 } } });
    const bare = await bpAsync(['hessian', 'prog.txt', '--at', 'x=1,y=2', '--json'], { cwd: dir });
    expect(bare.status).toBe(2);
    expect(JSON.parse(bare.stderr)).toMatchObject({ error: { code: 'usage', position: { argument: 'source' } } });
  });

  it.concurrent('says which file it cannot read', async () => {
    const run = await bpAsync(['grad', '@missing.txt', '--at', 'x=1', '--json'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(JSON.parse(run.stderr)).toMatchObject({ error: { code: 'file', position: { argument: 'source' } } });
  });

  it.concurrent('still reads an expression that happens to name a file', async () => {
    const run = await bpAsync(['grad', 'x', '--at', 'x=2', '--json'], { cwd: dir });
    expect(JSON.parse(run.stdout)).toEqual({ value: 2, gradient: { x: 1 } });
  });

  it.concurrent('documents @FILE in the help of every command that takes a source', async () => {
    const run = await bpAsync(['help', '--json']);
    const { commands } = JSON.parse(run.stdout) as { commands: { name: string; arguments: { name: string; description: string }[] }[] };
    const withSource = commands.filter((command) => command.arguments.some((argument) => argument.name === 'source'));
    expect(withSource.map((command) => command.name)).toEqual(['derive', 'grad', 'hessian', 'check', 'graph', 'writeup', 'compile']);
    for (const command of withSource) expect(command.arguments[0]!.description).toContain('`@FILE`');
  });
});
