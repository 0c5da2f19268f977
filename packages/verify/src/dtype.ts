/** The floating-point format a function computes in; it sets step sizes and default tolerances. */
export type Dtype = 'float64' | 'float32';

const FLOAT64_EPSILON = 2 ** -52;
const FLOAT32_EPSILON = 2 ** -23;

/**
 * The machine epsilon of a dtype: the gap between 1 and the next representable number.
 * @example
 * machineEpsilon('float64'); // → 2.220446049250313e-16
 * machineEpsilon('float32'); // → 1.1920928955078125e-7
 */
export function machineEpsilon(dtype: Dtype): number {
  return dtype === 'float32' ? FLOAT32_EPSILON : FLOAT64_EPSILON;
}

/**
 * Rounds a number to the nearest value the dtype can hold (the identity for float64).
 * @example
 * roundTo('float32', 0.1); // → 0.10000000149011612
 * roundTo('float64', 0.1); // → 0.1
 */
export function roundTo(dtype: Dtype, value: number): number {
  return dtype === 'float32' ? Math.fround(value) : value;
}

/**
 * Tells whether a value names a supported dtype.
 * @example
 * isDtype('float32'); // → true
 * isDtype('float16'); // → false
 */
export function isDtype(value: unknown): value is Dtype {
  return value === 'float64' || value === 'float32';
}
