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

/** Where a chunk of lines can run: a worker thread, or this thread between its other work. */
interface Pool {
  readonly idle: Worker[];
  readonly busy: Map<Worker, Pending[]>;
  readonly waiting: Pending[][];
  readonly workers: Worker[];
  /** Whether this thread is checking a chunk now. */
  inline: boolean;
  failure: Error | undefined;
}

function failAll(pool: Pool, error: unknown): void {
  pool.failure ??= error instanceof Error ? error : new Error(String(error));
  for (const pending of [...[...pool.busy.values()].flat(), ...pool.waiting.splice(0).flat()]) pending.reject(pool.failure);
  pool.busy.clear();
}

function give(pool: Pool, worker: Worker, chunk: Pending[]): void {
  pool.busy.set(worker, chunk);
  worker.postMessage(chunk.map((pending) => pending.task));
}

/**
 * Checks a chunk in this thread, after letting the event loop run (worker results, input and
 * output wait at most one chunk), then takes the next waiting chunk, if any.
 */
function runInline(pool: Pool, chunk: Pending[], options: BatchCheckOptions): void {
  pool.inline = true;
  setImmediate(() => {
    for (const pending of chunk) pending.resolve(checkLine(pending.task, options));
    pool.inline = false;
    const next = pool.failure === undefined ? pool.waiting.shift() : undefined;
    if (next !== undefined) runInline(pool, next, options);
  });
}

function startWorker(pool: Pool, script: string, options: BatchCheckOptions): Worker {
  const worker = new Worker(script, { workerData: options });
  worker.on('message', (results: LineResult[]) => {
    pool.busy.get(worker)?.forEach((pending, i) => pending.resolve(results[i]!));
    pool.busy.delete(worker);
    const next = pool.waiting.shift();
    if (next === undefined) pool.idle.push(worker);
    else give(pool, worker, next);
  });
  worker.on('error', (error) => failAll(pool, error));
  worker.on('exit', (code) => {
    if (pool.busy.has(worker)) failAll(pool, new Error(`a check worker stopped with exit code ${code}`));
  });
  pool.workers.push(worker);
  return worker;
}

/**
 * Checks lines in `threads` threads: this one and `threads − 1` worker threads, started only as
 * lines arrive (a short batch starts few). This thread has the bundle loaded and warm already, so
 * it starts at once while the workers load theirs, and no core is left to a thread that only
 * waits. Lines travel in chunks; a partial chunk goes out once the lines that arrived together are
 * queued. The caller bounds how many lines are in flight; a worker that dies fails every line still
 * waiting.
 */
export function workerChecker(options: BatchCheckOptions, threads: number): Checker {
  const script = workerScript();
  const pool: Pool = { idle: [], busy: new Map(), waiting: [], workers: [], inline: false, failure: undefined };
  let gathering: Pending[] = [];
  const send = (): void => {
    if (gathering.length === 0) return;
    const chunk = gathering;
    gathering = [];
    if (pool.failure !== undefined) {
      for (const pending of chunk) pending.reject(pool.failure);
      return;
    }
    const worker = pool.idle.pop() ?? (pool.workers.length < threads - 1 ? startWorker(pool, script, options) : undefined);
    if (worker !== undefined) give(pool, worker, chunk);
    else if (!pool.inline) runInline(pool, chunk, options);
    else pool.waiting.push(chunk);
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
      await Promise.all(pool.workers.map((worker) => worker.terminate()));
    },
  };
}
