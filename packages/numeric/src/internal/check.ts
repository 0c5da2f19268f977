import { NumericError } from '../errors.js';
import type { FloatArray } from '../dtype.js';

/** Throws `shape` unless `value` is a positive safe integer. */
export function checkCount(value: number, argument: string): void {
  if (!Number.isSafeInteger(value) || value <= 0) {
    throw new NumericError('shape', `${argument} must be a positive integer, found ${String(value)}`, { argument });
  }
}

/** Throws `missing-input` when `array` is absent, `dtype` unless it is a float array (of the same type as `like`, when given). */
export function checkFloatArray(array: unknown, argument: string, like?: FloatArray): asserts array is FloatArray {
  if (array === undefined || array === null) {
    throw new NumericError('missing-input', `${argument} is required`, { argument });
  }
  if (!(array instanceof Float64Array || array instanceof Float32Array)) {
    throw new NumericError('dtype', `${argument} must be a Float32Array or Float64Array`, { argument });
  }
  if (like !== undefined && array.constructor !== like.constructor) {
    throw new NumericError('dtype', `${argument} must have the same type as the other operands`, { argument });
  }
}

/** Throws `length-mismatch` unless `array` has exactly `length` elements. */
export function checkLength(array: FloatArray, length: number, argument: string): void {
  if (array.length !== length) {
    throw new NumericError('length-mismatch', `${argument} must hold ${length} elements, found ${array.length}`, { argument });
  }
}

/**
 * Throws `not-finite` at the first NaN or ±Infinity. One pass, no allocation: cheap next to the
 * product that reads the same data.
 */
export function checkFinite(array: FloatArray, argument: string): void {
  for (let i = 0; i < array.length; i++) {
    const value = array[i]!;
    // value - value is 0 for every finite number and NaN for NaN and ±Infinity.
    if (value - value !== 0) throw notFinite(argument, i, value);
  }
}

/** The `not-finite` error of {@link checkFinite} for element `index` of `argument`, which holds `value`. */
export function notFinite(argument: string, index: number, value: number): NumericError {
  return new NumericError('not-finite', `${argument}[${index}] is ${String(value)}; training data must be finite`, { argument, index });
}

/** Throws `not-finite` at a NaN or ±Infinity and `out-of-range` at a value outside [low, high]. One pass. */
export function checkRange(array: FloatArray, argument: string, low: number, high: number, what: string): void {
  for (let i = 0; i < array.length; i++) {
    const value = array[i]!;
    if (value >= low && value <= high) continue;
    if (value - value !== 0) {
      throw new NumericError('not-finite', `${argument}[${i}] is ${String(value)}; ${what} must be finite`, { argument, index: i });
    }
    throw new NumericError('out-of-range', `${argument}[${i}] is ${value}; ${what} must lie in [${low}, ${high}]`, { argument, index: i });
  }
}
