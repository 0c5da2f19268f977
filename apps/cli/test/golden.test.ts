import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { golden } from './golden.js';

const scratch = (): string => mkdtempSync(join(tmpdir(), 'bp-golden-'));

describe('golden', () => {
  it('fails on a missing golden file, says how to create it, and writes nothing', () => {
    const dir = scratch();
    expect(() => golden('missing.md', 'text', dir, {})).toThrow(/BP_UPDATE_GOLDEN=1/);
    expect(existsSync(join(dir, 'missing.md'))).toBe(false);
  });

  it('returns the committed text, not the actual one, when the file exists', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'old.md'), 'committed');
    expect(golden('old.md', 'changed', dir, {})).toBe('committed');
    expect(readFileSync(join(dir, 'old.md'), 'utf8')).toBe('committed');
  });

  it('writes the file only when BP_UPDATE_GOLDEN=1', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'old.md'), 'committed');
    expect(golden('old.md', 'changed', dir, { BP_UPDATE_GOLDEN: '1' })).toBe('changed');
    expect(readFileSync(join(dir, 'old.md'), 'utf8')).toBe('changed');
    expect(golden('new.md', 'fresh', dir, { BP_UPDATE_GOLDEN: '1' })).toBe('fresh');
  });
});
