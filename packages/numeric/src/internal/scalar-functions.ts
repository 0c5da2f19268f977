import { FUNCTIONS, type FunctionSpec } from '@bp/symbolic/engine';

/** Every function by every name it has (an alias such as `PI` shares its spec with `pi`). */
const SPECS: ReadonlyMap<string, FunctionSpec> = FUNCTIONS;

/**
 * The scalar implementation of every function @bp/symbolic knows, with positional arguments, for
 * compiled kernels to call through a fixed table: each spec's own `scalar`, so values and kink
 * conventions are @bp/symbolic's by construction.
 */
export const SCALAR_FUNCTIONS: ReadonlyMap<string, (...args: number[]) => number> = new Map(
  [...SPECS].map(([name, spec]) => [name, spec.scalar]),
);

/** Source text of a function: `Math.name` for a built-in, its own text otherwise. */
function sourceOf(fn: (...args: number[]) => number): string {
  const text = Function.prototype.toString.call(fn);
  if (!text.includes('[native code]')) return text;
  const name = Object.getOwnPropertyNames(Math).find((key) => (Math as unknown as Record<string, unknown>)[key] === fn);
  if (name === undefined) throw new Error('bp internal error: a scalar implementation has no source');
  return `Math.${name}`;
}

/**
 * Self-contained source text of a function's scalar implementation, which a standalone kernel
 * embeds as is: the spec's own code (written in bp, never source text), with the functions it
 * calls by name (gelu calls erf) bound around it.
 * @example
 * scalarSource('exp'); // → 'Math.exp'
 */
export function scalarSource(name: string): string {
  const spec = SPECS.get(name);
  if (spec === undefined) throw new Error(`bp internal error: no scalar implementation of ${name}`);
  const own = sourceOf(spec.scalar);
  const uses = spec.uses ?? [];
  if (uses.length === 0) return own;
  // Bound under the identifier its declaration has in the source text (`function erf(`), which is the
  // one the caller's code calls even after a bundler renamed both (`.name` may keep the old name).
  const names = uses.map((use) => {
    const declared = /^function\s+([\w$]+)\s*\(/.exec(sourceOf(SPECS.get(use)!.scalar));
    if (declared === null) throw new Error(`bp internal error: ${use}'s scalar implementation is not a named function declaration`);
    return declared[1]!;
  });
  return `((${names.join(', ')}) => (${own}))(${uses.map(scalarSource).join(', ')})`;
}
