export { NumericError, isNumericError } from './errors.js';
export type { NumericErrorCode, NumericPosition } from './errors.js';
export type { Dtype, FloatArray } from './dtype.js';
export type { GemmBackend } from './gemm-backend.js';
export { jsGemmBackend } from './gemm-js.js';
export { createWasmGemm } from './wasm/gemm-wasm.js';
export type { WasmGemmBackend, WasmGemmOptions, WorkerConstructor, WorkerLike } from './wasm/gemm-wasm.js';
export { gemm, gemmBackendName, matmul, matmulTransposeA, matmulTransposeB, useGemmBackend } from './matmul.js';
export { ACTIVATION_NAMES, activation, activationByName, eluActivation, leakyReluActivation } from './activation.js';
export { compile } from './compile-hessian.js';
export type { HessianKernel } from './compile-hessian.js';
export type { HessianBatch, HvpResult, SecondOrder, SecondOrderCompileOptions } from './hvp.js';
export type { CompileOptions, Kernel, KernelArray, KernelInputs, KernelResult } from './compile.js';
export { compileMatrix } from './matrix-compile.js';
export type { MatrixCompileOptions, MatrixKernel, MatrixKernelResult } from './matrix-compile.js';
export type { Activation, ActivationName } from './activation.js';
export { binaryCrossEntropyWithLogits, lossByName, meanSquaredError, softmax, softmaxCrossEntropy } from './loss.js';
export type { Loss, LossName } from './loss.js';
export { adam, momentum, optimizerByName, rmsprop, sgd } from './optimizer.js';
export type { AdamOptions, MomentumOptions, Optimizer, OptimizerName, OptimizerOptions, RmspropOptions } from './optimizer.js';
export { createRandom } from './random.js';
export type { Random } from './random.js';
export { denseBackward, denseForward } from './dense.js';
export { mlp, mlpFromJson } from './mlp.js';
export type {
  DenseGradients, DenseParameters, InitName, Mlp, MlpJson, MlpOptions, OutputName, TrainStepOptions,
} from './mlp.js';
