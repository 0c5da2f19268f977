import { open } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import type { Writable } from 'node:stream';
import { openInput } from '../batch.js';
import { EXIT_CODES } from '../commands.js';
import { CliError } from '../errors.js';
import type { Context } from '../context.js';
import { finished } from 'node:stream/promises';
import { write } from '../output.js';
import { completeLine, type BatchCheckOptions, type LineResult } from './batch-line.js';
import { githubReport, jsonReport, junitReport, summary, textReport, type BatchReport, type BatchTotals } from './batch-report.js';
import { splitLines } from './lines.js';
import { CHUNK, inlineChecker, workerChecker, type Checker } from './pool.js';
import { inShard, parseShard, type Shard } from './shard.js';

/** Options that belong to one source and have no meaning for a batch, whose lines carry their own. */
const SINGLE_ONLY: readonly (readonly [string, string])[] = [
  ['at', 'give "at" on each line'],
  ['claim', 'give "claims" on each line'],
];

function refuseSingleOptions(context: Context): void {
  if (context.args[0] !== undefined) {
    throw new CliError('usage', `bp check --batch reads its programs from the file; drop the source argument "${context.args[0]}"`, { argument: 'source' });
  }
  for (const [key, hint] of SINGLE_ONLY) {
    if (context.options[key] !== undefined) throw new CliError('usage', `--${key} does not apply to --batch: ${hint}`, { argument: `--${key}` });
  }
}

function workerCount(context: Context): number {
  const workers = context.options.workers as number | undefined;
  if (workers === undefined) return availableParallelism();
  if (workers < 1) throw new CliError('invalid-option', `--workers takes a whole number ≥ 1, found ${workers}`, { argument: '--workers' });
  // Each thread is a V8 isolate of some tens of MB that only competes for the same cores.
  const cores = availableParallelism();
  if (workers > cores) context.warn(`--workers ${workers} is more than the ${cores} cores available: each thread costs memory and the extra ones only take turns`);
  return workers;
}

function report(context: Context, file: string): BatchReport {
  const format = context.json ? 'json' : (context.options.report as string);
  if (format === 'json') return jsonReport();
  if (format === 'junit') return junitReport(file);
  if (format === 'github') return githubReport(file);
  return textReport(context.colors);
}

function batchOptions(context: Context): BatchCheckOptions {
  const rtol = context.options.rtol as number | undefined;
  const atol = context.options.atol as number | undefined;
  return {
    count: context.options.points as number,
    seed: context.options.seed as number,
    scheme: context.options.scheme as BatchCheckOptions['scheme'],
    ...(rtol === undefined ? {} : { rtol }),
    ...(atol === undefined ? {} : { atol }),
  };
}

/** Opens `--junit FILE` before any work, so an unwritable path fails at once. */
async function junitFile(context: Context): Promise<Writable | undefined> {
  const file = context.options.junit as string | undefined;
  if (file === undefined) return undefined;
  try {
    return (await open(file, 'w')).createWriteStream({ encoding: 'utf8' });
  } catch (error) {
    throw new CliError('file', `cannot write ${file}: ${(error as Error).message}`, { argument: '--junit' }, { cause: error });
  }
}

/** A line in flight: its result, and whether it has arrived, so the writer can tell without waiting. */
interface InFlight {
  readonly result: Promise<LineResult>;
  settled: boolean;
}

/** Output gathered before a write: one write of up to this many characters instead of one a line. */
const FLUSH_AT = 64 * 1024;

/**
 * Streams the lines through the checker, at most `window` in flight, and hands each result to
 * `emit` as soon as it and every line before it are done: input order, bounded memory. `emit`
 * gathers output; `flush` writes it once {@link FLUSH_AT} characters wait, or when the next result
 * is still not in after the event loop has turned once, so output keeps pace with a slow producer
 * on standard input while a fast batch is written in few large writes. The reader waits
 * for room; the writer for results.
 */
async function stream(lines: AsyncIterable<string>, shard: Shard, checker: Checker, window: number, emit: (result: LineResult) => number, flush: () => Promise<void>): Promise<number> {
  const queue: InFlight[] = [];
  let room: (() => void) | undefined;
  let arrived: (() => void) | undefined;
  let reading = true;
  let failed = false;
  const ready = (): boolean => queue[0]?.settled ?? false;
  const writer = (async () => {
    try {
      while (reading || queue.length > 0) {
        if (queue.length === 0) {
          await new Promise<void>((resolve) => (arrived = resolve));
          continue;
        }
        const result = await queue.shift()!.result;
        room?.();
        if (emit(result) >= FLUSH_AT) await flush();
        else if (!ready()) {
          // Lets the reader and the threads run once, then writes unless more results came in.
          await new Promise<void>((resolve) => setImmediate(resolve));
          if (!ready()) await flush();
        }
      }
      await flush();
    } catch (error) {
      failed = true;
      room?.();
      throw error;
    }
  })();
  let line = 0;
  for await (const text of lines) {
    if (failed) break;
    line++;
    if (!inShard(shard, line)) continue;
    const entry: InFlight = { result: checker.check({ line, text }), settled: false };
    // Awaited in turn by the writer; until then a failure must not count as unhandled.
    entry.result.then(() => (entry.settled = true), () => (entry.settled = true));
    queue.push(entry);
    arrived?.();
    if (queue.length >= window) await new Promise<void>((resolve) => (room = resolve));
  }
  reading = false;
  arrived?.();
  await writer;
  return line;
}

/** `bp check --batch FILE`: every line of a JSON Lines file checked, in order, in worker threads. */
export async function runCheckBatch(context: Context): Promise<number> {
  refuseSingleOptions(context);
  const file = context.options.batch as string;
  const shardText = context.options.shard as string | undefined;
  const shard = shardText === undefined ? { index: 1, count: 1 } : parseShard(shardText);
  const workers = workerCount(context);
  const options = batchOptions(context);
  const reporter = report(context, file);
  const junitOut = await junitFile(context);
  const junit = junitOut === undefined ? undefined : junitReport(file);
  const input = await openInput(file);
  input.setEncoding('utf8');
  const checker = workers === 1 ? inlineChecker(options) : workerChecker(options, workers);
  const totals: BatchTotals = { lines: 0, passed: 0, failed: 0, bad: 0 };
  let exitCode: number = EXIT_CODES.success;
  let read: number;
  try {
    let out = '';
    let xml = '';
    const emit = (checked: LineResult): number => {
      const result = completeLine(checked);
      totals.lines++;
      totals[result.status]++;
      exitCode = Math.max(exitCode, result.exitCode);
      out += reporter.line(result);
      xml += junit?.line(result) ?? '';
      return Math.max(out.length, xml.length);
    };
    const flush = async (): Promise<void> => {
      const [text, junitText] = [out, xml];
      [out, xml] = ['', ''];
      if (text !== '') await write(process.stdout, text);
      if (junitText !== '') await write(junitOut!, junitText);
    };
    read = await stream(splitLines(input as AsyncIterable<string>), shard, checker, Math.max(16, 4 * CHUNK * workers), emit, flush);
  } finally {
    await checker.close();
  }
  await write(process.stdout, reporter.end(totals));
  if (junit !== undefined) {
    junitOut!.end(junit.end(totals));
    await finished(junitOut!);
  }
  if (read === 0) context.warn(`${file === '-' ? 'standard input' : file} has no lines: nothing was checked`);
  else if (totals.lines === 0) context.warn(`shard ${shardText!} of ${read} lines is empty: nothing was checked`);
  if (!context.json && context.options.report !== 'text') context.note(summary(totals));
  return exitCode;
}
