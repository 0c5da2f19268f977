import * as jax from '@jax-js/jax';

/** jax-js (npm `@jax-js/jax`): JAX's API with jit to WebAssembly kernels. */
export type Jaxjs = typeof jax;

/** A jax-js array. */
export type JaxArray = jax.Array;

let ready: Promise<Jaxjs> | undefined;

/**
 * Starts jax-js's WebAssembly device once and makes it the default, as its README says to in
 * Node (`init('wasm')`). Node has no `Worker` global, so jax-js runs its kernels on this thread.
 */
export function loadJaxjs(): Promise<Jaxjs> {
  ready ??= (async () => {
    const devices = await jax.init('wasm');
    if (!devices.includes('wasm')) throw new Error(`jax-js could not start its wasm device (got ${devices.join(', ')})`);
    jax.defaultDevice('wasm');
    return jax;
  })();
  return ready;
}

/**
 * How many threads jax-js's wasm backend computes on here: it starts a pool of Web Workers
 * (`navigator.hardwareConcurrency` of them, else 4) only where both `SharedArrayBuffer` and a
 * global `Worker` exist (its `hasSharedArrayBuffer()`); Node has no global `Worker`, so in Node
 * every kernel runs on the calling thread.
 */
export function jaxjsThreads(): number {
  const scope = globalThis as { Worker?: unknown; SharedArrayBuffer?: unknown; navigator?: { hardwareConcurrency?: number } };
  if (typeof scope.SharedArrayBuffer === 'undefined' || typeof scope.Worker === 'undefined') return 1;
  return scope.navigator?.hardwareConcurrency || 4;
}

/** Who runs on how many threads, for the notes under a measure that has bp's threads and jax-js. */
export function threadNote(bpThreads: number | undefined): string {
  const jax = jaxjsThreads();
  const why = jax === 1 ? ' (its worker pool needs a global Worker, which Node does not have)' : '';
  return `threads: bp on 1${bpThreads === undefined ? '' : `, bp threads on ${bpThreads}`}; jax-js on ${jax}${why}`;
}

/** A float32 jax-js array holding `data` in the given shape (row-major, copied in once). */
export function jaxArray(j: Jaxjs, data: Float32Array, shape: readonly number[]): JaxArray {
  return j.numpy.array(data).reshape([...shape]);
}

/** The data of a jax-js array as a Float32Array; `dataSync` consumes the array, as jax-js functions do. */
export function readFloat32(array: JaxArray): Float32Array {
  const data: unknown = array.dataSync();
  if (!(data instanceof Float32Array)) throw new Error('jax-js returned something other than a Float32Array');
  return data;
}
