import { SymbolicError } from '../errors.js';
import type { Shape } from './shape.js';

/** A JSON value as row-major entries and the shape it implies. */
export interface MatrixEntries {
  readonly values: number[];
  readonly shape: Shape;
}

/**
 * Reads a matrix as JSON writes it: a number is a scalar, a flat array a column vector, an array
 * of equal rows a matrix.
 * @throws {SymbolicError} `invalid-argument` naming the input for anything else (ragged rows,
 *   empty arrays, non-finite numbers).
 * @example
 * matrixEntries([[1, 2], [3, 4]], 'W'); // → { values: [1, 2, 3, 4], shape: [2, 2] }
 */
export function matrixEntries(value: unknown, name: string): MatrixEntries {
  const bad = (): never => {
    throw new SymbolicError('invalid-argument', `the value of "${name}" must be a finite number, an array of numbers or an array of equal rows of numbers`);
  };
  const numbers = (row: unknown): number[] =>
    Array.isArray(row) && row.length > 0 && row.every((v) => typeof v === 'number' && Number.isFinite(v)) ? (row as number[]) : bad();
  if (typeof value === 'number') return Number.isFinite(value) ? { values: [value], shape: [1, 1] } : bad();
  if (!Array.isArray(value) || value.length === 0) return bad();
  if (!Array.isArray(value[0])) return { values: numbers(value), shape: [value.length, 1] };
  const rows = value.map(numbers);
  if (rows.some((row) => row.length !== rows[0]!.length)) bad();
  return { values: rows.flat(), shape: [rows.length, rows[0]!.length] };
}

/**
 * Row-major entries nested as JSON writes them: a number for 1×1, a flat array for a column, rows otherwise.
 * @example
 * nestMatrix([1, 2, 3, 4], [2, 2]); // → [[1, 2], [3, 4]]
 */
export function nestMatrix(values: ArrayLike<number>, shape: Shape): number | number[] | number[][] {
  const all = Array.from(values);
  if (shape[0] === 1 && shape[1] === 1) return all[0]!;
  if (shape[1] === 1) return all;
  return Array.from({ length: shape[0] }, (_, i) => all.slice(i * shape[1], (i + 1) * shape[1]));
}
