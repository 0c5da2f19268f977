import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const manifest = (path: string) =>
  JSON.parse(readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8')) as { version: string };

describe('bp', () => {
  it('prints the version of every package it is built on, read from their manifests', () => {
    const out = execFileSync(process.execPath, [cli, '--version'], { encoding: 'utf8' });
    expect(out).toContain(`@bp/cli ${manifest('../package.json').version}`);
    expect(out).toContain(`@bp/symbolic ${manifest('../../../packages/symbolic/package.json').version}`);
    expect(out).toContain(`@bp/numeric ${manifest('../../../packages/numeric/package.json').version}`);
    expect(out).toContain(`@bp/verify ${manifest('../../../packages/verify/package.json').version}`);
  });
});
