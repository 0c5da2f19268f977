import type * as jax from '@jax-js/jax';
import { compile, type Kernel, type KernelResult } from '@bp/numeric';
import { type Contender, type MeasureOptions, measureInterleaved } from './harness.js';
import { jaxArray, type Jaxjs, loadJaxjs, readFloat32 } from './jaxjs.js';
import { evaluateGoals, withRates, type Goal, type MeasureResult } from './report.js';

/** Points per evaluation, as in packages/numeric/bench/compile.bench.mjs. */
export const KERNEL_POINTS = 100_000;

/**
 * One scalar function of several inputs, written twice: bp's source text, and the same function
 * over jax-js arrays (every input used more than once takes `.ref`, jax-js's reference counting).
 */
export interface KernelCase {
  readonly id: string;
  readonly title: string;
  readonly source: string;
  /** Inputs in the order `jax` takes them, and the range each is drawn from. */
  readonly inputs: readonly { readonly name: string; readonly lo: number; readonly hi: number }[];
  readonly jax: (j: Jaxjs) => (...args: jax.Array[]) => jax.Array;
}

const range = (names: string, lo = -1.5, hi = 1.5): { name: string; lo: number; hi: number }[] =>
  names.split(',').map((name) => ({ name, lo, hi }));

/** The expressions of bp's compiled-kernel benchmark (packages/numeric/bench/compile.bench.mjs). */
export const KERNEL_CASES: readonly KernelCase[] = [
  {
    id: 'kernel-neuron',
    title: 'neuron with loss',
    source: 'z = w*x + b; a = sigmoid(z); L = (y - a)^2 / 2',
    inputs: [...range('w,x,b'), ...range('y', 0, 1)],
    jax: ({ nn, numpy: np }) => (w, x, b, y) => np.square(y.sub(nn.sigmoid(w.mul(x).add(b)))).div(2),
  },
  {
    id: 'kernel-tanh-network',
    title: 'tanh network (program)',
    source: 'h1 = tanh(w1*x + b1); h2 = tanh(w2*x + b2); out = v1*h1 + v2*h2 + c; L = (out - y)^2',
    inputs: range('w1,x,b1,w2,b2,v1,v2,c,y'),
    jax: ({ numpy: np }) => (w1, x, b1, w2, b2, v1, v2, c, y) => {
      const h1 = np.tanh(w1.mul(x.ref).add(b1));
      const h2 = np.tanh(w2.mul(x).add(b2));
      return np.square(v1.mul(h1).add(v2.mul(h2)).add(c).sub(y));
    },
  },
  {
    id: 'kernel-smooth',
    title: 'smooth 2-variable function',
    source: 'sin(x) * exp(-y^2) + x^2 * y',
    inputs: range('x,y'),
    jax: ({ numpy: np }) => (x, y) => np.sin(x.ref).mul(np.exp(np.square(y.ref).mul(-1))).add(np.square(x).mul(y)),
  },
];

/** Values of a Park–Miller generator scaled to [lo, hi): the same points on every run. */
function points(length: number, seed: number, lo: number, hi: number): Float32Array {
  let state = seed;
  return Float32Array.from({ length }, () => {
    state = (state * 48271) % 2147483647;
    return lo + (state / 2147483647) * (hi - lo);
  });
}

interface KernelContender extends Contender {
  /** The value and each input's partial (in `inputs` order) from the last run. */
  readonly output: () => Float32Array[];
  readonly dispose?: () => void;
}

function bpContender(kernel: Kernel, c: KernelCase, inputs: Record<string, Float32Array>, name = 'bp'): KernelContender {
  const out: KernelResult = {
    value: new Float32Array(KERNEL_POINTS),
    gradient: Object.fromEntries(kernel.wrt.map((name) => [name, new Float32Array(KERNEL_POINTS)])),
  };
  return {
    name,
    run: () => void kernel.evaluate(inputs, out),
    output: () => [out.value as Float32Array, ...c.inputs.map(({ name }) => out.gradient[name] as Float32Array)],
  };
}

