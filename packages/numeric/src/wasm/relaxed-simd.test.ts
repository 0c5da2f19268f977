import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { randomFloat32, referenceProduct, worstErrorRatio } from '../../test/float32-product.js';

// The engine decides which module createWasmGemm picks, so each path runs in its own Node: with
// --experimental-wasm-relaxed-simd (Node 20 ships relaxed SIMD behind it; Node 22 has it on) the
// relaxed module with f32x4.relaxed_madd, without it the plain SIMD module.
const dist = fileURLToPath(new URL('../../dist/index.js', import.meta.url));
const nodeMajor = Number(process.versions.node.split('.')[0]);

const SHAPES: readonly (readonly [m: number, k: number, n: number, transA: boolean, transB: boolean])[] = [
  [7, 13, 5, false, false],
  [33, 257, 65, true, false],
  [64, 300, 40, false, true],
];

/** Runs every shape in a child Node with these flags: the backend's name and each product. */
function runChild(flags: readonly string[]): { name: string; products: number[][] } {
  const script = `
    import { createWasmGemm } from ${JSON.stringify(dist)};
    const random = ${randomFloat32.toString()};
    const backend = createWasmGemm();
    const products = ${JSON.stringify(SHAPES)}.map(([m, k, n, transA, transB], s) => {
      const c = new Float32Array(m * n);
      backend.gemm(transA, transB, m, n, k, random(m * k, 10 + s), random(k * n, 20 + s), c, false);
      return Array.from(c);
    });
    console.log(JSON.stringify({ name: backend.name, products }));
  `;
  const child = spawnSync(process.execPath, [...flags, '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 60_000 });
  if (child.status !== 0) throw new Error(`child failed: ${child.stderr}`);
  return JSON.parse(child.stdout) as { name: string; products: number[][] };
}

/** The worst |error| over the float32 bound (k + 2)·2⁻²⁴·Σ|aᵢₚbₚⱼ| against a float64 product. */
function worstRatio(product: readonly number[], [m, k, n, transA, transB]: (typeof SHAPES)[number], s: number): number {
  return worstErrorRatio(product, referenceProduct(transA, transB, m, n, k, randomFloat32(m * k, 10 + s), randomFloat32(k * n, 20 + s)), k);
}

describe.runIf(existsSync(dist))('the gemm module an engine picks', () => {
  it('is relaxed SIMD where the engine has it, within float32 rounding of float64', () => {
    const { name, products } = runChild(['--experimental-wasm-relaxed-simd']);
    expect(name).toBe('wasm-relaxed-simd');
    products.forEach((product, s) => expect(worstRatio(product, SHAPES[s]!, s)).toBeLessThanOrEqual(1));
  });

  it.runIf(nodeMajor === 20)('is plain SIMD where relaxed SIMD is off (Node 20 without the flag), within float32 rounding', () => {
    const { name, products } = runChild([]);
    expect(name).toBe('wasm-simd');
    products.forEach((product, s) => expect(worstRatio(product, SHAPES[s]!, s)).toBeLessThanOrEqual(1));
  });
});
