import { CliError } from '../errors.js';

/** A malformed field of line `line` of a batch. */
export function invalid(line: number, message: string): CliError {
  return new CliError('invalid-line', `line ${line}: ${message}`, { argument: `line ${line}` });
}

/** A well-formed request on line `line` that bp check does not handle. */
export function unsupported(line: number, message: string): CliError {
  return new CliError('unsupported', `line ${line}: ${message}`, { argument: `line ${line}` });
}

/** A JSON object (not an array, not null). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `[]`, `[1]`, `[1, 1]`, `1` or `"1x1"`: the shapes of a scalar. */
export function isScalarShape(shape: unknown): boolean {
  if (shape === 1 || shape === '1' || shape === '1x1') return true;
  return Array.isArray(shape) && shape.length <= 2 && shape.every((size) => size === 1);
}

/** `[3, 2]`, `[2]`, `2`, `"3x2"` or `"2"`: a shape a line may give. */
export function isShape(shape: unknown): boolean {
  if (typeof shape === 'number') return Number.isSafeInteger(shape) && shape > 0;
  if (typeof shape === 'string') return /^[1-9]\d*(x[1-9]\d*)?$/.test(shape);
  return Array.isArray(shape) && shape.length <= 2 && shape.every((size) => Number.isSafeInteger(size) && (size as number) > 0);
}

/** A line's shape as `[rows, columns]`: `n`, `[n]` and `"n"` are n×1 columns, `[]` a scalar. */
export function shapeOf(shape: unknown): [number, number] {
  if (typeof shape === 'number') return [shape, 1];
  if (typeof shape === 'string') {
    const [rows, columns] = shape.split('x').map(Number);
    return [rows!, columns ?? 1];
  }
  const sizes = shape as number[];
  return [sizes[0] ?? 1, sizes[1] ?? 1];
}

/** Whether a line is about matrices: a shape that is not a scalar's, or an array in its point. */
export function isMatrixLine(fields: Record<string, unknown>): boolean {
  const shapes = isObject(fields.shape) ? Object.values(fields.shape) : [];
  const values = isObject(fields.at) ? Object.values(fields.at) : [];
  return shapes.some((shape) => isShape(shape) && !isScalarShape(shape)) || values.some((value) => Array.isArray(value));
}