/** jax-js's `jit(vmap(valueAndGrad(f, every argument)))` over arrays made once; results read back. */
async function jaxjsContender(c: KernelCase, inputs: Record<string, Float32Array>): Promise<KernelContender> {
  const j = await loadJaxjs();
  const args = c.inputs.map(({ name }) => jaxArray(j, inputs[name]!, [KERNEL_POINTS]));
  const argnums = c.inputs.map((_, index) => index);
  const f = j.jit(j.vmap(j.valueAndGrad(c.jax(j), { argnums })));
  let out: Float32Array[] = [];
  return {
    name: 'jax-js',
    run: () => {
      const [value, gradient] = f(...args.map((a) => a.ref)) as [jax.Array, jax.Array[]];
      out = [readFloat32(value), ...gradient.map((g) => readFloat32(g))];
    },
    output: () => out,
    dispose: () => {
      for (const a of args) a.dispose();
      f.dispose();
    },
  };
}

/** Why `actual` differs from `expected` beyond float32 rounding of the function's values, or undefined. */
function disagreement(names: readonly string[], actual: readonly Float32Array[], expected: readonly Float32Array[]): string | undefined {
  for (let o = 0; o < expected.length; o++) {
    const want = expected[o]!;
    const got = actual[o];
    const what = o === 0 ? 'value' : `∂/∂${names[o - 1]!}`;
    if (got?.length !== want.length) return `${what}: ${got?.length ?? 0} elements, expected ${want.length}`;
    for (let i = 0; i < want.length; i++) {
      // Both compute in float32 (bp in float64 then rounds): a few ulps of the operands' scale.
      if (!(Math.abs(got[i]! - want[i]!) <= 1e-5 * (1 + Math.abs(want[i]!)))) return `${what}[${i}] is ${got[i]}, bp ${want[i]}`;
    }
  }
  return undefined;
}

/** The goal: bp's compiled kernel ahead of jax-js on every expression. */
const GOALS: readonly Goal[] = [{ peer: 'jax-js', atLeast: 1 }];

/**
 * Measures one value-and-gradient kernel over 100 000 float32 points: bp's `compile(source,
 * { dtype: 'float32' })` (WebAssembly SIMD where the engine has it), the same kernel as generated
 * JavaScript (`backend: 'js'`), and jax-js's `jit(vmap(valueAndGrad(f)))`, all giving the value and
 * every partial, checked against bp's before timing.
 */
export async function measureKernel(c: KernelCase, options: MeasureOptions): Promise<MeasureResult> {
  const inputs = Object.fromEntries(c.inputs.map(({ name, lo, hi }, index) => [name, points(KERNEL_POINTS, 1 + index, lo, hi)]));
  const wrt = c.inputs.map(({ name }) => name);
  const kernel = compile(c.source, { dtype: 'float32', wrt });
  const bp = bpContender(kernel, c, inputs);
  // bp's generated JavaScript loop as well, the path float64 and engines without SIMD take.
  const js = bpContender(compile(c.source, { dtype: 'float32', wrt, backend: 'js' }), c, inputs, 'bp js');
  const all = [bp, js, await jaxjsContender(c, inputs)];
  for (const contender of all) contender.run();
  const names = c.inputs.map(({ name }) => name);
  const agreeing: KernelContender[] = [bp];
  const rejected: { name: string; reason: string }[] = [];
  for (const contender of all.slice(1)) {
    const reason = disagreement(names, contender.output(), bp.output());
    if (reason === undefined) agreeing.push(contender);
    else rejected.push({ name: contender.name, reason });
  }
  const timings = await measureInterleaved(agreeing, options);
  for (const contender of all) contender.dispose?.();
  const results = withRates(timings, Number.NaN, 'bp');
  return { id: c.id, title: c.title, bp: 'bp', flops: Number.NaN, timings: results, rejected, goals: evaluateGoals(GOALS, results, 'bp') };
}
