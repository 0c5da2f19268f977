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
 * Checks lines in up to `size` worker threads, started only as lines arrive (a short batch starts
 * few), each given the next waiting line as soon as it is free. The caller bounds how many lines
 * are in flight; a worker that dies fails every line still waiting.
 */
export function workerChecker(options: BatchCheckOptions, size: number): Checker {
  const script = workerScript();
  const idle: Worker[] = [];
  const busy = new Map<Worker, Pending>();
  const waiting: Pending[] = [];
  const workers: Worker[] = [];
  let failure: Error | undefined;

  const fail = (error: unknown): void => {
    failure ??= error instanceof Error ? error : new Error(String(error));
    for (const pending of [...busy.values(), ...waiting.splice(0)]) pending.reject(failure);
    busy.clear();
  };
  const give = (worker: Worker, pending: Pending): void => {
    busy.set(worker, pending);
    worker.postMessage(pending.task);
  };
  const start = (): Worker => {
    const worker = new Worker(script, { workerData: options });
    worker.on('message', (result: LineResult) => {
      busy.get(worker)?.resolve(result);
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
  return {
    check: (task) =>
      new Promise<LineResult>((resolve, reject) => {
        if (failure !== undefined) return reject(failure);
        const pending = { task, resolve, reject };
        const worker = idle.pop() ?? (workers.length < size ? start() : undefined);
        if (worker === undefined) waiting.push(pending);
        else give(worker, pending);
      }),
    close: async () => {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
