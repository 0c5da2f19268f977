import * as numeric from '@bp/numeric';
// The WebAssembly backend is imported from the built file until @bp/numeric's entry point exports
// it; the bench package then switches to `import { createWasmGemm } from '@bp/numeric'`.
import type { GemmBackend } from '../../../packages/numeric/dist/gemm-backend.js';
import { createWasmGemm } from '../../../packages/numeric/dist/wasm/gemm-wasm.js';

export type { GemmBackend };

/** `matmul(a, b, m, k, n, out?)` as DESIGN.md specifies it for @bp/numeric. */
export type Matmul = (a: Float32Array, b: Float32Array, m: number, k: number, n: number, out?: Float32Array) => Float32Array;

function isGemmBackend(value: unknown): value is GemmBackend {
  return (
    typeof value === 'object' && value !== null &&
    typeof (value as Partial<GemmBackend>).gemm === 'function' &&
    typeof (value as Partial<GemmBackend>).supports === 'function'
  );
}

/** What bp offers for matrix products in this build: its backends and, if exported, `matmul`. */
export interface BpMatmul {
  readonly backends: readonly GemmBackend[];
  readonly matmul: Matmul | undefined;
}

/**
 * Collects bp's float32 gemm backends: the WebAssembly one, plus every backend that the
 * @bp/numeric entry point exports as an object or through a `create…Gemm()` factory (the
 * JavaScript kernel), so the bench measures whatever the current build has without naming it.
 */
export function bpMatmul(): BpMatmul {
  const backends: GemmBackend[] = [];
  const wasm = createWasmGemm();
  if (wasm !== undefined) backends.push(wasm);
  const probe = new Float32Array(1);
  for (const [name, value] of Object.entries(numeric as Record<string, unknown>)) {
    let candidate: unknown = value;
    if (typeof value === 'function' && /^create\w*Gemm$/.test(name) && name !== 'createWasmGemm') {
      candidate = (value as () => unknown)();
    }
    if (isGemmBackend(candidate) && candidate.supports(probe) && !backends.some((b) => b.name === candidate.name)) {
      backends.push(candidate);
    }
  }
  const matmul = (numeric as Record<string, unknown>)['matmul'];
  return { backends, matmul: typeof matmul === 'function' ? (matmul as Matmul) : undefined };
}
