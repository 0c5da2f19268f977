import { CONTROL, gemmPart, helperScript, type GemmExport, type HelperStart } from './gemm-part.js';

/** What bp needs of a started worker: Node's `worker_threads.Worker` and the browser's `Worker` both have it. */
export interface WorkerLike {
  postMessage(message: unknown): void;
  terminate(): unknown;
  /** Node only: lets the process exit while the worker waits. */
  unref?(): void;
}

/** A worker constructor: Node's `worker_threads.Worker` or a browser's `Worker`. */
export type WorkerConstructor = new (script: string, options?: { eval?: boolean }) => WorkerLike;

interface UrlApi {
  createObjectURL(blob: unknown): string;
}
type BlobConstructor = new (parts: string[], options: { type: string }) => unknown;

/** Starts a worker running `source`: as eval'd code with Node's class, from a blob URL with a browser's. */
function startWorker(Worker: WorkerConstructor, source: string): WorkerLike {
  const node = typeof (Worker.prototype as { unref?: unknown }).unref === 'function';
  if (node) {
    const worker = new Worker(source, { eval: true });
    worker.unref?.();
    return worker;
  }
  const { Blob, URL } = globalThis as unknown as { Blob: BlobConstructor; URL: UrlApi };
  return new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
}

/** Whether this thread may block in `Atomics.wait` (workers and Node's main thread; not a browser's main thread). */
let canWait: boolean | undefined;

function waitWhile(control: Int32Array, index: number, value: number): void {
  if (canWait !== false) {
    try {
      Atomics.wait(control, index, value);
      canWait = true;
      return;
    } catch {
      canWait = false;
    }
  }
  // A browser's main thread: spin until the value changes.
  while (Atomics.load(control, index) === value) { /* spin */ }
}

/**
 * Helper threads for one WebAssembly gemm instance over shared memory. Helpers start on first use
 * and are used once they have said they are ready, so no call ever waits for a thread to start; a
 * product runs on the caller's thread plus the helpers ready at that moment.
 */
export class GemmPool {
  readonly #helpers: WorkerLike[] = [];
  readonly #control: Int32Array;
  readonly #start: Omit<HelperStart, 'index'>;
  readonly #Worker: WorkerConstructor;
  readonly #size: number;
  #task = 0;

  /** `threads` counts the caller's thread: `threads - 1` helpers (at most {@link CONTROL.maxHelpers}). */
  constructor(Worker: WorkerConstructor, threads: number, memory: HelperStart['memory'], module: object) {
    this.#Worker = Worker;
    this.#size = Math.max(0, Math.min(CONTROL.maxHelpers, threads - 1));
    this.#control = new Int32Array(memory.buffer, 0, CONTROL.bytes / 4);
    this.#start = { memory, module, layout: CONTROL };
  }

  /** Threads that could take part, the caller's included. */
  get threads(): number {
    return 1 + this.#size;
  }

  /** Starts the helpers if they are not started; returns how many are ready now. */
  ready(): number {
    if (this.#helpers.length < this.#size) {
      const source = helperScript();
      for (let i = this.#helpers.length + 1; i <= this.#size; i++) {
        const worker = startWorker(this.#Worker, source);
        worker.postMessage({ ...this.#start, index: i } satisfies HelperStart);
        this.#helpers.push(worker);
      }
    }
    let ready = 0;
    for (let i = 1; i <= this.#size; i++) ready += Atomics.load(this.#control, CONTROL.ready + i);
    return ready;
  }

  /**
   * Runs the product whose parameters are in the control block in `parts` parts: helpers take
   * parts 1 … parts − 1, the caller part 0, then the caller waits for the helpers.
   */
  run(gemm: GemmExport, parts: number): void {
    const control = this.#control;
    Atomics.store(control, CONTROL.parts, parts);
    Atomics.store(control, CONTROL.done, 0);
    this.#task++;
    let given = 0;
    for (let i = 1; i <= this.#size && given < parts - 1; i++) {
      if (Atomics.load(control, CONTROL.ready + i) !== 1) continue;
      given++;
      Atomics.store(control, CONTROL.part + i, given);
      Atomics.store(control, CONTROL.task + i, this.#task);
      Atomics.notify(control, CONTROL.task + i);
    }
    gemmPart(gemm, control, CONTROL, 0);
    for (let done = Atomics.load(control, CONTROL.done); done < given; done = Atomics.load(control, CONTROL.done)) {
      waitWhile(control, CONTROL.done, done);
    }
  }
}
