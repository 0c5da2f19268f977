import { activationByName } from './activation.js';
import type { Activation, ActivationName } from './activation.js';
import { activationGradient, denseBackward, denseForward } from './dense.js';
import { NumericError } from './errors.js';
import type { Dtype, FloatArray } from './dtype.js';
import { allocateArray, bytesPerElement, formatBytes, MAX_ELEMENTS } from './internal/allocate.js';
import { checkCount, checkFinite, checkFloatArray, checkLength, notFinite } from './internal/check.js';
import { checkTargets, lossByName, softmax } from './loss.js';
import type { Loss, LossName } from './loss.js';
import { optimizerByName } from './optimizer.js';
import type { Optimizer, OptimizerName } from './optimizer.js';
import { createRandom } from './random.js';
import { preferredBackend } from './matmul.js';
import type { WasmGemmBackend } from './wasm/wasm-gemm.js';

/** The activation of the output layer. */
export type OutputName = 'linear' | 'sigmoid' | 'softmax';

/** How initial weights are drawn: Glorot uniform, U(±√(6/(in + out))), or He normal, N(0, 2/in). */
export type InitName = 'glorot' | 'he';

/** Options of {@link mlp}. */
export interface MlpOptions {
  /** Layer widths from the input to the output, at least two: `[784, 64, 10]`. */
  readonly sizes: readonly number[];
  /** Activation of every hidden layer: a built-in name, an expression in x, or an {@link Activation}. Default `relu`. */
  readonly hidden?: string | Activation;
  /** Activation of the output layer. Default `linear`. */
  readonly output?: OutputName;
  /**
   * Default `mse` for a linear output, `binary-cross-entropy` for sigmoid, `cross-entropy` for softmax.
   * Cross-entropy needs softmax, binary cross-entropy needs sigmoid (both are computed from the
   * logits with the activation fused in); mse works with linear or sigmoid.
   */
  readonly loss?: LossName;
  /** Default `float64`. */
  readonly dtype?: Dtype;
  /** Seed of the initial weights: the same seed gives the same bits. Default 0. */
  readonly seed?: number;
  /** Default `he` for the relu family (relu, leakyRelu, elu, gelu, softplus), `glorot` otherwise. */
  readonly init?: InitName;
}

/** Weights of one dense layer: W row-major [outputs × inputs], b of length outputs. */
export interface DenseParameters {
  readonly W: FloatArray;
  readonly b: FloatArray;
}

/** Gradients of the mean loss with respect to one layer's W and b, shaped like them. */
export interface DenseGradients {
  readonly dW: FloatArray;
  readonly db: FloatArray;
}

/** Options of {@link Mlp.trainStep}. */
export interface TrainStepOptions {
  /** A built-in name (kept with its state across steps while the name stays the same) or an optimizer object. Default `sgd`. */
  readonly optimizer?: OptimizerName | Optimizer;
  /** Learning rate; when absent, the optimizer's own (its default for a name). */
  readonly lr?: number;
}

/** The saved form of a network: its configuration and weights as plain numbers. */
export interface MlpJson {
  readonly format: 'bp-mlp';
  readonly version: 1;
  readonly sizes: readonly number[];
  readonly hidden: string;
  readonly output: OutputName;
  readonly loss: LossName;
  readonly dtype: Dtype;
  readonly layers: readonly { readonly W: readonly number[]; readonly b: readonly number[] }[];
}

