import fc from 'fast-check';
import { describe, it } from 'vitest';
import { coordinate, extremeSource, hostileSource, wellFormedSource } from './grammar.js';
import { gradientsAgree, throughEveryEntryPoint } from './oracles.js';

/**
 * Brief in CI (fixed seed, a few hundred cases, well under a minute); longer on demand:
 * `pnpm --filter @bp/verify fuzz -- --seed 7 --runs 100000` sets these through the environment.
 */
const SEED = Number(process.env.BP_FUZZ_SEED ?? 1);
const RUNS = Number(process.env.BP_FUZZ_RUNS ?? 0);
const settings = (ciRuns: number): fc.Parameters<unknown> => ({ seed: SEED, numRuns: RUNS > 0 ? RUNS : ciRuns, endOnFailure: false });

describe('fuzz', () => {
  it('every entry point answers or throws a typed error, in bounded time, on hostile sources', { timeout: 0 }, () => {
    fc.assert(fc.property(hostileSource, (source) => throughEveryEntryPoint(source)), settings(800));
  });

  it('symbolic, compiled, finite differences and mathjs agree where the gradient is defined', { timeout: 0 }, () => {
    fc.assert(fc.property(wellFormedSource, coordinate, coordinate, (source, x, y) => gradientsAgree(source, x, y)), settings(800));
  });

  it('they agree too with constants from 1e-320 to 1e308', { timeout: 0 }, () => {
    fc.assert(fc.property(extremeSource, coordinate, coordinate, (source, x, y) => gradientsAgree(source, x, y)), settings(400));
  });
});
