import { type GemmBackend, jsGemmBackend, mlp, useGemmBackend, type Mlp } from '@bp/numeric';
import { bpMatmul } from './bp.js';
import type * as jax from '@jax-js/jax';
import { type Contender, type MeasureOptions, measureInterleaved } from './harness.js';
import { jaxArray, loadJaxjs, readFloat32, threadNote } from './jaxjs.js';
import { evaluateGoals, withRates, type Goal, type MeasureResult } from './report.js';
import { loadTfjs, type Tfjs, type TfjsBackend, useTfjsBackend } from './tfjs.js';

/** The network and batch of issue 9: MNIST-sized, one ReLU hidden layer, softmax cross-entropy, SGD. */
export const MLP_SIZES = [784, 256, 10] as const;
export const MLP_BATCH = 128;
export const MLP_LR = 0.1;
export const MLP_SEED = 1;

const GOALS: readonly Goal[] = [
  { maxMs: 2 },
  { contender: 'bp threads', maxMs: 2 },
  { peer: 'jax-js', atLeast: 4 },
  { contender: 'bp threads', peer: 'jax-js', atLeast: 4 },
  { peer: 'tfjs-wasm', atLeast: 3 },
];

/** First-step losses must agree to this relative tolerance (float32 sums of 128 · 784 terms). */
export const LOSS_TOLERANCE = 1e-4;
/** After one step, weights must agree to this fraction of the largest change the step made. */
export const UPDATE_TOLERANCE = 1e-2;

/**
 * Floating-point operations of one train step of a dense network: the forward products
 * (2·batch·in·out per layer), the weight gradients (the same again) and the input gradients of
 * every layer but the first. Element-wise work (bias, activation, softmax, the update) is left out.
 * @example
 * mlpStepFlops([784, 256, 10], 128); // 2·128·(2·784·256 + 3·256·10) = 104_726_528
 */
export function mlpStepFlops(sizes: readonly number[], batch: number): number {
  let flops = 0;
  for (let l = 0; l + 1 < sizes.length; l++) {
    const product = 2 * batch * sizes[l]! * sizes[l + 1]!;
    flops += l === 0 ? 2 * product : 3 * product;
  }
  return flops;
}

/** xorshift32 in [0, 1): the same batch on every run. */
function uniform(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

/**
 * A deterministic MNIST-shaped batch: x [batch × inputs] with pixel-like values in [0, 1), y
 * one-hot [batch × classes] with labels drawn from the same seeded generator.
 */
export function syntheticBatch(batch: number, inputs: number, classes: number, seed: number): { x: Float32Array; y: Float32Array } {
  const next = uniform(seed);
  const x = new Float32Array(batch * inputs);
  for (let i = 0; i < x.length; i++) x[i] = next();
  const y = new Float32Array(batch * classes);
  for (let r = 0; r < batch; r++) y[r * classes + Math.floor(next() * classes)] = 1;
  return { x, y };
}

/** W [out × in] row-major as TensorFlow.js's dense kernel layout, [in × out]. */
export function transposed(W: ArrayLike<number>, rows: number, cols: number): Float32Array {
  const out = new Float32Array(W.length);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) out[c * rows + r] = W[r * cols + c]!;
  return out;
}

/** The relative difference of two numbers, 0 when both are 0. */
export function relativeDifference(a: number, b: number): number {
  const scale = Math.max(Math.abs(a), Math.abs(b));
  return scale === 0 ? 0 : Math.abs(a - b) / scale;
}

interface StepContender extends Contender {
  /** Loss returned by the last step (before its update). */
  lastLoss: number;
  /** The weights, in bp's layout ([out × in] W, then b), per layer. */
  readonly weights: () => { W: Float32Array; b: Float32Array }[];
  readonly dispose?: () => void;
}

function bpContender(name: string, backend: GemmBackend, x: Float32Array, y: Float32Array): { contender: StepContender; net: Mlp } {
  // Made with its backend in front, so a float32 network keeps its arrays in that backend's memory.
  useGemmBackend(backend);
  const net = mlp({ sizes: MLP_SIZES, hidden: 'relu', output: 'softmax', loss: 'cross-entropy', dtype: 'float32', seed: MLP_SEED });
  const contender: StepContender = {
    name,
    lastLoss: Number.NaN,
    activate: () => useGemmBackend(backend),
    run: () => {
      contender.lastLoss = net.trainStep(x, y, MLP_BATCH, { optimizer: 'sgd', lr: MLP_LR });
    },
    weights: () => net.layers.map(({ W, b }) => ({ W: W as Float32Array, b: b as Float32Array })),
  };
  return { contender, net };
}