/** A multilayer perceptron of dense layers. Arrays are row-major: x [batch × inputs], y [batch × outputs]. */
export interface Mlp {
  readonly sizes: readonly number[];
  readonly hidden: string;
  readonly output: OutputName;
  readonly loss: LossName;
  readonly dtype: Dtype;
  /** The live weights, updated in place by {@link Mlp.trainStep}. */
  readonly layers: readonly DenseParameters[];
  /** Output activations [batch × outputs]; the array is reused by the next call with the same batch. */
  forward(x: FloatArray, batch: number): FloatArray;
  /** Like forward, but returns a fresh copy the caller may keep. */
  predict(x: FloatArray, batch: number): FloatArray;
  /** The mean loss over the batch. */
  evaluateLoss(x: FloatArray, y: FloatArray, batch: number): number;
  /** Gradients of the mean loss per layer; the arrays are reused by the next call. */
  gradients(x: FloatArray, y: FloatArray, batch: number): readonly DenseGradients[];
  /**
   * dA_prev of every layer: entry l is ∂loss/∂(the input of layer l), [batch × sizes[l]], so entry
   * 0 is the gradient with respect to x. The arrays are reused by the next call.
   */
  inputGradients(x: FloatArray, y: FloatArray, batch: number): readonly FloatArray[];
  /** The input each layer sees for x, [batch × sizes[l]] each: fresh copies. */
  layerInputs(x: FloatArray, batch: number): FloatArray[];
  /** The mean loss when `input` [batch × sizes[layer]] is fed into layer `layer` (the rest of the network as a function of it). */
  lossFromLayer(layer: number, input: FloatArray, y: FloatArray, batch: number): number;
  /** One optimizer step on the batch; returns the mean loss before the update. */
  trainStep(x: FloatArray, y: FloatArray, batch: number, options?: TrainStepOptions): number;
  /** The configuration and weights as plain JSON data, for `JSON.stringify` and {@link mlpFromJson}. */
  toJSON(): MlpJson;
}

interface Workspace {
  /** The batch copied next to the weights, where the products can read it in place (resident storage only). */
  readonly x: FloatArray | undefined;
  /** ∂loss/∂x, filled only when asked for. */
  readonly dX: FloatArray;
  readonly z: FloatArray[];
  readonly a: FloatArray[];
  readonly dA: FloatArray[];
  readonly dZ: FloatArray[];
}

const HE_FAMILY = new Set(['relu', 'leakyRelu', 'elu', 'gelu', 'softplus']);
const OUTPUTS: readonly OutputName[] = ['linear', 'sigmoid', 'softmax'];
const DEFAULT_LOSS: Record<OutputName, LossName> = { linear: 'mse', sigmoid: 'binary-cross-entropy', softmax: 'cross-entropy' };
// Cached workspaces per batch size, so alternating a training and a final partial batch reallocates nothing.
const MAX_WORKSPACES = 4;


/**
 * Refuses, before anything is allocated, a network with a weight matrix longer than one array can
 * hold, saying how much memory its weights and gradients would need.
 */
function checkNetworkSize(sizes: readonly number[], dtype: Dtype): void {
  let parameters = 0;
  for (let l = 0; l + 1 < sizes.length; l++) parameters += sizes[l]! * sizes[l + 1]! + sizes[l + 1]!;
  for (let l = 0; l + 1 < sizes.length; l++) {
    const weights = sizes[l]! * sizes[l + 1]!;
    if (weights <= MAX_ELEMENTS) continue;
    throw new NumericError(
      'too-large',
      `layer ${l + 1} (${sizes[l]} → ${sizes[l + 1]}) has ${weights} weights, more than the ${MAX_ELEMENTS} one array can hold; ` +
        `the network's ${dtype} weights and gradients would need ${formatBytes(2 * parameters * bytesPerElement(dtype))}`,
      { argument: 'sizes', index: l + 1 },
    );
  }
}

/** Where a network keeps its arrays: plain typed arrays, or float32 arrays resident in the WebAssembly gemm's memory. */
interface Storage {
  /** The backend holding the arrays, when they are resident. */
  readonly resident: WasmGemmBackend | undefined;
  allocate(length: number, argument?: string): FloatArray;
}

/**
 * Float32 networks keep weights, gradients and activations in the memory of the gemm backend that
 * float32 products go to, when it offers that (WebAssembly with shared memory): the products then
 * read and write them in place. Float64, and engines without it, use plain typed arrays.
 */
