import { createWasmGemm, jsGemmBackend, matmul, type GemmBackend } from '@bp/numeric';

export type { GemmBackend };

/** `matmul(a, b, m, k, n, out?)` as DESIGN.md specifies it for @bp/numeric. */
export type Matmul = (a: Float32Array, b: Float32Array, m: number, k: number, n: number, out?: Float32Array) => Float32Array;

/** What bp offers for matrix products: its float32 backends and `matmul`. */
export interface BpMatmul {
  readonly backends: readonly GemmBackend[];
  readonly matmul: Matmul;
}

/** bp's float32 gemm backends: WebAssembly SIMD where the engine has it, and the JavaScript kernel. */
export function bpMatmul(): BpMatmul {
  const wasm = createWasmGemm();
  return { backends: wasm === undefined ? [jsGemmBackend] : [wasm, jsGemmBackend], matmul };
}
