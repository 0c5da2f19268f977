import { describe, expect, it } from 'vitest';
import { formatTable, gflops, measureInterleaved, median, speedup } from './harness.js';

describe('median', () => {
  it('takes the middle of an odd count whatever the order', () => {
    expect(median([9, 1, 5, 3, 7])).toBe(5);
  });

  it('averages the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('is NaN for no values and leaves its input unsorted', () => {
    expect(median([])).toBeNaN();
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('speedup and gflops', () => {
  it('says how many times faster bp is than a peer', () => {
    expect(speedup(2, 10)).toBe(5);
    expect(speedup(10, 2)).toBeCloseTo(0.2, 12);
  });

  it('turns 2·n³ operations for n = 1000 in 100 ms into 20 GFLOP/s', () => {
    expect(gflops(2e9, 100)).toBeCloseTo(20, 12);
  });
});

describe('measureInterleaved', () => {
  it('reports the median per-run time of each contender under a fake clock', async () => {
    let now = 0;
    const order: string[] = [];
    const contender = (name: string, cost: number) => ({
      name,
      run: () => {
        now += cost;
        order.push(name);
      },
    });
    const timings = await measureInterleaved([contender('fast', 1), contender('slow', 4)], {
      runs: 3,
      sampleMs: 8,
      warmupMs: 0,
      clock: () => now,
    });
    expect(timings.map((t) => [t.name, t.medianMs, t.iterations])).toEqual([
      ['fast', 1, 8],
      ['slow', 4, 2],
    ]);
    // After one warm-up run each: round 0 starts with fast, round 1 with slow, round 2 with fast.
    const sampled = order.slice(2);
    expect([sampled[0], sampled[8], sampled[10], sampled[12], sampled[20]]).toEqual(['fast', 'slow', 'slow', 'fast', 'fast']);
  });

  it('activates a contender before each of its samples', async () => {
    let activations = 0;
    await measureInterleaved([{ name: 'x', activate: () => void activations++, run: () => undefined }], {
      runs: 4,
      sampleMs: 0,
      warmupMs: 0,
    });
    expect(activations).toBe(5);
  });
});

describe('formatTable', () => {
  it('pads columns and right-aligns numbers', () => {
    expect(formatTable(['name', 'ms'], [['bp', '1.5'], ['peer', '12.0']])).toBe(
      'name    ms\n----  ----\nbp     1.5\npeer  12.0',
    );
  });
});
