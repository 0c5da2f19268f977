import { evaluate, isSymbolicError, type Assumption, type Program } from '@bp/symbolic';

/** A point: a value for each input. */
type Point = Record<string, number>;

/** How far (relative to the sizes involved) a given point's sum may be from its total and still hold. */
const TOLERANCE = 1e-9;

/** The first assumption that does not hold at the point, with the sum found there, or undefined. */
export function brokenAssumption(point: Readonly<Point>, assumptions: readonly Assumption[]): { assumption: Assumption; sum: number } | undefined {
  for (const assumption of assumptions) {
    const values = assumption.variables.map((name) => point[name] ?? Number.NaN);
    const sum = values.reduce((s, v) => s + v, 0);
    const scale = Math.max(1, Math.abs(assumption.total), ...values.map(Math.abs));
    if (!(Math.abs(sum - assumption.total) <= TOLERANCE * scale)) return { assumption, sum };
  }
  return undefined;
}

/**
 * The point moved onto the assumptions: the last input each one sums is solved for, so the sum is
 * the total (y_c = 1 − y_a − y_b); undefined when the moved point is outside the domain.
 */
export function onAssumptions(program: Program, point: Readonly<Point>, assumptions: readonly Assumption[]): Point | undefined {
  const moved = Object.assign(Object.create(null) as Point, point);
  for (const { variables, total } of assumptions) {
    const last = variables.at(-1)!;
    moved[last] = total - variables.slice(0, -1).reduce((s, name) => s + moved[name]!, 0);
  }
  try {
    return Number.isFinite(evaluate(program, moved)) ? moved : undefined;
  } catch (error) {
    if (isSymbolicError(error)) return undefined;
    throw error;
  }
}
