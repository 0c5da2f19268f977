export { isIdentifier, literalOf, nameText } from './escape.js';
export { compileLoop, CHUNK_STATEMENTS, generate, instantiate, loopsByBroadcast, readableLoop } from './scalar.js';
export type { Generated, Loop, LoopSpec } from './scalar.js';
export { hvpSource, kernelModule, kernelSource } from './source.js';
export { instantiateMatrix, layoutProgram, matrixModule } from './matrix.js';
export type { GemmCall, Layout, MatrixLayout } from './matrix.js';
export { nodesToTest } from './domain.js';
