import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeBase64 } from './base64.js';
import { GEMM_RELAXED_WASM, GEMM_SIMD_WASM } from './generated/gemm-modules.js';

describe('generated/gemm-modules.ts', () => {
  it('is what scripts/build-wasm.mjs generates from the current sources', () => {
    const script = fileURLToPath(new URL('../../scripts/build-wasm.mjs', import.meta.url));
    // --check exits 1 (and execFileSync throws) when the committed file differs.
    expect(() => execFileSync(process.execPath, [script, '--check'], { stdio: 'pipe' })).not.toThrow();
  });

  it('keeps each gemm module under the 4 KB a browser main thread may compile synchronously', () => {
    for (const module of [GEMM_SIMD_WASM, GEMM_RELAXED_WASM]) {
      const bytes = decodeBase64(module);
      expect(Array.from(bytes.subarray(0, 4))).toEqual([0, 97, 115, 109]);
      expect(bytes.length).toBeLessThan(4096);
    }
  });
});
