import { xoshiro128StarStar } from './internal/xoshiro.js';

/** A seeded source of random numbers: the same seed gives the same sequence on every platform. */
export interface Random {
  /** A uniform number in [0, 1) with 32 random bits. */
  uniform(): number;
  /** A standard normal number (mean 0, variance 1). */
  normal(): number;
}

/**
 * Creates a xoshiro128** generator (Blackman and Vigna, 2018) whose 128-bit state is filled from the
 * seed by a splitmix-style mixer (golden-ratio increment, MurmurHash3 finaliser), with normals from
 * the Box–Muller transform. The uniform stream uses only 32-bit integer arithmetic, so it is the
 * same on every engine; normals also go through Math.log and Math.cos, which V8 computes the same
 * way on every platform.
 * @param seed any number; its low 32 bits are used.
 * @example
 * const random = createRandom(42);
 * const first = random.uniform();
 * createRandom(42).uniform() === first; // → true
 */
export function createRandom(seed: number): Random {
  let x = seed >>> 0;
  const split = (): number => {
    x = (x + 0x9e3779b9) | 0;
    let z = x;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  const s0 = split();
  const s1 = split();
  const s2 = split();
  const s3 = split();
  // An all-zero state would stay zero forever.
  const next = xoshiro128StarStar((s0 | s1 | s2 | s3) === 0 ? 1 : s0, s1, s2, s3);
  let spare: number | undefined;
  return {
    uniform: (): number => next() / 4294967296,
    normal(): number {
      if (spare !== undefined) {
        const value = spare;
        spare = undefined;
        return value;
      }
      // 1 − u lies in (0, 1], so the logarithm is finite.
      const radius = Math.sqrt(-2 * Math.log(1 - next() / 4294967296));
      const angle = (2 * Math.PI * next()) / 4294967296;
      spare = radius * Math.sin(angle);
      return radius * Math.cos(angle);
    },
  };
}

