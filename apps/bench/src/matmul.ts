import type * as jax from '@jax-js/jax';
import { multiply, transpose } from 'mathjs';
import { bpMatmul } from './bp.js';
import { type Contender, type MeasureOptions, measureInterleaved } from './harness.js';
import { jaxArray, loadJaxjs, readFloat32, threadNote } from './jaxjs.js';
import { evaluateGoals, withRates, type Goal, type MeasureResult } from './report.js';
import { loadTfjs, type TfjsBackend, useTfjsBackend } from './tfjs.js';

/** A float32 product C = op(A)·op(B) with op(A) m×k and op(B) k×n, and the goals bp must meet on it. */
export interface MatmulCase {
  readonly id: string;
  readonly title: string;
  readonly m: number;
  readonly k: number;
  readonly n: number;
  readonly transA: boolean;
  readonly transB: boolean;
  readonly goals: readonly Goal[];
}

const SQUARE_GOALS: readonly Goal[] = [
  { peer: 'tfjs-wasm', atLeast: 1 },
  { peer: 'tfjs-cpu', atLeast: 30 },
];

/**
 * Issue 18's goals at n = 1024: 45 GFLOP/s on one thread, 70 on two, 2.5× jax-js (bp on one
 * thread, and bp on every core against jax-js as it runs here), and the transposed operands (the
 * same product from Aᵀ or Bᵀ stored) within 15% of the plain product's time.
 */
const LARGE_GOALS: readonly Goal[] = [
  ...SQUARE_GOALS,
  { minGflops: 45 },
  { contender: 'bp threads', minGflops: 70 },
  { peer: 'jax-js', atLeast: 2.5 },
  { contender: 'bp threads', peer: 'jax-js', atLeast: 2.5 },
  { peer: 'bp wasm Aᵀ', atMost: 1.15 },
  { peer: 'bp wasm Bᵀ', atMost: 1.15 },
];

/**
 * The products of issue 9: square sizes (256 is where the issue quotes XNNPACK's rate), an MLP
 * layer's forward product and its backward shapes.
 */
export const MATMUL_CASES: readonly MatmulCase[] = [
  ...[128, 256, 512, 1024].map((size) => ({
    id: `matmul-${size}`, title: `matmul n=${size}`, m: size, k: size, n: size, transA: false, transB: false,
    goals: size === 1024 ? LARGE_GOALS : SQUARE_GOALS,
  })),
  { id: 'matmul-128x784x256', title: '128×784 · 784×256', m: 128, k: 784, n: 256, transA: false, transB: false, goals: SQUARE_GOALS },
  {
    id: 'matmul-at-784x128x256', title: '(128×784)ᵀ · 128×256', m: 784, k: 128, n: 256, transA: true, transB: false,
    goals: [{ peer: 'tfjs-wasm', atLeast: 10 }],
  },
  {
    id: 'matmul-bt-128x784x256', title: '128×784 · (256×784)ᵀ', m: 128, k: 784, n: 256, transA: false, transB: true,
    goals: [{ peer: 'tfjs-wasm', atLeast: 1 }],
  },
];

/** mathjs multiplies nested arrays of numbers far slower than the rest: it runs on small products only. */
const MATHJS_MAX_FLOPS = 2 * 128 * 784 * 256;

interface MatmulContender extends Contender {
  /** The product left by the last run. */
  readonly output: () => Float32Array;
  readonly dispose?: () => void;
}

function randomFloat32(length: number, seed: number): Float32Array {
  let state = seed >>> 0 || 1;
  const out = new Float32Array(length);
  for (let i = 0; i < length; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    out[i] = ((state >>> 0) / 2 ** 32) * 2 - 1;
  }
  return out;
}