function storageFor(dtype: Dtype): Storage {
  const backend = dtype === 'float32' ? (preferredBackend(new Float32Array(0)) as Partial<WasmGemmBackend>) : undefined;
  const probe = typeof backend?.allocate === 'function' ? backend.allocate(0) : undefined;
  if (probe === undefined) return { resident: undefined, allocate: (length, argument = 'sizes') => allocateArray(dtype, length, argument) };
  const resident = backend as WasmGemmBackend;
  return { resident, allocate: (length, argument = 'sizes') => resident.allocate(length) ?? allocateArray(dtype, length, argument) };
}

function checkSizes(sizes: unknown): readonly number[] {
  if (sizes === undefined) throw new NumericError('missing-input', 'sizes is required: the layer widths from input to output', { argument: 'sizes' });
  if (!Array.isArray(sizes) || sizes.length < 2) {
    throw new NumericError('shape', 'sizes must list at least two layer widths', { argument: 'sizes' });
  }
  sizes.forEach((size: unknown, index) => {
    if (typeof size !== 'number' || !Number.isSafeInteger(size) || size <= 0) {
      throw new NumericError('shape', `sizes[${index}] must be a positive integer, found ${String(size)}`, { argument: 'sizes', index });
    }
  });
  return [...(sizes as number[])];
}

function checkCombination(output: OutputName, loss: LossName): void {
  const ok = loss === 'mse' ? output !== 'softmax' : loss === 'binary-cross-entropy' ? output === 'sigmoid' : output === 'softmax';
  if (!ok) {
    throw new NumericError('invalid-option', `loss ${loss} does not go with output ${output}: use mse with linear or sigmoid, binary-cross-entropy with sigmoid, cross-entropy with softmax`, { argument: 'loss' });
  }
}

function softmaxActivation(cols: number): Activation {
  return {
    name: 'softmax',
    forward(z, out) {
      softmax(z, z.length / cols, cols, out);
    },
    derivative() {
      throw new Error('softmax is only used fused with cross-entropy, whose gradient is taken with respect to the logits');
    },
  };
}

/** relu over resident float32 arrays in SIMD (see WasmGemmBackend.relu); `derivative` stays the compiled one. */
function simdRelu(backend: WasmGemmBackend, compiled: Activation): Activation {
  return {
    name: 'relu',
    forward: (z, a) => backend.relu(z as Float32Array, a as Float32Array),
    derivative: (z, a, out) => compiled.derivative(z, a, out),
    backward: (z, _a, dA, dZ) => backend.reluBackward(z as Float32Array, dA as Float32Array, dZ as Float32Array),
  };
}

/** The checked options of a network, with their defaults filled in. */
interface Config {
  readonly sizes: readonly number[];
  readonly dtype: Dtype;
  readonly hidden: Activation;
  /** Whether the hidden activation was given by name (a built-in may then run as SIMD loops). */
  readonly hiddenByName: boolean;
  readonly output: OutputName;
  readonly lossName: LossName;
  readonly loss: Loss;
  readonly seed: number;
  readonly init: InitName;
}

/** Checks every option of {@link mlp} and fills in the defaults. */
function resolveOptions(options: MlpOptions): Config {
  if (typeof options !== 'object' || options === null) {
    throw new NumericError('invalid-option', 'mlp needs an options object with sizes', { argument: 'options' });
  }
  const sizes = checkSizes(options.sizes);
  const dtype = options.dtype ?? 'float64';
  if (dtype !== 'float32' && dtype !== 'float64') {
    throw new NumericError('invalid-option', `dtype must be float32 or float64, found ${String(dtype)}`, { argument: 'dtype' });
  }
  checkNetworkSize(sizes, dtype);
  const hidden = activationByName(options.hidden ?? 'relu');
  const output = options.output ?? 'linear';
  if (!OUTPUTS.includes(output)) {
    throw new NumericError('invalid-option', `output must be linear, sigmoid or softmax, found ${String(output)}`, { argument: 'output' });
  }
  const lossName = options.loss ?? DEFAULT_LOSS[output];
  const loss = lossByName(lossName);
  checkCombination(output, lossName);
  const seed = options.seed ?? 0;
  if (typeof seed !== 'number' || !Number.isFinite(seed)) {
    throw new NumericError('invalid-option', `seed must be a finite number, found ${String(seed)}`, { argument: 'seed' });
  }
  const init = options.init ?? (HE_FAMILY.has(hidden.name) ? 'he' : 'glorot');
  if (init !== 'he' && init !== 'glorot') {
    throw new NumericError('invalid-option', `init must be glorot or he, found ${String(init)}`, { argument: 'init' });
  }
  return { sizes, dtype, hidden, hiddenByName: typeof (options.hidden ?? 'relu') === 'string', output, lossName, loss, seed, init };
}

