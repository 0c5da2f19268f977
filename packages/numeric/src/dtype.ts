/** The element type of the arrays bp computes on. */
export type Dtype = 'float32' | 'float64';

/** A float array of either dtype; every operand of one call shares the type. */
export type FloatArray = Float32Array | Float64Array;

/**
 * The typed-array constructor of a dtype.
 * @example
 * arrayConstructor('float32') === Float32Array; // → true
 */
export function arrayConstructor(dtype: Dtype): Float32ArrayConstructor | Float64ArrayConstructor {
  return dtype === 'float32' ? Float32Array : Float64Array;
}
