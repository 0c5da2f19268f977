import { parse, type Program } from '@bp/symbolic';
import { Recent } from './recent.js';

/**
 * Programs this thread parsed lately, by their exact text. A Program never changes once parsed
 * (its graph is frozen), and what bp derives from one is kept per Program object (its sweep and
 * gradient graphs in @bp/symbolic, its compiled kernel in @bp/numeric, its derivative here), so a
 * batch that checks one program on many lines, at other points or with other claims, parses,
 * differentiates and compiles it once. Bounded in count and in the length of a text, so memory
 * stays small however many programs a batch holds.
 */
const RECENT = new Recent<string, Program>(256);
const LONGEST = 4000;

/**
 * {@link parse}, returning the same Program for the same text while it is among the recent ones.
 * @throws {SymbolicError} as {@link parse}; a text that fails is parsed (and fails) again each time.
 */
export function parseRecent(source: string): Program {
  const known = RECENT.get(source);
  if (known !== undefined) return known;
  const program = parse(source);
  if (source.length <= LONGEST) RECENT.set(source, program);
  return program;
}
