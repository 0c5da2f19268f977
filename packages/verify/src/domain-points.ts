import { gradient, isSymbolicError, parse, type Program } from '@bp/symbolic';
import { VerifyError } from './errors.js';
import { uniform } from './internal/random.js';

/** A point: a value for each input. */
type NamedPoint = Readonly<Record<string, number>>;

/** Options of {@link domainPoints}. */
export interface DomainPointsOptions {
  /** Seed of the random points. Default 1. */
  readonly seed?: number;
  /** Interval searched first, for every input. Default [-2, 2]. */
  readonly range?: readonly [number, number];
  /**
   * A point the caller knows to be inside the domain (a point the user gave): when the range has
   * too few points inside the domain, the search moves there, in boxes narrower and wider than
   * the range. Inputs it leaves out stay at the range's centre.
   */
  readonly around?: NamedPoint;
}

/** One box that was searched: every input within `halfWidth` of its centre. */
export interface SearchedRegion {
  /** The centre: the range's centre, or the `around` point. */
  readonly centre: 'range' | 'around';
  readonly halfWidth: number;
  /** How many points were drawn in this box, and how many were inside the domain. */
  readonly tries: number;
  readonly found: number;
}

/** What {@link domainPoints} found, and where it looked. */
export interface DomainPoints {
  /** Up to the number asked for: fewer when the domain is too small to hit by chance. */
  readonly points: readonly NamedPoint[];
  readonly regions: readonly SearchedRegion[];
}

// The range gets 200 tries per point, as crossValidate always gave it (so its points do not
// change); each later box gets 50, enough for a domain that covers a few percent of the box.
const RANGE_TRIES = 200;
const BOX_TRIES = 50;
// Shifted to the known point: the same width first, then narrower (a domain that is a thin
// sliver around it) and wider. Without a known point, only wider boxes around the range.
const AROUND_SCALES = [1, 1 / 4, 4, 1 / 16, 16];
const WIDER_SCALES = [4, 16, 64];

function isInDomain(program: Program, at: NamedPoint): boolean {
  try {
    gradient(program, at);
    return true;
  } catch (error) {
    if (isSymbolicError(error) && (error.code === 'domain' || error.code === 'overflow')) return false;
    throw error;
  }
}

/**
 * Draws seeded random points where the function and its gradient exist: first in `range`, then,
 * when too few of those are inside the domain, in boxes around `around` (or wider boxes around the
 * range). Returns the points found (possibly fewer than `count`) and every box searched.
 * @throws {VerifyError} `invalid-option` when count is not an integer from 0 to 100000;
 *   {@link SymbolicError}s of the source other than `domain` pass through.
 * @example
 * domainPoints('log(x - 5)', 3, { around: { x: 6 } }).points.length; // → 3
 * domainPoints('log(x - 5)', 3, { around: { x: 6 } }).regions[0]; // → { centre: 'range', halfWidth: 2, tries: 600, found: 0 }
 */
export function domainPoints(source: string | Program, count: number, options: DomainPointsOptions = {}): DomainPoints {
  if (!Number.isInteger(count) || count < 0 || count > 100_000) {
    throw new VerifyError('invalid-option', `the number of points must be an integer from 0 to 100000, found ${count}`, { parameter: 'count' });
  }
  const program = typeof source === 'string' ? parse(source) : source;
  const [low, high] = options.range ?? [-2, 2];
  const half = (high - low) / 2;
  const next = uniform(options.seed ?? 1);
  const points: NamedPoint[] = [];
  const regions: SearchedRegion[] = [];
  const search = (centre: 'range' | 'around', halfWidth: number, budget: number): void => {
    let tries = 0;
    let found = 0;
    const middle = (name: string): number => (centre === 'around' ? (options.around?.[name] ?? low + half) : low + half);
    while (points.length < count && tries < budget) {
      tries++;
      const at = Object.fromEntries(program.inputs.map((name) => [name, middle(name) + (2 * next() - 1) * halfWidth]));
      if (isInDomain(program, at)) {
        points.push(at);
        found++;
      }
    }
    regions.push({ centre, halfWidth, tries, found });
  };
  // The first box draws low + u·(high − low), the formula crossValidate always used, so seeded points stay the same.
  let tries = 0;
  while (points.length < count && tries < RANGE_TRIES * count) {
    tries++;
    const at = Object.fromEntries(program.inputs.map((name) => [name, low + next() * (high - low)]));
    if (isInDomain(program, at)) points.push(at);
  }
  regions.push({ centre: 'range', halfWidth: half, tries, found: points.length });
  const scales = options.around === undefined ? WIDER_SCALES : AROUND_SCALES;
  for (const scale of scales) {
    if (points.length >= count) break;
    search(options.around === undefined ? 'range' : 'around', half * scale, BOX_TRIES * count);
  }
  return { points, regions };
}
