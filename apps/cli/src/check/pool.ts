import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { checkLine, type BatchCheckOptions, type LineResult, type LineTask } from './batch-line.js';

/** Checks lines, in this thread or in worker threads; results come back through promises. */
export interface Checker {
  check(task: LineTask): Promise<LineResult>;
  close(): Promise<void>;
}

/** Checks every line in this thread: no start-up cost, the reference for `--workers N`. */
export function inlineChecker(options: BatchCheckOptions): Checker {
  return {
    check: (task) => Promise.resolve(checkLine(task, options)),
    close: () => Promise.resolve(),
  };
}

/**
 * The worker script. The CLI is bundled: this module lives in `dist/chunks/` and the worker's entry
 * in `dist/`, next to `cli.js`.
 */
function workerScript(): string {
  for (const relative of ['../check-worker.js', './check-worker.js']) {
    const path = fileURLToPath(new URL(relative, import.meta.url));
    if (existsSync(path)) return path;
  }
  throw new Error('the check worker script is missing from the installed bp');
}

interface Pending {
  readonly task: LineTask;
  readonly resolve: (result: LineResult) => void;
  readonly reject: (error: Error) => void;
}

/**
 * Lines go to a worker in chunks of this many, and come back the same way: one message (and one
 * wake-up of the other thread) per chunk instead of per line. Profiles of a 2 000-line batch on two
 * busy cores showed a message per line costing more than checking the line.
 */
export const CHUNK = 8;

/** Chunks a worker holds at once: one it is checking and the next, so it never waits for this thread. */
const WORKER_DEPTH = 2;

/** Where a chunk of lines can run: a worker thread, or this thread between its other work. */
interface Pool {
  readonly script: string;
  readonly options: BatchCheckOptions;
  /** Worker threads to start at most. */
  readonly size: number;
  /** Each worker's chunks, oldest first: it answers them in that order. */
  readonly held: Map<Worker, Pending[][]>;
  readonly waiting: Pending[][];
  /** Whether this thread is checking a chunk now. */
  inline: boolean;
  failure: Error | undefined;
}

function failAll(pool: Pool, error: unknown): void {
  pool.failure ??= error instanceof Error ? error : new Error(String(error));
  for (const pending of [...[...pool.held.values()].flat(2), ...pool.waiting.splice(0).flat()]) pending.reject(pool.failure);
  for (const chunks of pool.held.values()) chunks.length = 0;
}

function startWorker(pool: Pool): void {
  const worker = new Worker(pool.script, { workerData: pool.options });
  const chunks: Pending[][] = [];
  pool.held.set(worker, chunks);
  worker.on('message', (results: LineResult[]) => {
    chunks.shift()?.forEach((pending, i) => pending.resolve(results[i]!));
    dispatch(pool);
  });
  worker.on('error', (error) => failAll(pool, error));
  worker.on('exit', (code) => {
    if (chunks.length > 0) failAll(pool, new Error(`a check worker stopped with exit code ${code}`));
  });
}

function feedWorkers(pool: Pool): void {
  for (const [worker, chunks] of pool.held) {
    while (chunks.length < WORKER_DEPTH && pool.waiting.length > 0) {
      const chunk = pool.waiting.shift()!;
      chunks.push(chunk);
      worker.postMessage(chunk.map((pending) => pending.task));
    }
  }
}

/**
 * Hands waiting chunks out: to the workers, up to {@link WORKER_DEPTH} each; one to this thread,
 * checked after the event loop has run (worker results, input and output wait at most one chunk);
 * and, while chunks still wait, to a new worker, so a short batch starts none.
 */
function dispatch(pool: Pool): void {
  if (pool.failure !== undefined) return;
  feedWorkers(pool);
  if (!pool.inline && pool.waiting.length > 0) {
    const chunk = pool.waiting.shift()!;
    pool.inline = true;
    setImmediate(() => {
      for (const pending of chunk) pending.resolve(checkLine(pending.task, pool.options));
      pool.inline = false;
      dispatch(pool);
    });
  }
  if (pool.waiting.length > 0 && pool.held.size < pool.size) {
    startWorker(pool);
    feedWorkers(pool);
  }
}

/**
 * Checks lines in `threads` threads: this one and `threads − 1` worker threads, started only when
 * lines wait (a short batch starts few or none). This thread has the bundle loaded and warm already, so
 * it starts at once while the workers load theirs, and no core is left to a thread that only
 * waits. Lines travel in chunks; a partial chunk goes out once the lines that arrived together are
 * queued. The caller bounds how many lines are in flight; a worker that dies fails every line still
 * waiting.
 */
export function workerChecker(options: BatchCheckOptions, threads: number): Checker {
  const pool: Pool = { script: workerScript(), options, size: threads - 1, held: new Map(), waiting: [], inline: false, failure: undefined };
  let gathering: Pending[] = [];
  const send = (): void => {
    if (gathering.length === 0) return;
    const chunk = gathering;
    gathering = [];
    if (pool.failure !== undefined) {
      for (const pending of chunk) pending.reject(pool.failure);
      return;
    }
    pool.waiting.push(chunk);
    dispatch(pool);
  };
  return {
    check: (task) =>
      new Promise<LineResult>((resolve, reject) => {
        if (pool.failure !== undefined) {
          reject(pool.failure);
          return;
        }
        gathering.push({ task, resolve, reject });
        if (gathering.length === 1) setImmediate(send);
        if (gathering.length >= CHUNK) send();
      }),
    close: async () => {
      await Promise.all([...pool.held.keys()].map((worker) => worker.terminate()));
    },
  };
}
