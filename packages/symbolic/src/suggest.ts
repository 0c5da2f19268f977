import { functionNames } from './functions.js';

/** Names people reach for that bp spells differently. */
const ALIASES: ReadonlyMap<string, string> = new Map([
  ['ln', 'log'],
  ['arcsin', 'asin'],
  ['arccos', 'acos'],
  ['arctan', 'atan'],
  ['logistic', 'sigmoid'],
  ['expit', 'sigmoid'],
  ['leaky_relu', 'leakyRelu'],
  ['leakyrelu', 'leakyRelu'],
  ['root', 'nthRoot'],
  ['power', 'pow'],
]);

/** Edit distance with transpositions counted once (optimal string alignment). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array<number>(rows * cols).fill(0);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[(i - 1) * cols + j]! + 1, d[i * cols + j - 1]! + 1, d[(i - 1) * cols + j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[(i - 2) * cols + j - 2]! + 1);
      d[i * cols + j] = best;
    }
  }
  return d[rows * cols - 1]!;
}

/**
 * A "; did you mean …?" hint for an unknown function name, or undefined when nothing is close.
 * @example
 * suggestFunction('sigmod'); // → '; did you mean sigmoid?'
 */
export function suggestFunction(name: string): string | undefined {
  const alias = ALIASES.get(name) ?? ALIASES.get(name.toLowerCase());
  if (alias !== undefined) return `; did you mean ${alias}?`;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of functionNames()) {
    const distance = candidate.toLowerCase() === name.toLowerCase() ? 0 : editDistance(name, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const limit = Math.max(1, Math.floor(name.length / 3));
  return best !== undefined && bestDistance <= limit ? `; did you mean ${best}?` : undefined;
}
