import { describe, expect, it } from 'vitest';
import { benchArguments, runsDeriveScale } from './run.js';

describe('the bench runner', () => {
  it('passes the arguments after pnpm’s `--` on to bench.js', () => {
    expect(benchArguments(['--', '--only', 'check-batch'])).toEqual(['--only', 'check-batch']);
    expect(benchArguments(['--only', 'check-batch'])).toEqual(['--only', 'check-batch']);
  });

  it('runs derive at scale only after a full, human-readable run', () => {
    expect(runsDeriveScale([])).toBe(true);
    expect(runsDeriveScale(['--runs', '9'])).toBe(true);
    expect(runsDeriveScale(['--only', 'check-batch'])).toBe(false);
    expect(runsDeriveScale(['--only=kernel'])).toBe(false);
    expect(runsDeriveScale(['--json'])).toBe(false);
  });
});
