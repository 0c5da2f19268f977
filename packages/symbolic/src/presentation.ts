import { create, simplifyDependencies } from 'mathjs/number';
import { SymbolicError } from './errors.js';

let mathSimplify: ((text: string) => { toString(): string }) | undefined;

/**
 * mathjs's full `simplify` of an expression, for presentation only: slower than bp's own rewrites
 * (and unbounded on large inputs), so it is never used inside differentiation. The result parses
 * back to the same function.
 * @throws {SymbolicError} `too-large` for text over 20 000 characters, where mathjs becomes slow.
 * @example
 * simplifyForPresentation('x * y + (x + 2 * x * y) * y'); // → '2 * x * (y + y ^ 2)'
 */
export function simplifyForPresentation(text: string): string {
  if (text.length > 20_000) {
    throw new SymbolicError('too-large', `mathjs simplify is limited to 20000 characters; this expression has ${text.length}`);
  }
  mathSimplify ??= create({ simplifyDependencies: simplifyDependencies! }).simplify as (text: string) => { toString(): string };
  return mathSimplify(text).toString();
}
