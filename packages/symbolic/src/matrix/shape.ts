import { SymbolicError, type SourceSpan } from '../errors.js';

/** Rows × columns. A scalar is `[1, 1]`; an n-vector is the column `[n, 1]`. */
export type Shape = readonly [rows: number, columns: number];

/** The shape of a scalar. */
export const SCALAR: Shape = [1, 1];

/** Whether a shape is 1×1. */
export function isScalarShape(shape: Shape): boolean {
  return shape[0] === 1 && shape[1] === 1;
}

/** Whether two shapes are equal. */
export function sameShape(a: Shape, b: Shape): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

/**
 * A shape as people write it: `3×2`.
 * @example
 * formatShape([3, 2]); // → '3×2'
 */
export function formatShape(shape: Shape): string {
  return `${shape[0]}×${shape[1]}`;
}

/**
 * Normalises a declared shape: `[n]` or `n` is the column `[n, 1]`, `[r, c]` stays.
 * @throws {SymbolicError} `invalid-argument` for anything but one or two positive integers.
 * @example
 * toShape([2]); // → [2, 1]
 */
export function toShape(declared: number | readonly number[], name: string): Shape {
  const dims = typeof declared === 'number' ? [declared] : [...declared];
  const ok = (dims.length === 1 || dims.length === 2) && dims.every((d) => Number.isInteger(d) && d > 0);
  if (!ok) {
    throw new SymbolicError('invalid-argument', `the shape of "${name}" must be one or two positive integers, found ${JSON.stringify(declared)}`);
  }
  return [dims[0]!, dims[1] ?? 1];
}

/**
 * The shape of an element-wise operation: equal shapes, a scalar with anything, or a column
 * (n×1) or row (1×m) spread over an n×m matrix, as mathjs broadcasts.
 * @throws {SymbolicError} `shape` naming both shapes, at the operator's span.
 */
export function broadcastShape(a: Shape, b: Shape, operator: string, span?: SourceSpan): Shape {
  const dim = (x: number, y: number): number | undefined => (x === y ? x : x === 1 ? y : y === 1 ? x : undefined);
  const rows = dim(a[0], b[0]);
  const columns = dim(a[1], b[1]);
  if (rows === undefined || columns === undefined) {
    throw new SymbolicError('shape', `"${operator}" needs equal shapes or one that broadcasts, found ${formatShape(a)} and ${formatShape(b)}`, span);
  }
  return [rows, columns];
}