/** The hand-written loop a JavaScript user would write: i-p-j order, or dot products when B is transposed. */
function jsLoop(c: MatmulCase, a: Float32Array, b: Float32Array, out: Float32Array): void {
  const { m, k, n, transA, transB } = c;
  if (transB) {
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < n; j++) {
        let sum = 0;
        for (let p = 0; p < k; p++) sum += (transA ? a[p * m + i]! : a[i * k + p]!) * b[j * k + p]!;
        out[i * n + j] = sum;
      }
    }
    return;
  }
  out.fill(0);
  for (let i = 0; i < m; i++) {
    const row = i * n;
    for (let p = 0; p < k; p++) {
      const x = transA ? a[p * m + i]! : a[i * k + p]!;
      const from = p * n;
      for (let j = 0; j < n; j++) out[row + j]! += x * b[from + j]!;
    }
  }
}

/** The float64 product and Σ|op(A)ᵢₚ·op(B)ₚⱼ| per element, the scale of float32 rounding error. */
function reference(c: MatmulCase, a: Float32Array, b: Float32Array): { value: Float64Array; magnitude: Float64Array } {
  const { m, k, n, transA, transB } = c;
  const bt = new Float64Array(k * n);
  for (let p = 0; p < k; p++) for (let j = 0; j < n; j++) bt[p * n + j] = transB ? b[j * k + p]! : b[p * n + j]!;
  const value = new Float64Array(m * n);
  const magnitude = new Float64Array(m * n);
  for (let i = 0; i < m; i++) {
    for (let p = 0; p < k; p++) {
      const x = transA ? a[p * m + i]! : a[i * k + p]!;
      const ax = Math.abs(x);
      for (let j = 0; j < n; j++) {
        const y = bt[p * n + j]!;
        value[i * n + j]! += x * y;
        magnitude[i * n + j]! += ax * Math.abs(y);
      }
    }
  }
  return { value, magnitude };
}

/** Why `actual` is not the product within float32 rounding, or undefined when it is. */
function disagreement(actual: Float32Array, expected: { value: Float64Array; magnitude: Float64Array }, k: number): string | undefined {
  if (actual.length !== expected.value.length) return `returned ${actual.length} elements, expected ${expected.value.length}`;
  for (let i = 0; i < actual.length; i++) {
    const bound = (k + 2) * 2 ** -24 * expected.magnitude[i]! + 1e-30;
    const error = Math.abs(actual[i]! - expected.value[i]!);
    if (!(error <= bound)) return `element ${i} is ${actual[i]}, expected ${expected.value[i]} ± ${bound.toExponential(2)}`;
  }
  return undefined;
}

/** A rows×cols row-major matrix stored transposed, cols×rows. */
function transposeCopy(data: Float32Array, rows: number, cols: number): Float32Array {
  const out = new Float32Array(data.length);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) out[c * rows + r] = data[r * cols + c]!;
  return out;
}

function toRows(data: Float32Array, rows: number, cols: number): number[][] {
  return Array.from({ length: rows }, (_, r) => Array.from(data.subarray(r * cols, (r + 1) * cols)));
}

async function tfjsContender(backend: TfjsBackend, c: MatmulCase, a: Float32Array, b: Float32Array): Promise<MatmulContender> {
  const tf = await loadTfjs();
  await useTfjsBackend(backend);
  const ta = tf.tensor2d(a, c.transA ? [c.k, c.m] : [c.m, c.k]);
  const tb = tf.tensor2d(b, c.transB ? [c.n, c.k] : [c.k, c.n]);
  let out: Float32Array = new Float32Array(0);
  return {
    name: `tfjs-${backend}`,
    activate: () => useTfjsBackend(backend),
    run: () => {
      const product = tf.matMul(ta, tb, c.transA, c.transB);
      out = product.dataSync() as Float32Array;
      product.dispose();
    },
    output: () => out,
    dispose: () => {
      ta.dispose();
      tb.dispose();
    },
  };
}

/**
 * jax-js's `jit(matmul)` on arrays made once (resident on its wasm device, as the TensorFlow.js
 * tensors are), with the product read back by `dataSync()` each run.
 */