async function tfjsContender(
  backend: TfjsBackend, initial: readonly { W: Float32Array; b: Float32Array }[], x: Float32Array, y: Float32Array,
): Promise<StepContender> {
  const tf: Tfjs = await loadTfjs();
  await useTfjsBackend(backend);
  const sizes = MLP_SIZES;
  const kernels = initial.map(({ W }, l) => tf.variable(tf.tensor2d(transposed(W, sizes[l + 1]!, sizes[l]!), [sizes[l]!, sizes[l + 1]!])));
  const biases = initial.map(({ b }) => tf.variable(tf.tensor1d(b.slice())));
  const tx = tf.tensor2d(x, [MLP_BATCH, sizes[0]]);
  const ty = tf.tensor2d(y, [MLP_BATCH, sizes[sizes.length - 1]!]);
  const optimizer = tf.train.sgd(MLP_LR);
  const contender: StepContender = {
    name: `tfjs-${backend}`,
    lastLoss: Number.NaN,
    activate: () => useTfjsBackend(backend),
    run: () => {
      const cost = optimizer.minimize(() => {
        const hidden = tf.relu(tf.add(tf.matMul(tx, kernels[0]!), biases[0]!));
        const logits = tf.add(tf.matMul(hidden, kernels[1]!), biases[1]!);
        return tf.losses.softmaxCrossEntropy(ty, logits);
      }, true);
      contender.lastLoss = cost!.dataSync()[0]!;
      cost!.dispose();
    },
    weights: () =>
      kernels.map((kernel, l) => ({
        W: transposed(kernel.dataSync() as Float32Array, sizes[l]!, sizes[l + 1]!),
        b: (biases[l]!.dataSync() as Float32Array).slice(),
      })),
    dispose: () => {
      for (const t of [...kernels, ...biases, tx, ty]) t.dispose();
      optimizer.dispose();
    },
  };
  return contender;
}

type JaxParams = { w: jax.Array[]; b: jax.Array[] };

/**
 * jax-js's train step as its users write one: the mean softmax cross-entropy of
 * `relu(x·W₁ + b₁)·W₂ + b₂` (kernels [in × out], as in JAX and TensorFlow.js), `valueAndGrad` of
 * it and the SGD update, all under one `jit`, so the whole step is one compiled program.
 * Parameters stay on jax-js's device between steps; the loss is read back each step.
 */
async function jaxjsContender(initial: readonly { W: Float32Array; b: Float32Array }[], x: Float32Array, y: Float32Array): Promise<StepContender> {
  const j = await loadJaxjs();
  const { numpy: np, nn } = j;
  const sizes = MLP_SIZES;
  let params: JaxParams = {
    w: initial.map(({ W }, l) => jaxArray(j, transposed(W, sizes[l + 1]!, sizes[l]!), [sizes[l]!, sizes[l + 1]!])),
    b: initial.map(({ b }) => jaxArray(j, b.slice(), [b.length])),
  };
  const jx = jaxArray(j, x, [MLP_BATCH, sizes[0]]);
  const jy = jaxArray(j, y, [MLP_BATCH, sizes[2]]);
  // jax-js counts references: every use of an array but the last takes `.ref`.
  const loss = (p: JaxParams, input: jax.Array, labels: jax.Array): jax.Array => {
    const hidden = nn.relu(np.matmul(input, p.w[0]!).add(p.b[0]!));
    const logits = np.matmul(hidden, p.w[1]!).add(p.b[1]!);
    return np.mean(np.sum(labels.mul(nn.logSoftmax(logits, -1)), -1)).mul(-1);
  };
  const step = j.jit((p: JaxParams, input: jax.Array, labels: jax.Array) => {
    const [value, gradient] = j.valueAndGrad(loss)(j.tree.ref(p), input, labels);
    const next: JaxParams = j.tree.map((w: jax.Array, g: jax.Array) => w.sub(g.mul(MLP_LR)), p, gradient);
    return [value, next] as [jax.Array, JaxParams];
  });
  const contender: StepContender = {
    name: 'jax-js',
    lastLoss: Number.NaN,
    run: () => {
      const [value, next] = step(params, jx.ref, jy.ref);
      params = next;
      contender.lastLoss = readFloat32(value)[0]!;
    },
    weights: () =>
      params.w.map((w, l) => ({
        W: transposed(readFloat32(w.ref), sizes[l]!, sizes[l + 1]!),
        b: readFloat32(params.b[l]!.ref),
      })),
    dispose: () => {
      j.tree.dispose(params);
      jx.dispose();
      jy.dispose();
      step.dispose();
    },
  };
  return contender;
}

