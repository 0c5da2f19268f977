import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bpAsync, expectSchema } from './helpers.js';

/** A few sources from the fuzz grammar's corners: extreme numbers, hostile names, wrong arities, programs. */
const source = fc.oneof(
  fc.tuple(fc.constantFrom('sin', 'log', 'max', 'sigmoid', 'pow', 'nthRoot'), fc.integer({ min: 0, max: 3 }))
    .map(([f, n]) => `${f}(${Array.from({ length: n }, (_, i) => (i === 0 ? 'x' : 'y')).join(', ')}) + x`),
  fc.constantFrom('1e308 * x^2 + y', '1e-320 * x + y', '__proto__ * x + y', 'constructor^2 + x*y', 'π*x + y', 'x * × y'),
  fc.tuple(fc.constantFrom('x*y', 'sin(x)', 'x/y'), fc.constantFrom('a^2', 'a*x', 'exp(-a)')).map(([a, b]) => `a = ${a}\nb = ${b}\nc = a*b + y`),
);

/** `bp grad --json` on random sources: exit 0 with a result that matches the schema, or exit 2 with one line. */
describe('fuzz: the CLI’s JSON mode', () => {
  it('answers every source with a schema-valid result or a one-line error, never exit 70', { timeout: 120_000 }, async () => {
    const samples = fc.sample(source, { seed: 1, numRuns: 12 });
    const runs = await Promise.all(samples.map((text) => bpAsync(['grad', '-', '--at', 'x=0.5,y=0.75', '--json'], { input: text })));
    const problems = runs.flatMap((run, i) => {
      const label = JSON.stringify(samples[i]);
      if (run.status === 0) {
        try {
          expectSchema('grad.json', JSON.parse(run.stdout));
          return [];
        } catch (error) {
          return [`${label}: ${(error as Error).message}`];
        }
      }
      const oneLine = run.stdout === '' && run.stderr.trimEnd().split('\n').length === 1;
      return run.status === 2 && oneLine ? [] : [`${label}: exit ${String(run.status)}, stderr ${run.stderr}`];
    });
    expect(problems).toEqual([]);
  });
});
