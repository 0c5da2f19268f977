import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { createWasmGemm, jsGemmBackend, matmul, type GemmBackend, type WasmGemmBackend } from '@bp/numeric';

export type { GemmBackend };

/** `matmul(a, b, m, k, n, out?)` as DESIGN.md specifies it for @bp/numeric. */
export type Matmul = (a: Float32Array, b: Float32Array, m: number, k: number, n: number, out?: Float32Array) => Float32Array;

/** What bp offers for matrix products: its float32 backends, by the name the report gives them, and `matmul`. */
export interface BpMatmul {
  /** `bp wasm` (one thread), `bp plain simd` (without fused multiply-add, where relaxed SIMD is on), `bp threads` (every core) and `bp js`. */
  readonly backends: readonly { readonly name: string; readonly backend: GemmBackend }[];
  /** The one-thread WebAssembly backend, or undefined without SIMD. */
  readonly single: WasmGemmBackend | undefined;
  /** The WebAssembly backend on every core, its helper threads started, or undefined. */
  readonly threaded: WasmGemmBackend | undefined;
  readonly matmul: Matmul;
}

let made: Promise<BpMatmul> | undefined;

async function started(backend: WasmGemmBackend | undefined): Promise<WasmGemmBackend | undefined> {
  if (backend === undefined) return undefined;
  for (let wait = 0; backend.readyThreads() < backend.threads; wait++) {
    if (wait > 1000) throw new Error(`only ${backend.readyThreads()} of ${backend.threads} gemm threads started`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return backend;
}

/**
 * bp's float32 gemm backends, made once: WebAssembly SIMD on one thread and on every core
 * (`worker_threads`, as an application installs them), and the JavaScript kernel.
 */
export function bpMatmul(): Promise<BpMatmul> {
  made ??= (async () => {
    const single = createWasmGemm();
    const cores = availableParallelism();
    const threaded = cores > 1 ? await started(createWasmGemm({ Worker, threads: cores })) : undefined;
    // Where relaxed SIMD is on, the plain SIMD module (bp's fallback) is measured beside it.
    const plain = single?.name === 'wasm-relaxed-simd' ? createWasmGemm({ relaxedSimd: false }) : undefined;
    const backends = [
      ...(single === undefined ? [] : [{ name: 'bp wasm', backend: single }]),
      ...(plain === undefined ? [] : [{ name: 'bp plain simd', backend: plain }]),
      ...(threaded === undefined ? [] : [{ name: 'bp threads', backend: threaded }]),
      { name: 'bp js', backend: jsGemmBackend },
    ];
    return { backends, single, threaded, matmul };
  })();
  return made;
}
