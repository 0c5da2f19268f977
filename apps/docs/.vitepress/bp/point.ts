/**
 * Reads a point written as on the command line, `x=2, w=0.5`, into a map from input names to
 * numbers.
 * @throws {Error} when a pair is not `name=number`.
 * @example
 * parsePoint('x=2, w=0.5'); // { x: 2, w: 0.5 }
 */
export function parsePoint(text: string): Record<string, number> {
  const point: Record<string, number> = {};
  for (const pair of text.split(',').map((part) => part.trim()).filter(Boolean)) {
    const match = /^([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(\S+)$/.exec(pair);
    const value = match ? Number(match[2]) : Number.NaN;
    if (!match || !Number.isFinite(value)) throw new Error(`expected name=number in the point, found "${pair}"`);
    point[match[1]!] = value;
  }
  return point;
}
