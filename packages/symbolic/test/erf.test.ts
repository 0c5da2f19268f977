import { describe, expect, it } from 'vitest';
import { erf } from '../src/engine.js';

// Published values (Abramowitz and Stegun, table 7.1, extended to 16 digits).
const REFERENCE: [number, number][] = [
  [0, 0],
  [0.1, 0.1124629160182849],
  [0.5, 0.5204998778130465],
  [1, 0.8427007929497149],
  [1.5, 0.9661051464753108],
  [2, 0.9953222650189527],
  [2.5, 0.999593047982555],
  [3, 0.9999779095030014],
  [4, 0.9999999845827421],
];

/** erf by composite Simpson's rule on 2/√π·e^(−t²): independent of both branches of the implementation. */
function simpson(x: number): number {
  const n = 20000;
  const h = x / n;
  let sum = 0;
  for (let i = 0; i <= n; i++) {
    const t = i * h;
    const w = i === 0 || i === n ? 1 : i % 2 === 1 ? 4 : 2;
    sum += w * Math.exp(-t * t);
  }
  return ((sum * h) / 3) * (2 / Math.sqrt(Math.PI));
}

describe('erf', () => {
  it('matches published values to 1e-15 and is odd', () => {
    for (const [x, value] of REFERENCE) {
      expect(Math.abs(erf(x) - value)).toBeLessThan(1e-15);
      expect(Math.abs(erf(-x) + value)).toBeLessThan(1e-15);
    }
  });

  it('matches numerical integration across both branches to 1e-12', () => {
    for (let x = -5.9; x < 6; x += 0.37) expect(Math.abs(erf(x) - simpson(x))).toBeLessThan(1e-12);
  });

  it('saturates at ±1 and passes NaN through', () => {
    expect(erf(10)).toBe(1);
    expect(erf(-Infinity)).toBe(-1);
    expect(erf(NaN)).toBeNaN();
  });
});
