import { NumericError } from '../errors.js';
import type { FloatArray } from '../dtype.js';

/**
 * The longest array bp allocates: 2³² elements, the largest ArrayBuffer Node 20 allows
 * (`buffer.constants.MAX_LENGTH`), 32 GiB of float64. Longer requests are refused before any
 * memory is touched rather than failing with an engine-specific RangeError.
 */
export const MAX_ELEMENTS: number = 2 ** 32;

/** Bytes in decimal units with three significant digits: `80 GB`, `1.2 MB`. */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'kB', 'MB', 'GB', 'TB', 'PB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${Number(value.toPrecision(3))} ${units[unit]!}`;
}

/** Bytes per element of a dtype. */
export function bytesPerElement(dtype: 'float32' | 'float64'): number {
  return dtype === 'float32' ? 4 : 8;
}

/**
 * A zeroed float array of `length` elements, or `too-large` when it is longer than
 * {@link MAX_ELEMENTS} or the engine cannot allocate it; the message says how much memory it needs.
 */
export function allocateArray(dtype: 'float32' | 'float64', length: number, argument: string, index?: number): FloatArray {
  const position = index === undefined ? { argument } : { argument, index };
  const needs = (): string => `${argument} needs ${length} ${dtype} elements (${formatBytes(length * bytesPerElement(dtype))})`;
  if (length > MAX_ELEMENTS) {
    throw new NumericError('too-large', `${needs()}, more than the ${MAX_ELEMENTS} one array can hold`, position);
  }
  try {
    return dtype === 'float32' ? new Float32Array(length) : new Float64Array(length);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    throw new NumericError('too-large', `${needs()}, more memory than could be allocated`, position, { cause: error });
  }
}
