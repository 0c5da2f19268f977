/** A point that cannot be read, with the span of the pair at fault. */
export class PointError extends Error {
  override readonly name = 'PointError';
  readonly position: { readonly start: number; readonly end: number };
  constructor(message: string, position: { readonly start: number; readonly end: number }) {
    super(message);
    this.position = position;
  }
}

/**
 * Reads a point written as on the command line, `x=2, w=0.5`, into a map from input names to
 * numbers.
 * @throws {PointError} when a pair is not `name=number`, with the pair's span.
 * @example
 * parsePoint('x=2, w=0.5'); // { x: 2, w: 0.5 }
 */
export function parsePoint(text: string): Record<string, number> {
  const point: Record<string, number> = {};
  for (const part of text.matchAll(/[^,]+/g)) {
    const pair = part[0].trim();
    if (pair === '') continue;
    const start = part.index + part[0].indexOf(pair);
    const match = /^([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(\S+)$/.exec(pair);
    const value = match ? Number(match[2]) : Number.NaN;
    if (!match || !Number.isFinite(value)) {
      throw new PointError(`expected name=number, found "${pair}"`, { start, end: start + pair.length });
    }
    point[match[1]!] = value;
  }
  return point;
}
