// The two functions below also run inside worker threads, where they arrive as source text
// (`Function.prototype.toString`): they must not refer to anything outside their own bodies.

/** Slots (Int32 indices) of the control block at the start of a threaded gemm's shared memory. */
export const CONTROL = {
  /** Bytes reserved for the block; operands start after it. */
  bytes: 512,
  /** Parts finished by helper threads in the current product. */
  done: 0,
  /** The product's parameters, `gemm`'s arguments in order: transA … ldc, accumulate, bias, out (14 slots). */
  params: 1,
  /** 1 to split the rows of C between parts, 0 its columns. */
  splitRows: 15,
  /** Parts the product is split into (the caller's thread takes part 0). */
  parts: 16,
  /** Byte address of part 0's scratch (packed A, packed B, edge tile), and the bytes per part. */
  scratch: 17,
  scratchStride: 18,
  /** Byte offsets of packed B and the tile inside a part's scratch. */
  packBOffset: 19,
  tileOffset: 20,
  /** Strip width: MR rows or NR columns of C; parts are whole strips. */
  unit: 21,
  /** Slot `part + i` holds the part helper i (1-based) runs next; `task + i` is its mailbox, bumped per task and -1 to stop; `ready + i` is 1 once it listens. */
  part: 24,
  task: 40,
  ready: 56,
  /** Helpers at most: the slots above hold 15 each. */
  maxHelpers: 15,
} as const;

/** The layout above, as the functions that run in helpers receive it. */
export type ControlLayout = typeof CONTROL;

/** The exported gemm of the WebAssembly module (see scripts/gemm-wat.mjs). */
export type GemmExport = (
  transA: number, transB: number, m: number, n: number, k: number,
  a: number, lda: number, b: number, ldb: number, c: number, ldc: number,
  accumulate: number, bias: number, out: number, packA: number, packB: number, tile: number,
) => void;

/**
 * Runs part `part` of the product described in the control block: a band of whole MR-row (or
 * NR-column) strips of C. Every element of C is summed in the same order in any band, so the
 * result does not depend on how many parts there are.
 */
export function gemmPart(gemm: GemmExport, control: Int32Array, layout: ControlLayout, part: number): void {
  const p = layout.params;
  const transA = control[p]!, transB = control[p + 1]!, m = control[p + 2]!, n = control[p + 3]!, k = control[p + 4]!;
  const a = control[p + 5]!, lda = control[p + 6]!, b = control[p + 7]!, ldb = control[p + 8]!;
  const c = control[p + 9]!, ldc = control[p + 10]!, accumulate = control[p + 11]!;
  const bias = control[p + 12]!, out = control[p + 13]!;
  const rows = control[layout.splitRows] === 1;
  const parts = control[layout.parts]!;
  const scratch = control[layout.scratch]! + part * control[layout.scratchStride]!;
  const packB = scratch + control[layout.packBOffset]!;
  const tile = scratch + control[layout.tileOffset]!;
  const unit = control[layout.unit]!;
  const size = rows ? m : n;
  const units = Math.ceil(size / unit);
  const lo = Math.floor((part * units) / parts) * unit;
  const hi = Math.min(size, Math.floor(((part + 1) * units) / parts) * unit);
  if (hi <= lo) return;
  // A band of rows keeps the whole bias row; a band of columns starts the bias at its first column.
  if (rows) {
    const aAt = a + 4 * (transA ? lo : lo * lda);
    const outAt = out === 0 ? 0 : out + 4 * lo * ldc;
    gemm(transA, transB, hi - lo, n, k, aAt, lda, b, ldb, c + 4 * lo * ldc, ldc, accumulate, bias, outAt, scratch, packB, tile);
  } else {
    const bAt = b + 4 * (transB ? lo * ldb : lo);
    const biasAt = bias === 0 ? 0 : bias + 4 * lo;
    const outAt = out === 0 ? 0 : out + 4 * lo;
    gemm(transA, transB, m, hi - lo, k, a, lda, bAt, ldb, c + 4 * lo, ldc, accumulate, biasAt, outAt, scratch, packB, tile);
  }
}

/** What a helper thread is sent once, at start. */
export interface HelperStart {
  readonly memory: { readonly buffer: SharedArrayBuffer };
  readonly module: object;
  readonly index: number;
  readonly layout: ControlLayout;
}

/**
 * A helper thread's whole life: instantiate the module over the shared memory, say it is ready,
 * then sleep on its mailbox and run the part it is given each time the mailbox changes. The
 * caller waits for `done` to count every helper it gave a part.
 */
export function helperMain(start: HelperStart, runPart: typeof gemmPart): void {
  type Wasm = { Instance: new (module: object, imports: object) => { exports: { gemm: GemmExport } } };
  const wasm = (globalThis as unknown as { WebAssembly: Wasm }).WebAssembly;
  const { gemm } = new wasm.Instance(start.module, { env: { memory: start.memory } }).exports;
  const { layout, index } = start;
  const control = new Int32Array(start.memory.buffer, 0, layout.bytes / 4);
  // Read the mailbox before saying ready, so a task posted right after is not missed.
  let seen = Atomics.load(control, layout.task + index);
  Atomics.store(control, layout.ready + index, 1);
  for (;;) {
    Atomics.wait(control, layout.task + index, seen);
    seen = Atomics.load(control, layout.task + index);
    if (seen < 0) return;
    runPart(gemm, control, layout, Atomics.load(control, layout.part + index));
    Atomics.add(control, layout.done, 1);
    Atomics.notify(control, layout.done);
  }
}

/**
 * The script a helper thread runs: the two functions above as text, and a start that takes the
 * first message, from `onmessage` in a browser or from `worker_threads` in Node (loaded with a
 * dynamic import, which works whether Node evaluates the script as CommonJS or as a module).
 */
export function helperScript(): string {
  return [
    `const gemmPart = ${gemmPart.toString()};`,
    `const helperMain = ${helperMain.toString()};`,
    "if (typeof self === 'object') self.onmessage = (event) => { self.onmessage = null; helperMain(event.data, gemmPart); };",
    "else import('node:worker_threads').then(({ parentPort }) => parentPort.once('message', (data) => helperMain(data, gemmPart)));",
  ].join('\n');
}