/** Seeded initial weights (Glorot uniform or He normal) and zero biases, or copies of saved ones. */
function initialLayers(config: Config, storage: Storage, weights: readonly DenseParameters[] | undefined): DenseParameters[] {
  const copy = (data: FloatArray): FloatArray => {
    const out = storage.allocate(data.length);
    out.set(data);
    return out;
  };
  if (weights !== undefined) return weights.map(({ W, b }) => ({ W: copy(W), b: copy(b) }));
  const { sizes, init } = config;
  const random = createRandom(config.seed);
  const layers: DenseParameters[] = [];
  for (let l = 0; l + 1 < sizes.length; l++) {
    const fanIn = sizes[l]!;
    const fanOut = sizes[l + 1]!;
    const W = storage.allocate(fanIn * fanOut);
    const limit = Math.sqrt(6 / (fanIn + fanOut));
    const std = Math.sqrt(2 / fanIn);
    for (let i = 0; i < W.length; i++) W[i] = init === 'he' ? random.normal() * std : (2 * random.uniform() - 1) * limit;
    layers.push({ W, b: storage.allocate(fanOut) });
  }
  return layers;
}

/** A network's arrays and the passes over them, shared by its methods. */
interface Core {
  readonly sizes: readonly number[];
  readonly count: number;
  readonly layers: readonly DenseParameters[];
  readonly grads: readonly DenseGradients[];
  /** Every weight and bias array, and their gradients in the same order, for the optimizer. */
  readonly params: readonly FloatArray[];
  readonly paramGrads: readonly FloatArray[];
  readonly activations: readonly Activation[];
  /** Per layer: the activation runs inside the resident gemm's epilogue (the SIMD relu). */
  readonly fusedRelu: readonly boolean[];
  readonly loss: Loss;
  readonly storage: Storage;
  workspace(batch: number): Workspace;
}

function createCore(config: Config, weights: readonly DenseParameters[] | undefined): Core {
  const { sizes, hidden } = config;
  const count = sizes.length - 1;
  const storage = storageFor(config.dtype);
  const outputActivation = config.output === 'softmax' ? softmaxActivation(sizes[count]!) : activationByName(config.output);
  // The built-in relu on resident arrays runs as SIMD loops in the gemm's module.
  const simd = storage.resident !== undefined && config.hiddenByName && hidden.name === 'relu';
  const hiddenLayers = simd ? simdRelu(storage.resident, hidden) : hidden;
  const activations = Array.from({ length: count }, (_, l) => (l === count - 1 ? outputActivation : hiddenLayers));
  const layers = initialLayers(config, storage, weights);
  const grads = layers.map(({ W, b }) => ({ dW: storage.allocate(W.length), db: storage.allocate(b.length) }));
  return {
    sizes, count, layers, grads, activations, storage,
    params: layers.flatMap(({ W, b }) => [W, b]),
    paramGrads: grads.flatMap(({ dW, db }) => [dW, db]),
    fusedRelu: activations.map((activation) => simd && activation === hiddenLayers),
    loss: config.loss,
    workspace: workspaceCache(storage, sizes),
  };
}

