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

/**
 * Checks lines in up to `size` worker threads, started only as lines arrive (a short batch starts
 * few), each given the next waiting chunk as soon as it is free. A partial chunk is sent once the
 * lines that arrived together are queued. The caller bounds how many lines are in flight; a worker
 * that dies fails every line still waiting.
 */
export function workerChecker(options: BatchCheckOptions, size: number): Checker {
  const script = workerScript();
  const idle: Worker[] = [];
  const busy = new Map<Worker, Pending[]>();
  const waiting: Pending[][] = [];
  const workers: Worker[] = [];
  let gathering: Pending[] = [];
  let failure: Error | undefined;

  const fail = (error: unknown): void => {
    failure ??= error instanceof Error ? error : new Error(String(error));
    for (const pending of [...[...busy.values()].flat(), ...waiting.splice(0).flat(), ...gathering.splice(0)]) pending.reject(failure);
    busy.clear();
  };
  const give = (worker: Worker, chunk: Pending[]): void => {
    busy.set(worker, chunk);
    worker.postMessage(chunk.map((pending) => pending.task));
  };
  const start = (): Worker => {
    const worker = new Worker(script, { workerData: options });
    worker.on('message', (results: LineResult[]) => {
      busy.get(worker)?.forEach((pending, i) => pending.resolve(results[i]!));
      busy.delete(worker);
      const next = waiting.shift();
      if (next === undefined) idle.push(worker);
      else give(worker, next);
    });
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (busy.has(worker)) fail(new Error(`a check worker stopped with exit code ${code}`));
    });
    workers.push(worker);
    return worker;
  };
  const send = (): void => {
    if (gathering.length === 0) return;
    const chunk = gathering;
    gathering = [];
    const worker = idle.pop() ?? (workers.length < size ? start() : undefined);
    if (worker === undefined) waiting.push(chunk);
    else give(worker, chunk);
  };
  return {
    check: (task) =>
      new Promise<LineResult>((resolve, reject) => {
        if (failure !== undefined) {
          reject(failure);
          return;
        }
        gathering.push({ task, resolve, reject });
        if (gathering.length === 1) setImmediate(send);
        if (gathering.length >= CHUNK) send();
      }),
    close: async () => {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
