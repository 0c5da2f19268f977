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
