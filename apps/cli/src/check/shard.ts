import { CliError } from '../errors.js';

/** One part of a batch: the lines whose index (from 0) mod `count` is `index − 1`. */
export interface Shard {
  /** From 1 to count. */
  readonly index: number;
  readonly count: number;
}

/**
 * Reads `--shard i/n` (1 ≤ i ≤ n), the split `vitest --shard` uses, so n CI jobs given 1/n … n/n
 * check every line of one file exactly once.
 * @throws {CliError} `invalid-option` for anything else.
 */
export function parseShard(text: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (match === null || !Number.isSafeInteger(count) || count < 1 || index < 1 || index > count) {
    throw new CliError('invalid-option', `--shard takes i/n with 1 ≤ i ≤ n (1/3 is the first of three parts), found "${text}"`, { argument: '--shard' });
  }
  return { index, count };
}

/** Whether the line with this number (from 1) belongs to the shard. */
export function inShard(shard: Shard, line: number): boolean {
  return (line - 1) % shard.count === shard.index - 1;
}