async function jaxjsContender(c: MatmulCase, a: Float32Array, b: Float32Array): Promise<MatmulContender> {
  const j = await loadJaxjs();
  const ja = jaxArray(j, a, c.transA ? [c.k, c.m] : [c.m, c.k]);
  const jb = jaxArray(j, b, c.transB ? [c.n, c.k] : [c.k, c.n]);
  const product = j.jit((x: jax.Array, y: jax.Array) =>
    j.numpy.matmul(c.transA ? x.transpose() : x, c.transB ? y.transpose() : y));
  let out: Float32Array = new Float32Array(0);
  return {
    name: 'jax-js',
    run: () => {
      out = readFloat32(product(ja.ref, jb.ref));
    },
    output: () => out,
    dispose: () => {
      ja.dispose();
      jb.dispose();
      product.dispose();
    },
  };
}

async function contenders(c: MatmulCase, a: Float32Array, b: Float32Array): Promise<MatmulContender[]> {
  const { m, k, n, transA, transB } = c;
  const list: MatmulContender[] = [];
  const bp = await bpMatmul();
  for (const { name, backend } of bp.backends) {
    const out = new Float32Array(m * n);
    list.push({ name, run: () => backend.gemm(transA, transB, m, n, k, a, b, out, false), output: () => out });
  }
  const wasm = bp.single;
  if (wasm !== undefined && !transA && !transB) {
    // The same product with A, then B, stored transposed: how much the transposed packing costs.
    const at = transposeCopy(a, m, k);
    const bt = transposeCopy(b, k, n);
    const outA = new Float32Array(m * n);
    const outB = new Float32Array(m * n);
    list.push(
      { name: 'bp wasm Aᵀ', run: () => wasm.gemm(true, false, m, n, k, at, b, outA, false), output: () => outA },
      { name: 'bp wasm Bᵀ', run: () => wasm.gemm(false, true, m, n, k, a, bt, outB, false), output: () => outB },
    );
  }
  const matmul = bp.matmul;
  if (matmul !== undefined && !transA && !transB) {
    const out = new Float32Array(m * n);
    list.push({ name: 'bp matmul', run: () => void matmul(a, b, m, k, n, out), output: () => out });
  }
  list.push(await jaxjsContender(c, a, b), await tfjsContender('wasm', c, a, b), await tfjsContender('cpu', c, a, b));
  const loopOut = new Float32Array(m * n);
  list.push({ name: 'js loop', run: () => jsLoop(c, a, b, loopOut), output: () => loopOut });
  if (2 * m * n * k <= MATHJS_MAX_FLOPS) {
    const ma = toRows(a, transA ? k : m, transA ? m : k);
    const mb = toRows(b, transB ? n : k, transB ? k : n);
    let out = new Float32Array(0);
    list.push({
      name: 'mathjs',
      run: () => {
        const product = multiply(transA ? transpose(ma) : ma, transB ? transpose(mb) : mb);
        out = Float32Array.from(product.flat());
      },
      output: () => out,
    });
  }
  return list;
}

/**
 * Measures one product: every contender's result is first checked against a float64 reference
 * (one that disagrees is reported and not timed), then all are timed interleaved.
 */
export async function measureMatmul(c: MatmulCase, options: MeasureOptions): Promise<MeasureResult> {
  const a = randomFloat32(c.m * c.k, 1 + c.m);
  const b = randomFloat32(c.k * c.n, 2 + c.n);
  const expected = reference(c, a, b);
  const all = await contenders(c, a, b);
  const agreeing: MatmulContender[] = [];
  const rejected: { name: string; reason: string }[] = [];
  for (const contender of all) {
    await contender.activate?.();
    contender.run();
    const reason = disagreement(contender.output(), expected, c.k);
    if (reason === undefined) agreeing.push(contender);
    else rejected.push({ name: contender.name, reason });
  }
  const timings = await measureInterleaved(agreeing, options);
  for (const contender of all) contender.dispose?.();
  const flops = 2 * c.m * c.n * c.k;
  const results = withRates(timings, flops, 'bp wasm');
  const goals = evaluateGoals(c.goals, results, 'bp wasm');
  const threaded = (await bpMatmul()).threaded;
  const notes = c.goals.some((g) => g.peer === 'jax-js') ? [threadNote(threaded?.threads)] : [];
  return { id: c.id, title: c.title, flops, timings: results, rejected, goals, notes };
}
