import { describe, expect, it } from 'vitest';
import { CLI_PATH, childCpuMs } from './startup.js';

describe('childCpuMs', () => {
  it("adds the children's user and system ticks (fields 16 and 17) as milliseconds", () => {
    // pid (comm with spaces) state ppid … utime stime cutime cstime …
    const stat = '42 (node x) S 1 42 42 0 -1 4194560 100 0 0 0 7 3 25 12 20 0 11 0 500 0';
    expect(childCpuMs(stat)).toBe(370);
  });

  it('is undefined without /proc or for a malformed line', () => {
    expect(childCpuMs(undefined)).toBeUndefined();
    expect(childCpuMs('1 (x) S')).toBeUndefined();
  });
});

describe('CLI_PATH', () => {
  it('points at the CLI package built next to this one', () => {
    expect(CLI_PATH.replaceAll('\\', '/')).toMatch(/apps\/cli\/dist\/cli\.js$/);
  });
});