/** Workspaces by batch size, at most {@link MAX_WORKSPACES} kept. */
function workspaceCache(storage: Storage, sizes: readonly number[]): (batch: number) => Workspace {
  const workspaces = new Map<number, Workspace>();
  const count = sizes.length - 1;
  return (batch) => {
    let ws = workspaces.get(batch);
    if (ws === undefined) {
      const per = (l: number): FloatArray => storage.allocate(batch * sizes[l + 1]!, 'batch');
      const each = (): FloatArray[] => Array.from({ length: count }, (_, l) => per(l));
      ws = {
        x: storage.resident === undefined ? undefined : storage.allocate(batch * sizes[0]!, 'batch'),
        dX: storage.allocate(batch * sizes[0]!, 'batch'),
        z: each(), a: each(), dA: each(), dZ: each(),
      };
      if (workspaces.size >= MAX_WORKSPACES) workspaces.delete(workspaces.keys().next().value!);
      workspaces.set(batch, ws);
    }
    return ws;
  };
}

/**
 * The forward pass from layer `from` (whose input is x) to the output, into the batch's workspace.
 * `forLoss`: only the loss is wanted next, so a loss taken from the logits leaves the output
 * activation (softmax or sigmoid of the last layer) uncomputed.
 */
function forwardPass(core: Core, x: FloatArray, batch: number, from = 0, forLoss = false): Workspace {
  const { sizes, layers, activations } = core;
  const ws = core.workspace(batch);
  const fused = core.storage.resident;
  let input = x;
  for (let l = from; l < core.count; l++) {
    const { W, b } = layers[l]!;
    const activation = activations[l]!;
    if (fused === undefined) {
      denseForward(W, b, input, batch, sizes[l]!, sizes[l + 1]!, activation, ws.z[l]!, ws.a[l]!);
    } else {
      // Resident float32: bias and (for the SIMD relu) the activation in the gemm's epilogue.
      const relu = core.fusedRelu[l]!;
      fused.gemmBiasRelu(false, true, batch, sizes[l + 1]!, sizes[l]!, input as Float32Array, W as Float32Array,
        ws.z[l] as Float32Array, b as Float32Array, relu ? ws.a[l] as Float32Array : undefined);
      if (!relu && !(forLoss && l === core.count - 1 && core.loss.fromLogits)) activation.forward(ws.z[l]!, ws.a[l]!);
    }
    input = ws.a[l]!;
  }
  return ws;
}

/** The mean loss of a forward pass, and with `withGradient` its gradient into the workspace. */
function lossOf(core: Core, ws: Workspace, y: FloatArray, batch: number, withGradient: boolean): number {
  const last = core.count - 1;
  if (core.loss.fromLogits) return core.loss.evaluate(ws.z[last]!, y, batch, withGradient ? ws.dZ[last]! : undefined);
  return core.loss.evaluate(ws.a[last]!, y, batch, withGradient ? ws.dA[last]! : undefined);
}

/**
 * The batch where the products read it: with resident storage, copied next to the weights once
 * (both products that read it, the forward one and dW, then use it in place) and checked for NaN
 * and ±Infinity there in SIMD; otherwise `given`, checked in JavaScript.
 * @throws {NumericError} `not-finite` at the first NaN or ±Infinity in x.
 */
function checkedBatch(core: Core, given: FloatArray, batch: number): FloatArray {
  const resident = core.workspace(batch).x;
  const simd = core.storage.resident;
  if (resident === undefined || simd === undefined) {
    checkFinite(given, 'x');
    return given;
  }
  resident.set(given);
  const bad = simd.firstNonFinite(resident as Float32Array);
  if (bad >= 0) throw notFinite('x', bad, given[bad]!);
  return resident;
}

/**
 * A dense layer's backward pass over resident float32 arrays: {@link denseBackward}'s products and
 * the bias gradient as column sums in SIMD (the same bits as its scalar loop), without its checks.
 */
function residentBackward(
  simd: WasmGemmBackend, W: FloatArray, x: FloatArray, z: FloatArray, a: FloatArray, dA: FloatArray,
  batch: number, inputs: number, outputs: number, activation: Activation,
  dZ: FloatArray, dW: FloatArray, db: FloatArray, dX: FloatArray | undefined,
): void {
  activationGradient(activation, z, a, dA, dZ);
  simd.gemm(true, false, outputs, inputs, batch, dZ, x, dW, false);
  simd.columnSums(batch, outputs, dZ as Float32Array, db as Float32Array);
  if (dX !== undefined) simd.gemm(false, false, batch, inputs, outputs, dZ, W, dX, false);
}

