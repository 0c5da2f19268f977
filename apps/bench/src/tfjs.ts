import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
// The full package registers every kernel's gradient (tfjs-core alone registers none) and the cpu
// backend; it shares tfjs-core's global engine and registries.
import '@tensorflow/tfjs';
import { setThreadsCount, setWasmPaths } from '@tensorflow/tfjs-backend-wasm';

/** TensorFlow.js's core, with its cpu backend and its wasm backend registered. */
export type Tfjs = typeof tf;

/** The TensorFlow.js backends measured: XNNPACK through WebAssembly, and plain JavaScript. */
export type TfjsBackend = 'wasm' | 'cpu';

let ready: Promise<Tfjs> | undefined;

/**
 * Loads TensorFlow.js once: the wasm backend reads its binaries from node_modules, with SIMD on
 * and one thread (bp's kernel is single-threaded too, and the machine has two shared cores).
 */
export function loadTfjs(): Promise<Tfjs> {
  ready ??= (async () => {
    const require = createRequire(import.meta.url);
    const wasmFile = require.resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm');
    setWasmPaths(`${dirname(wasmFile)}/`);
    setThreadsCount(1);
    // Production mode, as a deployed app runs: no debug checks, and no advice to install tfjs-node.
    tf.env().set('PROD', true);
    tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
    tf.env().set('WASM_HAS_SIMD_SUPPORT', true);
    for (const backend of ['wasm', 'cpu'] as const) {
      if (!(await tf.setBackend(backend))) throw new Error(`TensorFlow.js could not start its ${backend} backend`);
    }
    return tf;
  })();
  return ready;
}

/** Makes `backend` TensorFlow.js's current backend (tensors keep the backend they were made on). */
export async function useTfjsBackend(backend: TfjsBackend): Promise<void> {
  const tfjs = await loadTfjs();
  if (tfjs.getBackend() !== backend) await tfjs.setBackend(backend);
}
