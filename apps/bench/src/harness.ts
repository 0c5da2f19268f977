/** One implementation of a measured task: bp's or a peer's. */
export interface Contender {
  readonly name: string;
  /** Runs outside the timed region before each sample, e.g. to switch a library's global backend. */
  readonly activate?: () => void | Promise<void>;
  /** One run of the task. */
  readonly run: () => void;
}

/** The timing of one contender: the median of its samples, each the mean of `iterations` runs. */
export interface Timing {
  readonly name: string;
  readonly medianMs: number;
  readonly samplesMs: readonly number[];
  readonly iterations: number;
}

/** How long and how often to measure. */
export interface MeasureOptions {
  /** Samples per contender; the reported time is their median. */
  readonly runs: number;
  /** Runs per sample are chosen so a sample lasts about this long (at least one run). */
  readonly sampleMs: number;
  /** Warm-up time per contender before sampling (at least one run), for the JIT and caches. */
  readonly warmupMs: number;
  /** Milliseconds from an arbitrary origin; `performance.now` unless a test supplies one. */
  readonly clock?: () => number;
}

/**
 * The median: the middle value, or the mean of the two middle values for an even count.
 * @example
 * median([5, 1, 3]); // 3
 */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((x, y) => x - y);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * How many times faster bp is than a peer: the peer's time over bp's, so above 1 means bp wins.
 * @example
 * speedup(2, 10); // 5
 */
export function speedup(bpMs: number, peerMs: number): number {
  return peerMs / bpMs;
}

/** Billions of floating-point operations per second for `flops` operations taking `ms`. */
export function gflops(flops: number, ms: number): number {
  return flops / ms / 1e6;
}

/**
 * Times every contender in the same process: a warm-up each, then `runs` rounds in which each
 * contender takes one sample, in an order rotated every round so none always runs first (after a
 * peer has flushed the caches) or last. Interleaving spreads any drift of the machine, such as
 * another process starting, over all contenders instead of the one measured at that moment.
 */
export async function measureInterleaved(contenders: readonly Contender[], options: MeasureOptions): Promise<Timing[]> {
  const clock = options.clock ?? (() => performance.now());
  const iterations: number[] = [];
  for (const contender of contenders) {
    await contender.activate?.();
    let fastest = Number.POSITIVE_INFINITY;
    const start = clock();
    do {
      const before = clock();
      contender.run();
      fastest = Math.min(fastest, clock() - before);
    } while (clock() - start < options.warmupMs);
    iterations.push(Math.max(1, Math.round(options.sampleMs / Math.max(fastest, 1e-6))));
  }

  const samples: number[][] = contenders.map(() => []);
  for (let round = 0; round < options.runs; round++) {
    for (let slot = 0; slot < contenders.length; slot++) {
      const index = (slot + round) % contenders.length;
      const contender = contenders[index]!;
      const count = iterations[index]!;
      await contender.activate?.();
      const before = clock();
      for (let i = 0; i < count; i++) contender.run();
      samples[index]!.push((clock() - before) / count);
    }
  }
  return contenders.map((contender, index) => ({
    name: contender.name,
    medianMs: median(samples[index]!),
    samplesMs: samples[index]!,
    iterations: iterations[index]!,
  }));
}

/**
 * Lays rows out as a plain-text table: columns padded to their widest cell, a rule under the
 * header, and columns whose cells are all numbers (optionally ending in `×` or `%`, or `—` for
 * missing) right-aligned, header included.
 * @example
 * formatTable(['name', 'ms'], [['bp', '1.5'], ['peer', '12.0']]);
 * // "name    ms\n----  ----\nbp     1.5\npeer  12.0"
 */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)));
  const right = header.map((_, column) => rows.every((row) => /^([-+]?[\d.]+(e[-+]?\d+)?[×%]?|—)$/.test(row[column] ?? '')));
  const line = (row: readonly string[]): string =>
    widths
      .map((width, column) => (right[column] ? (row[column] ?? '').padStart(width) : (row[column] ?? '').padEnd(width)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}
