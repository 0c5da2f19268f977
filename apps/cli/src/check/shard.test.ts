import { describe, expect, it } from 'vitest';
import { inShard, parseShard } from './shard.js';

describe('--shard', () => {
  it('reads i/n and keeps the lines whose index mod n is i − 1', () => {
    expect(parseShard(' 2 / 3 ')).toEqual({ index: 2, count: 3 });
    const lines = Array.from({ length: 7 }, (_, i) => i + 1);
    expect(lines.filter((line) => inShard({ index: 2, count: 3 }, line))).toEqual([2, 5]);
  });

  it.each(['0/3', '4/3', '1/0', 'a/b', '1', '-1/3'])('rejects %s, naming the option', (text) => {
    expect(() => parseShard(text)).toThrow(expect.objectContaining({ code: 'invalid-option', position: { argument: '--shard' } }));
  });
});
