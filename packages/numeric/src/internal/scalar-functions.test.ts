import { FUNCTIONS } from '@bp/symbolic/engine';
import { describe, expect, it } from 'vitest';
import { scalarSource, SCALAR_FUNCTIONS } from './scalar-functions.js';

/** Arguments for a function of the given arity: as many as it takes, at most three, from `values`. */
function argumentsFor(arity: readonly [number, number], values: readonly number[]): number[] {
  return values.slice(0, Math.min(Math.max(arity[0], arity[1] === Infinity ? 3 : arity[1]), 3));
}

const POINTS: readonly (readonly number[])[] = [[0.3, 2, 0.3], [-0.7, 3, 1.5], [1.7, 0.5, -2], [2, 2, 2]];

describe('scalarSource', () => {
  // A standalone kernel embeds this text with nothing around it: a function that leaned on a module
  // binding (maxShare on `share`, gelu on `erf`) would throw a ReferenceError here.
  it.each([...new Set([...FUNCTIONS.values()].map((spec) => spec.name))])('%s runs from its source text alone, as its own implementation', (name) => {
    const spec = FUNCTIONS.get(name)!;
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the text is bp's own implementation, under test.
    const make = new Function(`"use strict"; return (${scalarSource(name)});`) as () => (...args: number[]) => number;
    const rebuilt = make();
    for (const point of POINTS) {
      const args = argumentsFor(spec.arity, point);
      expect(rebuilt(...args)).toBe(SCALAR_FUNCTIONS.get(name)!(...args)); // Object.is: NaN and -0 match exactly
    }
  });
});