/**
 * Forward and backward passes: the gradients into `core.grads` (and ∂loss/∂x with `inputGradient`);
 * returns the loss. Checks x for NaN and ±Infinity before anything else changes.
 */
function backwardPass(core: Core, given: FloatArray, y: FloatArray, batch: number, inputGradient = false): number {
  const { sizes, layers, grads, count } = core;
  const x = checkedBatch(core, given, batch);
  const ws = forwardPass(core, x, batch, 0, true);
  const value = lossOf(core, ws, y, batch, true);
  const simd = core.storage.resident;
  for (let l = count - 1; l >= 0; l--) {
    const fused = l === count - 1 && core.loss.fromLogits;
    const dA = fused ? ws.dZ[l]! : ws.dA[l]!;
    const input = l === 0 ? x : ws.a[l - 1]!;
    const dX = l > 0 ? ws.dA[l - 1]! : inputGradient ? ws.dX : undefined;
    const [W, z, a, dZ, activation] = [layers[l]!.W, ws.z[l]!, ws.a[l]!, ws.dZ[l]!, core.activations[l]!];
    if (simd === undefined) {
      denseBackward(W, input, z, a, dA, batch, sizes[l]!, sizes[l + 1]!, activation, dZ, grads[l]!.dW, grads[l]!.db, dX);
    } else {
      residentBackward(simd, W, input, z, a, dA, batch, sizes[l]!, sizes[l + 1]!, activation, dZ, grads[l]!.dW, grads[l]!.db, dX);
    }
  }
  return value;
}

/** The optimizer a train step uses: the current one while the name stays the same, with `lr` applied. */
function optimizerFor(current: Optimizer | undefined, stepOptions: TrainStepOptions): Optimizer {
  const chosen = stepOptions.optimizer ?? 'sgd';
  let optimizer: Optimizer;
  if (typeof chosen === 'string') {
    optimizer = current?.name === chosen ? current : optimizerByName(chosen, stepOptions.lr === undefined ? {} : { lr: stepOptions.lr });
  } else if (typeof chosen === 'object' && chosen !== null && typeof chosen.step === 'function') {
    optimizer = chosen;
  } else {
    throw new NumericError('invalid-option', 'optimizer must be sgd, momentum, rmsprop, adam or an optimizer object', { argument: 'optimizer' });
  }
  if (stepOptions.lr !== undefined) {
    if (!Number.isFinite(stepOptions.lr) || stepOptions.lr <= 0) {
      throw new NumericError('invalid-option', `lr must be a positive number, found ${String(stepOptions.lr)}`, { argument: 'lr' });
    }
    optimizer.lr = stepOptions.lr;
  }
  return optimizer;
}

/** One optimizer step over every weight and bias, from the gradients in `core.grads`. */
function applyStep(core: Core, optimizer: Optimizer, plainSgd: boolean): void {
  const { params, paramGrads: grads } = core;
  const simd = core.storage.resident;
  if (plainSgd && simd !== undefined) {
    // Plain SGD on resident float32 arrays: θ += (−lr)·g, four lanes at a time.
    for (let i = 0; i < params.length; i++) simd.axpy(-optimizer.lr, grads[i] as Float32Array, params[i] as Float32Array);
  } else {
    optimizer.step(params, grads);
  }
}

