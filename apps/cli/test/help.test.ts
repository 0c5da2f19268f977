import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bp, bpAsync } from './helpers.js';

interface Described {
  commands: { name: string; options: { flags: string }[]; examples: unknown[]; schemas: string[] }[];
  exitCodes: Record<string, number>;
}

const manifest = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as { version: string };

/** Every command and flag DESIGN.md and issue 7 name. */
const REQUIRED: Record<string, string[]> = {
  derive: ['--wrt', '--steps', '--format', '--json', '--batch'],
  grad: ['--at', '--wrt', '--json', '--batch'],
  hessian: ['--at', '--wrt', '--steps', '--json'],
  check: ['--at', '--points', '--claim', '--report', '--json'],
  graph: ['--at', '--format', '--json'],
  writeup: ['--at', '--output'],
  compile: ['--wrt', '--dtype', '--output'],
  train: ['--dataset', '--layers', '--activation', '--optimizer', '--lr', '--epochs', '--batch', '--seed', '--json', '--save'],
};

describe('bp help', () => {
  it('describes every command and flag as JSON, for the docs site', () => {
    const run = bp(['help', '--json']);
    expect(run.status).toBe(0);
    const described = JSON.parse(run.stdout) as Described;
    expect(described.commands.map((command) => command.name)).toEqual(Object.keys(REQUIRED));
    for (const command of described.commands) {
      const flags = command.options.map((option) => option.flags).join(' ');
      for (const flag of REQUIRED[command.name]!) expect(flags).toContain(flag);
      expect(command.examples.length).toBeGreaterThan(0);
    }
    expect(described.exitCodes).toMatchObject({ success: 0, failed: 1, usage: 2 });
  });

  it.concurrent.each(Object.keys(REQUIRED))('bp %s --help shows the options and examples', async (name) => {
    const run = await bpAsync([name, '--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Usage: bp ${name}`);
    expect(run.stdout).toContain('Examples:');
    for (const flag of REQUIRED[name]!) expect(run.stdout).toContain(flag);
  });

  it('lists every command under bp --help', () => {
    const run = bp(['--help']);
    expect(run.status).toBe(0);
    for (const name of Object.keys(REQUIRED)) expect(run.stdout).toContain(name);
  });

  it('prints the version of every package it is built on, read from their manifests', () => {
    const out = bp(['--version']).stdout;
    expect(out).toContain(`@bp/cli ${manifest('../package.json').version}`);
    expect(out).toContain(`@bp/symbolic ${manifest('../../../packages/symbolic/package.json').version}`);
    expect(out).toContain(`@bp/numeric ${manifest('../../../packages/numeric/package.json').version}`);
    expect(out).toContain(`@bp/verify ${manifest('../../../packages/verify/package.json').version}`);
  });

  it('shows help on standard error and exits 2 when no command is given', () => {
    const run = bp([]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Usage: bp');
  });
});
