/**
 * A seeded generator of uniform numbers in [0, 1) (mulberry32): small, fast and the same on every
 * platform, so a failing random-direction check can be replayed from its seed.
 */
export function uniform(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 15), z | 1);
    z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
    return ((z ^ (z >>> 14)) >>> 0) / 4294967296;
  };
}

/** A uniformly distributed unit vector: normalised standard normals (Box–Muller). */
export function unitVector(n: number, next: () => number): Float64Array {
  const v = new Float64Array(n);
  let norm = 0;
  for (let i = 0; i < n; i += 2) {
    const u = 1 - next();
    const w = next();
    const r = Math.sqrt(-2 * Math.log(u));
    v[i] = r * Math.cos(2 * Math.PI * w);
    if (i + 1 < n) v[i + 1] = r * Math.sin(2 * Math.PI * w);
  }
  for (let i = 0; i < n; i++) norm += v[i]! * v[i]!;
  norm = Math.sqrt(norm);
  for (let i = 0; i < n; i++) v[i] = v[i]! / norm;
  return v;
}
