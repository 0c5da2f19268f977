import type { Complex } from './complex.js';

/** A scalar function of a vector: what gradients are checked against. */
export type VectorFunction = (x: Float64Array) => number;

/** The same function on complex inputs, for complex step (see `fieldFunction`). */
export type ComplexVectorFunction = (z: readonly Complex[]) => Complex;