function build(options: MlpOptions, weights: readonly DenseParameters[] | undefined): Mlp {
  const config = resolveOptions(options);
  const core = createCore(config, weights);
  const { sizes, count, layers, grads } = core;
  const like = layers[0]!.W;
  let optimizer: Optimizer | undefined;
  // `finite` false: the caller goes through backwardPass, which checks x where it copies it.
  const checkX = (x: FloatArray, batch: number, finite = true): void => {
    checkCount(batch, 'batch');
    checkFloatArray(x, 'x', like);
    checkLength(x, batch * sizes[0]!, 'x');
    if (finite) checkFinite(x, 'x');
  };
  const checkY = (y: FloatArray, batch: number): void => {
    checkFloatArray(y, 'y', like);
    checkLength(y, batch * sizes[count]!, 'y');
    checkTargets(config.lossName, y, 'y');
  };
  const checkXY = (x: FloatArray, y: FloatArray, batch: number, finite = true): void => {
    checkX(x, batch, finite);
    checkY(y, batch);
  };
  return {
    sizes, hidden: config.hidden.name, output: config.output, loss: config.lossName, dtype: config.dtype, layers,
    forward(x, batch) {
      checkX(x, batch);
      return forwardPass(core, x, batch).a[count - 1]!;
    },
    predict(x, batch) {
      checkX(x, batch);
      return forwardPass(core, x, batch).a[count - 1]!.slice();
    },
    evaluateLoss(x, y, batch) {
      checkXY(x, y, batch);
      return lossOf(core, forwardPass(core, x, batch, 0, true), y, batch, false);
    },
    gradients(x, y, batch) {
      checkXY(x, y, batch, false);
      backwardPass(core, x, y, batch);
      return grads;
    },
    inputGradients(x, y, batch) {
      checkXY(x, y, batch, false);
      backwardPass(core, x, y, batch, true);
      const ws = core.workspace(batch);
      return [ws.dX, ...ws.dA.slice(0, count - 1)];
    },
    layerInputs(x, batch) {
      checkX(x, batch);
      const ws = forwardPass(core, x, batch);
      return [x.slice(), ...ws.a.slice(0, count - 1).map((a) => a.slice())];
    },
    lossFromLayer(layer, input, y, batch) {
      if (!Number.isInteger(layer) || layer < 0 || layer >= count) {
        throw new NumericError('invalid-option', `layer must be an integer from 0 to ${count - 1}, found ${String(layer)}`, { argument: 'layer' });
      }
      checkCount(batch, 'batch');
      checkFloatArray(input, 'input', like);
      checkLength(input, batch * sizes[layer]!, 'input');
      checkY(y, batch);
      return lossOf(core, forwardPass(core, input, batch, layer, true), y, batch, false);
    },
    trainStep(x, y, batch, stepOptions = {}) {
      checkXY(x, y, batch, false);
      optimizer = optimizerFor(optimizer, stepOptions);
      const value = backwardPass(core, x, y, batch);
      applyStep(core, optimizer, (stepOptions.optimizer ?? 'sgd') === 'sgd');
      return value;
    },
    toJSON() {
      const { hidden, output, lossName, dtype } = config;
      return {
        format: 'bp-mlp', version: 1, sizes: [...sizes], hidden: hidden.name, output, loss: lossName, dtype,
        layers: layers.map(({ W, b }) => ({ W: Array.from(W), b: Array.from(b) })),
      };
    },
  };
}

/**
 * Creates a multilayer perceptron of dense layers with seeded Glorot or He initial weights and
 * zero biases. Losses are means over the batch and gradients are those of the mean.
 * @throws {NumericError} `missing-input` without sizes (or, from its methods, without x or y), `shape` for bad sizes, `invalid-option` for an unknown activation, output,
 * loss, dtype or init, or a loss that does not go with the output; `too-large` for a layer with
 * more weights than one array can hold, saying how much memory the network needs; from its methods, `dtype`,
 * `length-mismatch` and `shape` naming `x`, `y` or `batch`, `not-finite` at a NaN or ±Infinity in
 * `x` or `y` and `out-of-range` at a cross-entropy target outside [0, 1], before any weight changes.
 * @example
 * const net = mlp({ sizes: [2, 4, 1], hidden: 'tanh', output: 'sigmoid', seed: 1 });
 * const x = new Float64Array([0, 0, 0, 1, 1, 0, 1, 1]), y = new Float64Array([0, 1, 1, 0]);
 * for (let i = 0; i < 2000; i++) net.trainStep(x, y, 4, { optimizer: 'adam', lr: 0.05 });
 * Array.from(net.forward(x, 4), Math.round); // → [0, 1, 1, 0]
 */
