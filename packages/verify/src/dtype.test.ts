import { describe, expect, it } from 'vitest';
import { isDtype, machineEpsilon, roundTo } from './dtype.js';

describe('dtype', () => {
  it('has the machine epsilon of IEEE binary64 and binary32', () => {
    expect(machineEpsilon('float64')).toBe(Number.EPSILON);
    expect(machineEpsilon('float32')).toBe(1.1920928955078125e-7);
    expect(Math.fround(1 + machineEpsilon('float32'))).toBeGreaterThan(1);
    expect(Math.fround(1 + machineEpsilon('float32') / 2)).toBe(1);
  });

  it('rounds to float32 only when asked', () => {
    expect(roundTo('float32', 0.1)).toBe(Math.fround(0.1));
    expect(roundTo('float64', 0.1)).toBe(0.1);
    expect(Object.is(roundTo('float32', -0), -0)).toBe(true);
    expect(roundTo('float32', Number.NaN)).toBeNaN();
  });

  it('recognises dtype names', () => {
    expect(isDtype('float64')).toBe(true);
    expect(isDtype('float32')).toBe(true);
    expect(isDtype('float16')).toBe(false);
    expect(isDtype(undefined)).toBe(false);
  });
});