/** The largest |a − b| over every weight and bias. */
function maxDifference(a: readonly { W: Float32Array; b: Float32Array }[], b: readonly { W: Float32Array; b: Float32Array }[]): number {
  let worst = 0;
  a.forEach((layer, l) => {
    for (const key of ['W', 'b'] as const) {
      const u = layer[key];
      const v = b[l]![key];
      for (let i = 0; i < u.length; i++) worst = Math.max(worst, Math.abs(u[i]! - v[i]!));
    }
  });
  return worst;
}

function copyWeights(layers: readonly { W: Float32Array; b: Float32Array }[]): { W: Float32Array; b: Float32Array }[] {
  return layers.map(({ W, b }) => ({ W: W.slice(), b: b.slice() }));
}

/**
 * Measures one SGD train step of the 784-256-10 network on a batch of 128: bp's `trainStep` and
 * TensorFlow.js (wasm and cpu backends) from identical initial weights on the same batch. Before
 * timing, one step of each is checked: its loss against bp's, and the weights after it against
 * bp's weights after its step. Timing then continues training from there.
 */
export async function measureMlp(options: MeasureOptions): Promise<MeasureResult> {
  const { x, y } = syntheticBatch(MLP_BATCH, MLP_SIZES[0], MLP_SIZES[2], 7);
  const { single, threaded } = await bpMatmul();
  const bp = bpContender('bp', single ?? jsGemmBackend, x, y);
  const initial = copyWeights(bp.contender.weights());
  const all: StepContender[] = [bp.contender];
  if (threaded !== undefined) all.push(bpContender('bp threads', threaded, x, y).contender);
  if (single !== undefined) all.push(bpContender('bp js', jsGemmBackend, x, y).contender);
  all.push(await jaxjsContender(initial, x, y), await tfjsContender('wasm', initial, x, y), await tfjsContender('cpu', initial, x, y));

  // One checked step from the shared initial weights.
  const stepped: { W: Float32Array; b: Float32Array }[][] = [];
  for (const contender of all) {
    await contender.activate?.();
    contender.run();
    stepped.push(copyWeights(contender.weights()));
  }
  const reference = stepped[0]!;
  const change = maxDifference(reference, initial);
  const agreeing: StepContender[] = [];
  const rejected: { name: string; reason: string }[] = [];
  const notes: string[] = [threadNote(threaded?.threads), `first-step loss ${bp.contender.lastLoss.toFixed(6)} (bp); largest weight change of the step ${change.toExponential(2)}`];
  all.forEach((contender, index) => {
    const lossGap = relativeDifference(contender.lastLoss, bp.contender.lastLoss);
    const weightGap = maxDifference(stepped[index]!, reference);
    if (index > 0) notes.push(`${contender.name}: loss ${contender.lastLoss.toFixed(6)} (relative gap ${lossGap.toExponential(1)}), weights after the step within ${weightGap.toExponential(1)} of bp's`);
    if (!(lossGap <= LOSS_TOLERANCE)) rejected.push({ name: contender.name, reason: `first-step loss ${contender.lastLoss}, bp ${bp.contender.lastLoss}` });
    else if (!(weightGap <= UPDATE_TOLERANCE * change)) rejected.push({ name: contender.name, reason: `weights after one step differ from bp's by ${weightGap.toExponential(2)} (step changed them by ${change.toExponential(2)})` });
    else agreeing.push(contender);
  });

  const timings = await measureInterleaved(agreeing, options);
  for (const contender of all) contender.dispose?.();
  if (single !== undefined) useGemmBackend(single);
  const flops = mlpStepFlops(MLP_SIZES, MLP_BATCH);
  const results = withRates(timings, flops, 'bp');
  return {
    id: 'mlp-train-step', title: 'MLP 784-256-10 step', bp: 'bp', flops, timings: results, rejected,
    goals: evaluateGoals(GOALS, results, 'bp'), notes,
  };
}