export function mlp(options: MlpOptions): Mlp {
  return build(options, undefined);
}

function invalid(message: string, argument: string, index?: number): NumericError {
  return new NumericError('invalid-weights', message, index === undefined ? { argument } : { argument, index });
}

function numbers(value: unknown, length: number, dtype: Dtype, argument: string): FloatArray {
  if (!Array.isArray(value)) throw invalid(`${argument} must be an array of numbers`, argument);
  if (value.length !== length) throw invalid(`${argument} must hold ${length} numbers, found ${value.length}`, argument);
  const out = allocateArray(dtype, length, 'sizes');
  for (let i = 0; i < length; i++) {
    const v: unknown = value[i];
    if (typeof v !== 'number' || !Number.isFinite(v)) throw invalid(`${argument}[${i}] must be a finite number`, argument, i);
    out[i] = v;
  }
  return out;
}

/**
 * Rebuilds a network saved with `toJSON()` (or `JSON.stringify`), checking every field.
 * A network whose hidden activation was a custom object needs it again in `options.hidden`.
 * @throws {NumericError} `invalid-weights` when the data is not a saved network, naming the field
 * (`layers.1.W`) and the element index; `invalid-option` for an unknown activation name.
 * @example
 * const net = mlp({ sizes: [2, 1], seed: 3 });
 * const copy = mlpFromJson(JSON.parse(JSON.stringify(net)));
 * copy.layers[0].W[0] === net.layers[0].W[0]; // → true
 */
export function mlpFromJson(json: unknown, options: { readonly hidden?: Activation } = {}): Mlp {
  if (typeof json !== 'object' || json === null) throw invalid('expected a saved network object', 'json');
  const data = json as Record<string, unknown>;
  if (data.format !== 'bp-mlp' || data.version !== 1) throw invalid('expected format "bp-mlp", version 1', 'format');
  let sizes: readonly number[];
  try {
    sizes = checkSizes(data.sizes);
  } catch (error) {
    throw new NumericError('invalid-weights', 'sizes must list at least two positive integer widths', { argument: 'sizes' }, { cause: error });
  }
  const dtype = data.dtype;
  if (dtype !== 'float32' && dtype !== 'float64') throw invalid('dtype must be float32 or float64', 'dtype');
  if (typeof data.hidden !== 'string') throw invalid('hidden must be an activation name', 'hidden');
  if (typeof data.output !== 'string' || !OUTPUTS.includes(data.output as OutputName)) throw invalid('output must be linear, sigmoid or softmax', 'output');
  if (typeof data.loss !== 'string') throw invalid('loss must be a loss name', 'loss');
  if (!Array.isArray(data.layers) || data.layers.length !== sizes.length - 1) {
    throw invalid(`layers must hold ${sizes.length - 1} layers`, 'layers');
  }
  const layers = (data.layers as unknown[]).map((layer, l): DenseParameters => {
    if (typeof layer !== 'object' || layer === null) throw invalid(`layers.${l} must be an object with W and b`, `layers.${l}`);
    const { W, b } = layer as Record<string, unknown>;
    const fanIn = sizes[l]!;
    const fanOut = sizes[l + 1]!;
    return { W: numbers(W, fanIn * fanOut, dtype, `layers.${l}.W`), b: numbers(b, fanOut, dtype, `layers.${l}.b`) };
  });
  let hidden: ActivationName | Activation = data.hidden as ActivationName;
  if (options.hidden !== undefined) {
    if (options.hidden.name !== data.hidden) {
      throw new NumericError('invalid-option', `the saved network uses hidden activation "${data.hidden}", not "${options.hidden.name}"`, { argument: 'hidden' });
    }
    hidden = options.hidden;
  }
  return build({ sizes, hidden, output: data.output as OutputName, loss: data.loss as LossName, dtype }, layers);
}
