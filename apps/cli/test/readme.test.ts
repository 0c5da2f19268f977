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
