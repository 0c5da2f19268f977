import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { splitLines } from './lines.js';

async function collect(chunks: readonly string[]): Promise<string[]> {
  const lines: string[] = [];
  for await (const line of splitLines(Readable.from(chunks) as AsyncIterable<string>)) lines.push(line);
  return lines;
}

describe('splitLines', () => {
  it('splits on LF only, drops one trailing CR and a leading byte-order mark, across chunk boundaries', async () => {
    expect(await collect(['\uFEFFa\r', '\nb\rc\r\r\n', 'd'])).toEqual(['a', 'b\rc\r', 'd']);
  });

  it('keeps blank lines, which the batch reports, and adds none at the end', async () => {
    expect(await collect(['a\n\nb\n'])).toEqual(['a', '', 'b']);
    expect(await collect([])).toEqual([]);
  });
});
